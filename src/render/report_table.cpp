// The report for a terminal: section headings, sentences wrapped to the
// width, tables that fit it, and bars for months and coverage.
#include <algorithm>
#include <cmath>

#include "advo/render/report.hpp"
#include "advo/render/report_document.hpp"
#include "advo/render/report_text.hpp"
#include "advo/render/table.hpp"
#include "advo/render/terminal.hpp"
#include "advo/render/wrap.hpp"

namespace advo {
namespace {

constexpr size_t kMaxWidth = 100;
constexpr size_t kIndent = 2;
constexpr size_t kBarWidth = 24;
constexpr size_t kMinBar = 8;

std::string wrap(std::string_view text, size_t width) { return wrap_words(text, width, kIndent, kIndent + 2); }

std::string coverage_bar(double active, double target, double max, size_t width) {
  if (!(max > 0)) return "";
  auto cells = [&](double v) { return static_cast<size_t>(std::lround(v / max * static_cast<double>(width))); };
  const size_t filled = cells(active);
  const size_t wanted = cells(target);
  std::string out;
  for (size_t i = 0; i < std::max(filled, wanted); ++i) out += i < filled ? "\u2588" : "\u2591";
  return out;
}

std::string table(const DocTable& t, size_t width) {
  std::vector<Column> columns;
  for (size_t i = 0; i < t.headers.size(); ++i) {
    const bool right = i < t.right.size() && t.right[i];
    columns.push_back(Column{t.headers[i], right ? Align::right : Align::left, !right, right ? 4U : 8U});
  }
  const bool bars = !t.bars.empty();
  double max = t.bar_max;
  for (size_t i = 0; i < t.targets.size(); ++i) max = std::max({max, t.targets[i], t.bars[i]});
  // Bars take what the other columns leave, between kMinBar and kBarWidth.
  size_t natural = kIndent;
  for (size_t c = 0; c < t.headers.size(); ++c) {
    size_t w = display_width(t.headers[c]);
    for (const auto& row : t.rows) w = std::max(w, display_width(terminal_safe(row[c])));
    natural += w + 2;
  }
  const size_t bar_width = std::clamp(width > natural ? width - natural : 0, kMinBar, kBarWidth);
  if (bars) columns.push_back(Column{"", Align::left, false, bar_width});
  Table table(std::move(columns));
  for (size_t r = 0; r < t.rows.size(); ++r) {
    std::vector<std::string> cells;
    for (const std::string& c : t.rows[r]) cells.push_back(terminal_safe(c));
    if (bars)
      cells.push_back(t.targets.empty() ? text_bar(t.bars[r], max, bar_width)
                                        : coverage_bar(t.bars[r], t.targets[r], max, bar_width));
    table.add_row(std::move(cells));
  }
  std::string out;
  const std::string rendered = table.render(width - kIndent);
  size_t start = 0;
  while (start < rendered.size()) {
    size_t end = rendered.find('\n', start);
    if (end == std::string::npos) end = rendered.size();
    std::string line = rendered.substr(start, end - start);
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out += std::string(kIndent, ' ') + line + "\n";
    start = end + 1;
  }
  return out;
}

}  // namespace

std::string report_table(const Report& r, std::span<const Section> sections, size_t width) {
  width = std::min(width, kMaxWidth);
  std::string out = wrap_words(terminal_safe(report_title(r)), width, 0, 2);
  for (const DocSection& s : report_document(r, sections)) {
    std::string heading = s.title;
    for (char& c : heading) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (!s.status.empty()) heading += ": " + s.status;
    out += "\n" + heading + "\n";
    for (const DocBlock& b : s.blocks) {
      if (b.kind == DocBlock::Kind::table) {
        if (!b.text.empty()) out += wrap(terminal_safe(b.text), width);
        out += table(b.table, width);
      } else {
        out += wrap(terminal_safe(b.text), width);
      }
    }
  }
  return out;
}

}  // namespace advo
