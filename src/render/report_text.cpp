#include "advo/render/report_text.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

namespace advo {

std::string_view section_title(Section s) {
  switch (s) {
    case Section::health: return "Health";
    case Section::membership: return "Membership";
    case Section::nominations: return "Nominations";
    case Section::engagements: return "Engagements";
    case Section::requests: return "Requests";
    case Section::revenue: return "Revenue influenced";
    case Section::coverage: return "Coverage of targets";
    case Section::utilisation: return "Utilisation";
    case Section::stories: return "Stories";
    case Section::hygiene: return "Hygiene";
  }
  return "";
}

std::string period_text(const Report& r) {
  std::string out = r.period.label;
  const std::string range = r.period.from.str() + " to " + r.period.to.str();
  if (out != range) out += " (" + range + ")";
  if (r.as_of < r.period.to) out += ", state as of " + r.as_of.str();
  return out;
}

std::string amount_text(double amount) {
  const double rounded = std::round(amount);
  const bool negative = rounded < 0;
  std::string digits = fmt::format("{}", static_cast<int64_t>(std::fabs(rounded)));
  std::string out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return negative ? "-" + out : out;
}

std::string advocate_text(const Advocate& a) {
  if (a.name.empty()) return a.id.str();
  if (a.company.empty()) return a.name.str();
  return fmt::format("{} ({})", a.name.view(), a.company.view());
}

std::string count_text(size_t n, std::string_view noun) {
  if (n == 1) return fmt::format("1 {}", noun);
  if (noun.ends_with("y")) return fmt::format("{} {}ies", n, noun.substr(0, noun.size() - 1));
  return fmt::format("{} {}s", n, noun);
}

std::string money_text(const Money& m, std::string_view currency) {
  std::string out = fmt::format("{} {} ({})", currency, amount_text(m.amount), count_text(m.count, "deal"));
  if (m.without_amount > 0) out += fmt::format(", {} without an amount", m.without_amount);
  return out;
}

std::string days_text(std::optional<int64_t> days) {
  if (!days) return "n/a";
  return fmt::format("{} day{}", *days, *days == 1 ? "" : "s");
}

std::string text_bar(double value, double max, size_t width) {
  if (!(max > 0) || !(value > 0)) return "";
  auto cells = static_cast<size_t>(std::lround(value / max * static_cast<double>(width)));
  cells = std::max<size_t>(cells, 1);
  cells = std::min(cells, width);
  std::string out;
  for (size_t i = 0; i < cells; ++i) out += "\u2588";
  return out;
}

double round_amount(double amount) { return std::round(amount * 100.0) / 100.0; }

}  // namespace advo
