// Words and numbers shared by the report's text formats (table, Markdown,
// HTML), so that each says the same thing the same way.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "advo/domain/report.hpp"

namespace advo {

std::string_view section_title(Section s);  // "Health", "Membership", …
// "2026-Q3 (2026-07-01 to 2026-09-30)"; with the as-of day when it is
// earlier than the period's end.
std::string period_text(const Report& r);
// 1234567.5 → "1,234,568" (whole units, thousands separated).
std::string amount_text(double amount);
// "USD 1,234,568 (3 deals)"; mentions deals given without an amount.
std::string money_text(const Money& m, std::string_view currency);
// "4 days", "1 day", or "n/a".
std::string days_text(std::optional<int64_t> days);
// "n" with a plural noun: "1 request", "3 requests", "2 stories".
std::string count_text(size_t n, std::string_view noun);
// An advocate as a reader knows them: "Hannah Schmidt (Klinikum Rhein)";
// the name alone without a company, the id without a name. Also how
// `advo today` names an advocate.
std::string advocate_text(const Advocate& a);
// A bar of `width` cells for value/max (at least one cell for a value > 0).
std::string text_bar(double value, double max, size_t width);
// Amounts rounded to cents, for JSON.
double round_amount(double amount);

}  // namespace advo
