// Reads the dates a person types (see date_input.hpp): YYYY-MM-DD, the words
// today, yesterday and tomorrow, offsets in days, weeks and months, and
// weekday names.
#include "advo/domain/date_input.hpp"

#include <array>
#include <charconv>
#include <cstdint>

#include <fmt/format.h>

namespace advo {
namespace {

constexpr std::array<std::string_view, 10> kWords = {"today",     "yesterday", "tomorrow", "monday",   "tuesday",
                                                     "wednesday", "thursday",  "friday",   "saturday", "sunday"};

// Monday is 0. 1970-01-01, day 0, was a Thursday.
int weekday_of(Date d) { return ((d.days() + 3) % 7 + 7) % 7; }

// The weekday `word` names (monday … sunday, or its first three letters),
// Monday being 0; -1 for none.
int weekday_named(std::string_view word) {
  for (int i = 0; i < 7; ++i) {
    const std::string_view name = kWords[static_cast<size_t>(3 + i)];
    if (word == name || word == name.substr(0, 3)) return i;
  }
  return -1;
}

bool in_range(Date d) { return d.days() >= Date::from_ymd(1, 1, 1).days() && d <= last_calendar_day(); }

// `today` moved by +N or -N units of d, w or m; nullopt when `text` is not
// such an offset or the day falls outside the calendar.
std::optional<Date> offset_from(std::string_view text, Date today) {
  if (text.size() < 3 || (text.front() != '+' && text.front() != '-')) return std::nullopt;
  const std::string_view digits = text.substr(1, text.size() - 2);
  if (digits.size() > 7 || digits.front() < '0' || digits.front() > '9') return std::nullopt;
  int32_t n = 0;
  const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), n);
  if (ec != std::errc() || end != digits.data() + digits.size()) return std::nullopt;
  if (text.front() == '-') n = -n;
  const int64_t first = Date::from_ymd(1, 1, 1).days();
  const int64_t last = last_calendar_day().days();
  switch (text.back()) {
    case 'd':
    case 'w': {
      const int64_t day = int64_t{today.days()} + int64_t{n} * (text.back() == 'w' ? 7 : 1);
      if (day < first || day > last) return std::nullopt;
      return Date::from_days(static_cast<int32_t>(day));
    }
    case 'm': {
      const int64_t month = int64_t{today.year()} * 12 + (today.month() - 1) + n;
      if (month < 12 || month > int64_t{9999} * 12 + 11) return std::nullopt;
      return add_months(today, n);
    }
    default:
      return std::nullopt;
  }
}

}  // namespace

std::optional<Date> parse_date_input(std::string_view text, Date today) {
  if (auto d = Date::parse(text)) return d;
  if (!today.valid() || !in_range(today) || text.size() > 16) return std::nullopt;
  std::string lower(text);
  for (char& c : lower) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  std::optional<Date> day;
  if (lower == "today") day = today;
  else if (lower == "yesterday") day = today - 1;
  else if (lower == "tomorrow") day = today + 1;
  else if (const int weekday = weekday_named(lower); weekday >= 0)
    day = today + ((weekday - weekday_of(today) + 6) % 7 + 1);
  else day = offset_from(lower, today);
  if (day && !in_range(*day)) return std::nullopt;
  return day;
}

std::string invalid_date_input(std::string_view text) {
  if (parse_date_input(text, Date::from_ymd(2000, 1, 1)))
    return fmt::format("invalid date '{}': that day is outside 0001-01-01..{}, the days a date can name", text,
                       last_calendar_day().str());
  return fmt::format(
      "invalid date '{}' (expected YYYY-MM-DD, today, yesterday, tomorrow, +Nd or -Nd, +Nw or -Nw, +Nm or -Nm, "
      "or a weekday like friday or fri: the next one; see DATES in 'man advo')",
      text);
}

std::span<const std::string_view> date_input_words() { return kWords; }

}  // namespace advo
