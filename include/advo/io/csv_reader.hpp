// Reading CSV text as spreadsheets and CRMs write it: RFC 4180 quoting
// ("" for a quote inside a quoted cell, line breaks inside quotes), CRLF,
// LF or CR line ends, a UTF-8 byte-order mark, and `,`, `;` or tab between
// cells (detected from the header row unless given).
//
// The first row is the header: it names the columns. Rows are numbered as
// a spreadsheet shows them (the header is row 1; a cell with line breaks
// does not add rows). Every problem is named by row and column; a row with
// a problem is left out of `rows`, the others are still read. Pure parsing
// of text: any input gives a result in time linear in its size. Headings
// and cells come back composed (NFC, normal_form.hpp); a cell with a NUL
// byte or bytes that are not UTF-8 is a problem of its row and column.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace advo {

// More columns than this in the header is refused.
inline constexpr size_t kMaxCsvColumns = 1000;

struct CsvProblem {
  size_t row = 0;     // 0: the text as a whole (then no row could be read)
  size_t column = 0;  // 1-based; 0: the row as a whole
  std::string message;
};

struct CsvRow {
  size_t number = 0;               // the row as a spreadsheet numbers it
  std::vector<std::string> cells;  // exactly one per header column
};

struct CsvTable {
  char delimiter = ',';
  bool byte_order_mark = false;
  std::vector<std::string> header;  // empty when no header could be read
  std::vector<CsvRow> rows;         // rows without problems; blank rows left out
  std::vector<CsvProblem> problems; // in row order
  size_t last_row = 0;              // number of the last row read (blank or not)

  // False when the text has no usable header row; problems say why.
  bool readable() const { return !header.empty(); }
};

// Reads `text`. `delimiter` 0 detects it: the most frequent of `,` `;` and
// tab outside quotes in the first row (`,` when there is none).
//
// Cells that were not quoted lose surrounding spaces (and tabs, unless tab
// is the delimiter); quoted cells are kept exactly. A row whose cells are
// all empty is blank and skipped. A row with fewer cells than the header,
// or more cells that are not empty, is a problem; extra empty cells (a
// trailing delimiter) are dropped. Text that is not UTF-8 (or holds NUL
// bytes), a quote left open and text after a closing quote are problems of
// their cell.
CsvTable read_csv(std::string_view text, char delimiter = 0);

// The delimiters read_csv accepts: `,` `;` tab `|` and `:`.
bool valid_csv_delimiter(char c);

// A column as spreadsheets name it: 1 → "A", 26 → "Z", 27 → "AA".
std::string column_letter(size_t column);

}  // namespace advo
