#include "advo/render/svg_chart.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "advo/render/html.hpp"
#include "advo/render/terminal.hpp"

namespace advo {
namespace {

constexpr double kWidth = 640;
constexpr const char* kBar = "#9cb8d8";
constexpr const char* kInner = "#2b5d8a";
constexpr const char* kTarget = "#b3261e";
constexpr const char* kInk = "#1d2433";

std::string open_svg(const std::string& title, double height) {
  return fmt::format(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {0:.0f} {1:.0f}\" width=\"{0:.0f}\" height=\"{1:.0f}\" "
      "role=\"img\" font-family=\"sans-serif\" font-size=\"12\" fill=\"{2}\"><title>{3}</title>\n"
      "<text x=\"0\" y=\"15\" font-size=\"13\" font-weight=\"bold\">{3}</text>\n",
      kWidth, height, kInk, html_escape(title));
}

std::string legend_svg(const std::vector<ChartLegend>& legend, double y) {
  std::string out;
  double x = 0;
  for (const ChartLegend& l : legend) {
    out += fmt::format("<rect x=\"{:.0f}\" y=\"{:.0f}\" width=\"12\" height=\"12\" fill=\"{}\"/>", x, y - 10,
                       html_escape(l.color));
    out += fmt::format("<text x=\"{:.0f}\" y=\"{:.0f}\">{}</text>\n", x + 16, y, html_escape(l.label));
    x += 16 + 7.0 * static_cast<double>(display_width(l.label)) + 24;
  }
  return out;
}

}  // namespace

std::string svg_hbar_chart(const std::string& title, const std::vector<HBar>& bars,
                           const std::vector<ChartLegend>& legend) {
  constexpr double kLabel = 180, kArea = 300, kRow = 26, kTop = 28;
  const double height = kTop + kRow * static_cast<double>(bars.size()) + (legend.empty() ? 6 : 30);
  std::string out = open_svg(title, height);
  double max = 0;
  for (const HBar& b : bars) max = std::max({max, b.value, b.target, b.inner});
  auto scale = [&](double v) { return max > 0 ? std::max(0.0, v) / max * kArea : 0.0; };
  for (size_t i = 0; i < bars.size(); ++i) {
    const HBar& b = bars[i];
    const double y = kTop + kRow * static_cast<double>(i);
    out += fmt::format("<text x=\"{:.0f}\" y=\"{:.1f}\" text-anchor=\"end\">{}</text>", kLabel - 8, y + 15,
                       html_escape(truncate_to_width(b.label, 28)));
    const double w = scale(b.value);
    out += fmt::format("<rect x=\"{:.0f}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"18\" fill=\"{}\"/>", kLabel, y + 2,
                       w, kBar);
    if (b.inner >= 0)
      out += fmt::format("<rect x=\"{:.0f}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"18\" fill=\"{}\"/>", kLabel, y + 2,
                         scale(b.inner), kInner);
    double text_x = kLabel + w + 6;
    if (b.target >= 0) {
      const double tx = kLabel + scale(b.target);
      out += fmt::format("<rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"3\" height=\"24\" fill=\"{}\"/>", tx - 1, y - 1,
                         kTarget);
      text_x = std::max(text_x, tx + 8);
    }
    out += fmt::format("<text x=\"{:.1f}\" y=\"{:.1f}\">{}</text>\n", text_x, y + 15, html_escape(b.value_text));
  }
  if (!legend.empty()) out += legend_svg(legend, height - 8);
  return out + "</svg>";
}

std::string svg_stacked_columns(const std::string& title, const std::vector<Column2>& columns,
                                const ChartLegend& first, const ChartLegend& second) {
  constexpr double kTop = 40, kArea = 150, kLeft = 10, kBottom = 48;
  const double height = kTop + kArea + kBottom;
  std::string out = open_svg(title, height);
  double max = 0;
  for (const Column2& c : columns) max = std::max(max, c.first + c.second);
  const double n = std::max<double>(1, static_cast<double>(columns.size()));
  const double slot = (kWidth - kLeft) / n;
  const double bar = std::min(48.0, slot * 0.7);
  // Label every column when they fit, else every k-th.
  const size_t every = static_cast<size_t>(std::ceil(56.0 / slot));
  const double base = kTop + kArea;
  out += fmt::format("<line x1=\"{:.0f}\" y1=\"{:.0f}\" x2=\"{:.0f}\" y2=\"{:.0f}\" stroke=\"#8a93a6\"/>\n", kLeft, base,
                     kWidth, base);
  for (size_t i = 0; i < columns.size(); ++i) {
    const Column2& c = columns[i];
    const double x = kLeft + slot * static_cast<double>(i) + (slot - bar) / 2;
    const double h1 = max > 0 ? c.first / max * kArea : 0;
    const double h2 = max > 0 ? c.second / max * kArea : 0;
    out += fmt::format("<rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"{:.1f}\" fill=\"{}\"/>", x, base - h1,
                       bar, h1, html_escape(first.color));
    out += fmt::format("<rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"{:.1f}\" fill=\"{}\"/>", x,
                       base - h1 - h2, bar, h2, html_escape(second.color));
    const double total = c.first + c.second;
    out += fmt::format("<text x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"middle\">{}</text>", x + bar / 2,
                       base - h1 - h2 - 4, total);
    if (i % every == 0)
      out += fmt::format("<text x=\"{:.1f}\" y=\"{:.0f}\" text-anchor=\"middle\" font-size=\"11\">{}</text>", x + bar / 2,
                         base + 16, html_escape(c.label));
    out += "\n";
  }
  out += legend_svg({first, second}, height - 6);
  return out + "</svg>";
}

}  // namespace advo
