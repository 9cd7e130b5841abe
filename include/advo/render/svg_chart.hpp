// Small bar charts as inline SVG for the HTML report: no script, no
// external resource; every label escaped.
#pragma once

#include <string>
#include <vector>

namespace advo {

// One horizontal bar: a label, a value, the text shown after the bar; an
// optional inner value (drawn darker inside the bar) and target (a tick).
struct HBar {
  std::string label;
  double value = 0;
  std::string value_text;
  double inner = -1;   // < 0: none
  double target = -1;  // < 0: none
};

struct ChartLegend {
  std::string label;
  std::string color;
};

// Horizontal bars scaled to the largest value or target.
std::string svg_hbar_chart(const std::string& title, const std::vector<HBar>& bars,
                           const std::vector<ChartLegend>& legend = {});

// Columns of two stacked series (e.g. asks and gives by month).
struct Column2 {
  std::string label;
  double first = 0;
  double second = 0;
};
std::string svg_stacked_columns(const std::string& title, const std::vector<Column2>& columns,
                                const ChartLegend& first, const ChartLegend& second);

}  // namespace advo
