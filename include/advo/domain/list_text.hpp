// The one-line text forms of list values, shared by `advo set`, queries,
// CSV output and import: comma-separated items ("analytics,dashboards",
// "\," for a comma inside an item) and date windows ("FROM..TO reason").
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "advo/domain/records.hpp"

namespace advo {

// Items separated by commas, each trimmed of surrounding spaces; "\," is a
// comma inside an item and "\\" a backslash. Empty items are dropped.
std::vector<std::string> split_list(std::string_view text);

// Items joined by `separator`, with the separator (and backslashes)
// escaped inside items so that split_list-like reading gives them back.
std::string join_list(const std::vector<std::string>& items, char separator = ',');

// A list in one spreadsheet cell, as CSV export writes it and import reads
// it: items separated by ';' or '|', each trimmed, empty items dropped;
// "\;", "\|" and "\\" are a ';', '|' or backslash inside an item (any
// other backslash is kept as it is).
std::vector<std::string> split_cell_list(std::string_view text);
// Items joined by ';', with ';', '|' and backslashes escaped so that
// split_cell_list gives them back.
std::string join_cell_list(const std::vector<std::string>& items);

// Text without surrounding spaces and tabs.
std::string_view trim(std::string_view text);

// A date range "FROM..TO", "FROM.." or "..TO" (both ends inclusive) or a
// single date "DAY" (from = to = DAY). Ends left open are invalid Dates.
struct DateRange {
  Date from;
  Date to;
};
// Returns nullopt with `error` set when the text is not such a range;
// `open_ends` allows "FROM.." and "..TO".
std::optional<DateRange> parse_date_range(std::string_view text, std::string& error, bool open_ends = false);

// "FROM..TO" or "FROM..TO REASON" → an unavailability window.
std::optional<Window> parse_window(std::string_view text, std::string& error);
std::string window_text(const Window& w);

}  // namespace advo
