// The report as a document of headings, sentences and tables, in words a
// manager reads: the text formats (table, Markdown, HTML) each render this
// one document, so they always say the same. Text is raw; each renderer
// escapes it for its format.
#pragma once

#include <span>
#include <string>
#include <vector>

#include "advo/domain/report.hpp"

namespace advo {

struct DocTable {
  std::vector<std::string> headers;
  std::vector<bool> right;  // right-aligned columns
  std::vector<std::vector<std::string>> rows;
  // Optional bars, one per row, drawn by formats that can: value of max;
  // with `target`, the bar shows value against target (coverage).
  std::vector<double> bars;
  std::vector<double> targets;
  double bar_max = 0;
};

struct DocBlock {
  enum class Kind { text, note, table } kind = Kind::text;
  std::string text;  // a sentence (text), or a small heading for a table (note)
  DocTable table;
};

struct DocSection {
  Section section;
  std::string title;
  std::string status;  // health only: "green", "amber", "red" or "unknown"
  std::vector<DocBlock> blocks;
};

// The title line: "<program>: report for <period>".
std::string report_title(const Report& r);
std::vector<DocSection> report_document(const Report& r, std::span<const Section> sections);

}  // namespace advo
