// The report in Markdown, to paste into a document or a pull request:
// a heading per section, its sentences as a list, its tables as tables.
#include "advo/render/markdown.hpp"
#include "advo/render/report.hpp"
#include "advo/render/report_document.hpp"

namespace advo {

std::string report_markdown(const Report& r, std::span<const Section> sections) {
  std::string out = "# " + markdown_cell(report_title(r)) + "\n";
  for (const DocSection& s : report_document(r, sections)) {
    out += "\n## " + markdown_cell(s.title) + (s.status.empty() ? "" : ": " + markdown_cell(s.status)) + "\n";
    bool in_list = false;
    for (const DocBlock& b : s.blocks) {
      if (b.kind == DocBlock::Kind::table) {
        if (!b.text.empty()) out += "\n" + markdown_cell(b.text) + "\n";
        out += "\n" + markdown_table(b.table.headers, b.table.rows, b.table.right);
        in_list = false;
      } else {
        out += (in_list ? "- " : "\n- ") + markdown_cell(b.text) + "\n";
        in_list = true;
      }
    }
  }
  return out;
}

}  // namespace advo
