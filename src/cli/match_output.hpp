// What `advo match` prints: the ranked shortlist, the excluded (--all), the
// nearest when nobody is eligible, and each score broken down (--explain),
// as titled sections of a text or Markdown document, or as one JSON
// object. A later part of the answer (such as stories that fit) is one
// more section or key, appended by the command.
#pragma once

#include <string>
#include <vector>

#include "advo/domain/match_candidates.hpp"
#include "advo/render/json.hpp"
#include "advo/render/table.hpp"

namespace advo::cli {

// What was asked and what to show of the answer.
struct MatchView {
  Sym request;  // empty for `--type`
  const ActivityType* type = nullptr;
  Criteria criteria;
  const MatchResult* result = nullptr;
  size_t limit = 5;      // of the eligible
  bool all = false;      // the excluded too
  bool explain = false;  // each score broken down
};

// A part of the document: an optional title, a table (cells as plain
// text; rendering makes them safe), then lines of text.
struct OutputSection {
  std::string title;
  std::vector<Column> columns;
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> lines;
};

// The advocates: the ranked shortlist (or, when nobody is eligible, the
// nearest three), the excluded with --all, each score broken down with
// --explain.
std::vector<OutputSection> advocate_sections(const MatchView& view);

// Sections as text fitted to `width` (format "table") or Markdown ("md").
std::string render_sections(const std::vector<OutputSection>& sections, const std::string& format, size_t width);

// {"request", "type", "on", "candidates": [...]}: see advo-match(1). A
// later part of the answer is one more key set on this object.
Json match_json(const MatchView& view);

}  // namespace advo::cli
