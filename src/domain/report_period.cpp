#include "advo/domain/report_period.hpp"

#include <charconv>
#include <optional>

#include <fmt/format.h>

#include "advo/domain/domain_error.hpp"

namespace advo {

const std::string_view kPeriodForms =
    "YYYY-Qn (2026-Q3), YYYY (2026), YYYY-MM (2026-11), this-quarter, last-quarter or last-12-months, "
    "or --from YYYY-MM-DD --to YYYY-MM-DD";

namespace {

std::optional<int> number(std::string_view text, size_t digits) {
  if (text.size() != digits) return std::nullopt;
  int value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

Period quarter(int year, unsigned q) {
  const Date from = Date::from_ymd(year, (q - 1) * 3 + 1, 1);
  return Period{from, add_months(from, 3) - 1, fmt::format("{}-Q{}", year, q)};
}

[[noreturn]] void bad_period(std::string_view text) {
  throw DomainError(DomainErrorKind::invalid_value,
                    fmt::format("--period '{}' is not a period; use {}", text, kPeriodForms));
}

}  // namespace

Period quarter_of(Date today) { return quarter(today.year(), today.quarter()); }

Period parse_period(std::string_view text, Date today) {
  if (text == "this-quarter") return quarter_of(today);
  if (text == "last-quarter") return quarter_of(first_of_quarter(today) - 1);
  if (text == "last-12-months") {
    const Date from = add_months(today, -12) + 1;
    return Period{from, today, fmt::format("{} to {}", from.str(), today.str())};
  }
  const auto year = number(text.substr(0, 4), 4);
  if (!year || *year < 1900 || *year > 9999) bad_period(text);
  if (text.size() == 4) {
    const Date from = Date::from_ymd(*year, 1, 1);
    return Period{from, Date::from_ymd(*year, 12, 31), std::string(text)};
  }
  if (text.size() == 7 && text[4] == '-' && (text[5] == 'Q' || text[5] == 'q')) {
    const auto q = number(text.substr(6), 1);
    if (!q || *q < 1 || *q > 4) bad_period(text);
    return quarter(*year, static_cast<unsigned>(*q));
  }
  if (text.size() == 7 && text[4] == '-') {
    const auto month = number(text.substr(5), 2);
    if (!month || *month < 1 || *month > 12) bad_period(text);
    const Date from = Date::from_ymd(*year, static_cast<unsigned>(*month), 1);
    return Period{from, add_months(from, 1) - 1, std::string(text)};
  }
  bad_period(text);
}

Period period_between(std::string_view from, std::string_view to) {
  const auto f = Date::parse(from);
  if (!f)
    throw DomainError(DomainErrorKind::invalid_value, fmt::format("--from must be a date YYYY-MM-DD, not '{}'", from));
  const auto t = Date::parse(to);
  if (!t)
    throw DomainError(DomainErrorKind::invalid_value, fmt::format("--to must be a date YYYY-MM-DD, not '{}'", to));
  if (*t < *f) throw DomainError(DomainErrorKind::invalid_value, fmt::format("--from {} is after --to {}", from, to));
  return Period{*f, *t, fmt::format("{} to {}", f->str(), t->str())};
}

}  // namespace advo
