#include "advo/io/csv_reader.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "advo/domain/folding.hpp"
#include "advo/domain/normal_form.hpp"

namespace advo {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

// One record of the text: its cells (at most `keep` of them), how many
// there were, and the first problem of a cell.
struct Record {
  std::vector<std::string> cells;
  std::vector<bool> quoted;
  size_t count = 0;             // cells in the record, kept or not
  bool extra_text = false;      // a cell beyond `keep` was not empty
  size_t problem_column = 0;    // 1-based, 0 when none
  std::string problem;
};

class Parser {
 public:
  Parser(std::string_view text, char delimiter) : text_(text), delimiter_(delimiter) {}

  bool at_end() const { return pos_ >= text_.size(); }

  // Reads the next record, keeping at most `keep` cells. Always advances.
  void next(Record& r, size_t keep) {
    r.cells.clear();
    r.quoted.clear();
    r.count = 0;
    r.extra_text = false;
    r.problem_column = 0;
    r.problem.clear();
    std::string cell;
    while (true) {
      bool quoted = false;
      read_cell(r, cell, quoted);
      ++r.count;
      if (r.cells.size() < keep) {
        r.cells.push_back(cell);
        r.quoted.push_back(quoted);
      } else if (!cell.empty()) {
        r.extra_text = true;
      }
      if (at_end()) return;
      const char c = text_[pos_];
      if (c == delimiter_) {
        ++pos_;
        continue;  // at the end of the text this reads one more empty cell
      }
      // A line end: CRLF, LF or CR.
      ++pos_;
      if (c == '\r' && pos_ < text_.size() && text_[pos_] == '\n') ++pos_;
      return;
    }
  }

 private:
  bool is_space(char c) const { return c == ' ' || (c == '\t' && delimiter_ != '\t'); }
  bool ends_cell(char c) const { return c == delimiter_ || c == '\n' || c == '\r'; }

  void note(Record& r, std::string message) {
    if (r.problem_column != 0) return;
    r.problem_column = r.count + 1;
    r.problem = std::move(message);
  }

  void read_cell(Record& r, std::string& cell, bool& quoted) {
    cell.clear();
    const size_t n = text_.size();
    size_t p = pos_;
    while (p < n && is_space(text_[p])) ++p;
    if (p < n && text_[p] == '"') {
      quoted = true;
      pos_ = p + 1;
      bool closed = false;
      while (pos_ < n) {
        const size_t q = text_.find('"', pos_);
        if (q == std::string_view::npos) {
          cell.append(text_.substr(pos_));
          pos_ = n;
          break;
        }
        cell.append(text_.substr(pos_, q - pos_));
        if (q + 1 < n && text_[q + 1] == '"') {
          cell.push_back('"');
          pos_ = q + 2;
          continue;
        }
        pos_ = q + 1;
        closed = true;
        break;
      }
      if (!closed) {
        note(r, "a quoted cell is never closed (a '\"' is missing)");
        return;
      }
      while (pos_ < n && is_space(text_[pos_])) ++pos_;
      if (pos_ < n && !ends_cell(text_[pos_])) {
        note(r, "text after the closing quote of a quoted cell (a quote inside a cell is written \"\")");
        while (pos_ < n && !ends_cell(text_[pos_])) cell.push_back(text_[pos_++]);
      }
      return;
    }
    size_t end = pos_;
    while (end < n && !ends_cell(text_[end])) ++end;
    std::string_view raw = text_.substr(pos_, end - pos_);
    pos_ = end;
    while (!raw.empty() && is_space(raw.front())) raw.remove_prefix(1);
    while (!raw.empty() && is_space(raw.back())) raw.remove_suffix(1);
    cell.assign(raw);
  }

  std::string_view text_;
  char delimiter_;
  size_t pos_ = 0;
};

char detect_delimiter(std::string_view text) {
  size_t commas = 0;
  size_t semicolons = 0;
  size_t tabs = 0;
  bool quoted = false;
  for (char c : text) {
    if (c == '"') {
      quoted = !quoted;
    } else if (!quoted) {
      if (c == '\n' || c == '\r') break;
      commas += c == ',';
      semicolons += c == ';';
      tabs += c == '\t';
    }
  }
  if (semicolons > commas && semicolons >= tabs) return ';';
  if (tabs > commas && tabs > semicolons) return '\t';
  return ',';
}

bool blank(const Record& r) {
  return !r.extra_text && std::all_of(r.cells.begin(), r.cells.end(), [](const std::string& c) { return c.empty(); });
}

constexpr std::string_view kNotUtf8 = "not UTF-8 text (save the sheet as \"CSV UTF-8\")";

// The first cell that is not UTF-8 text, 1-based, or 0; `problem` says why.
size_t bad_text_column(const Record& r, std::string& problem) {
  for (size_t i = 0; i < r.cells.size(); ++i) {
    const size_t nul = r.cells[i].find('\0');
    if (nul != std::string::npos) {
      problem = fmt::format("a NUL byte (\\0) at byte {} of the cell: cells hold text, never NUL bytes "
                            "(is the file a spreadsheet's binary format?)",
                            nul + 1);
      return i + 1;
    }
    if (!valid_utf8(r.cells[i])) {
      problem = kNotUtf8;
      return i + 1;
    }
  }
  return 0;
}

}  // namespace

bool valid_csv_delimiter(char c) { return c == ',' || c == ';' || c == '\t' || c == '|' || c == ':'; }

std::string column_letter(size_t column) {
  std::string out;
  while (column > 0) {
    const size_t digit = (column - 1) % 26;
    out.insert(out.begin(), static_cast<char>('A' + digit));
    column = (column - 1) / 26;
  }
  return out;
}

CsvTable read_csv(std::string_view text, char delimiter) {
  CsvTable table;
  auto fail = [&](size_t row, size_t column, std::string message) {
    table.header.clear();
    table.problems.push_back(CsvProblem{row, column, std::move(message)});
    return table;
  };
  if (delimiter != 0 && !valid_csv_delimiter(delimiter))
    return fail(0, 0, fmt::format("'{}' cannot separate cells (use , ; | : or tab)", delimiter));
  if (text.starts_with("\xFF\xFE") || text.starts_with("\xFE\xFF"))
    return fail(0, 0, "the file is UTF-16 text; save the sheet as \"CSV UTF-8\"");
  if (text.starts_with(kBom)) {
    text.remove_prefix(kBom.size());
    table.byte_order_mark = true;
  }
  if (text.find_first_not_of(" \t\r\n") == std::string_view::npos)
    return fail(0, 0, "the file is empty: a header row naming the columns is required");
  table.delimiter = delimiter != 0 ? delimiter : detect_delimiter(text);

  Parser parser(text, table.delimiter);
  Record r;
  parser.next(r, kMaxCsvColumns + 1);
  table.last_row = 1;
  if (r.count > kMaxCsvColumns)
    return fail(1, 0, fmt::format("the header row has {} columns; at most {} can be read", r.count, kMaxCsvColumns));
  if (r.problem_column != 0) return fail(1, r.problem_column, r.problem);
  std::string text_problem;
  if (const size_t bad = bad_text_column(r, text_problem)) return fail(1, bad, text_problem);
  if (blank(r)) return fail(1, 0, "the header row is empty: the first row must name the columns");
  // Trailing empty headings (a trailing delimiter) are not columns.
  size_t width = r.cells.size();
  while (width > 1 && r.cells[width - 1].empty() && !r.quoted[width - 1]) --width;
  table.header.assign(r.cells.begin(), r.cells.begin() + static_cast<std::ptrdiff_t>(width));
  for (std::string& heading : table.header) heading = to_nfc(heading);

  const size_t keep = width + 1;  // one more tells a longer row apart
  while (!parser.at_end()) {
    parser.next(r, keep);
    const size_t number = ++table.last_row;
    if (blank(r) && r.problem_column == 0) continue;
    if (r.problem_column != 0) {
      table.problems.push_back(CsvProblem{number, r.problem_column, r.problem});
      continue;
    }
    // Cells past the header's width must be empty.
    size_t used = r.cells.size();
    bool extra = r.extra_text;
    for (size_t i = width; i < r.cells.size(); ++i) extra = extra || !r.cells[i].empty();
    if (used < width || extra) {
      if (extra) used = r.count;
      table.problems.push_back(CsvProblem{
          number, 0,
          fmt::format("the row has {} cell{} but the header has {} (a missing or extra delimiter, or a line "
                      "break outside quotes?)",
                      used, used == 1 ? "" : "s", width)});
      continue;
    }
    r.cells.resize(width);
    if (const size_t bad = bad_text_column(r, text_problem)) {
      table.problems.push_back(CsvProblem{number, bad, text_problem});
      continue;
    }
    // One Unicode form for every cell, whatever the exporting program wrote.
    for (std::string& cell : r.cells) cell = to_nfc(cell);
    table.rows.push_back(CsvRow{number, std::move(r.cells)});
    r.cells = {};
  }
  return table;
}

}  // namespace advo
