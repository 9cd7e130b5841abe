// The report in Markdown, to paste into a document or a pull request.
#include "advo/render/markdown.hpp"
#include "advo/render/report.hpp"
#include "advo/render/report_document.hpp"

namespace advo {

std::string report_markdown(const Report& r, std::span<const Section> sections) {
  std::string out = "# " + markdown_cell(report_title(r)) + "\n";
  for (const DocSection& s : report_document(r, sections)) {
    out += "\n## " + markdown_cell(s.title) + (s.status.empty() ? "" : ": " + markdown_cell(s.status)) + "\n\n";
    bool list = false;
    for (const DocBlock& b : s.blocks) {
      if (b.kind == DocBlock::Kind::table) {
        if (list) out += "\n";
        list = false;
        if (!b.text.empty()) out += markdown_cell(b.text) + "\n\n";
        out += markdown_table(b.table.headers, b.table.rows, b.table.right) + "\n";
      } else {
        out += "- " + markdown_cell(b.text) + "\n";
        list = true;
      }
    }
    if (list) out += "\n";
  }
  while (out.size() > 1 && out[out.size() - 1] == '\n' && out[out.size() - 2] == '\n') out.pop_back();
  return out;
}

}  // namespace advo
