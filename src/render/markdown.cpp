#include "advo/render/markdown.hpp"

#include "advo/render/terminal.hpp"

namespace advo {

std::string markdown_cell(std::string_view text) {
  std::string out;
  for (char c : terminal_safe(text)) {
    switch (c) {
      case '|':
      case '\\':
      case '*':
      case '_':
      case '`':
      case '<':
      case '>':
      case '[':
      case ']':
        out += '\\';
        out += c;
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string markdown_table(const std::vector<std::string>& headers, const std::vector<std::vector<std::string>>& rows,
                           const std::vector<bool>& right) {
  std::string out = "|";
  for (const auto& h : headers) out += " " + markdown_cell(h) + " |";
  out += "\n|";
  for (size_t i = 0; i < headers.size(); ++i) out += (i < right.size() && right[i]) ? " ---: |" : " --- |";
  out += "\n";
  for (const auto& row : rows) {
    out += "|";
    for (size_t i = 0; i < headers.size(); ++i) out += " " + (i < row.size() ? markdown_cell(row[i]) : std::string()) + " |";
    out += "\n";
  }
  return out;
}

}  // namespace advo
