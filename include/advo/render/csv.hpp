// CSV output (RFC 4180) that spreadsheets open safely: a cell that a
// spreadsheet would run as a formula is neutralised.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace advo {

// One field, quoted when needed; cells starting with = + - @ tab or CR get
// a leading apostrophe so that no spreadsheet evaluates them.
std::string csv_field(std::string_view text);
// A line of fields ending in CRLF.
std::string csv_row(const std::vector<std::string>& fields);

// CSV text as shown on a terminal: line ends and tabs kept, every other
// control character (ESC, BEL, a CR that ends no line, C1, bidirectional
// overrides) escaped as terminal_safe does. Not CSV data any more: only for
// a terminal; files and pipes get the bytes as they are.
std::string csv_for_terminal(std::string_view csv);

}  // namespace advo
