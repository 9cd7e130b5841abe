// Plain-text tables that fit a terminal width: columns shrink (widest
// flexible first) and cut their values with "…"; when that is not enough,
// optional columns are left out, the rightmost first, and only then are
// the columns marked cut_last cut too.
#pragma once

#include <string>
#include <vector>

namespace advo {

enum class Align { left, right };

struct Column {
  std::string title;
  Align align = Align::left;
  bool flexible = true;  // may be cut to fit
  size_t min_width = 4;
  bool optional = false;  // left out when the table cannot fit otherwise
  bool cut_last = false;  // a flexible column cut only once no optional column is left
};

class Table {
 public:
  explicit Table(std::vector<Column> columns) : columns_(std::move(columns)) {}
  // Cells are shown as given; pass them through terminal_safe first.
  void add_row(std::vector<std::string> cells);
  size_t rows() const { return rows_.size(); }
  // The table with a header line, fitting `width` columns when it can.
  std::string render(size_t width) const;

 private:
  std::vector<Column> columns_;
  std::vector<std::vector<std::string>> rows_;
};

}  // namespace advo
