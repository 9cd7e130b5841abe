// The report as one self-contained HTML page for leadership: inline style,
// inline SVG charts, no script and nothing fetched from elsewhere; laid
// out to print on A4. Every value from the records is escaped, and only
// http(s) addresses become links.
#include <algorithm>

#include <fmt/format.h>

#include "advo/domain/schema.hpp"
#include "advo/render/html.hpp"
#include "advo/render/report.hpp"
#include "advo/render/report_document.hpp"
#include "advo/render/report_text.hpp"
#include "advo/render/svg_chart.hpp"

namespace advo {
namespace {

constexpr const char* kStyle = R"(
@page { size: A4; margin: 14mm 14mm 16mm; }
* { box-sizing: border-box; }
body { font: 10.5pt/1.45 "DejaVu Sans", "Liberation Sans", Arial, Helvetica, sans-serif; color: #1d2433;
       max-width: 182mm; margin: 0 auto; padding: 10mm 0; background: #fff; }
h1 { font-size: 18pt; margin: 0 0 2mm; }
h2 { font-size: 13pt; margin: 7mm 0 2mm; padding-bottom: 1mm; border-bottom: 1.5px solid #c9d3e3; }
p { margin: 1.5mm 0; }
p.period { color: #4a5468; margin-bottom: 4mm; }
p.note { font-weight: bold; margin-top: 3mm; }
.figures { display: flex; flex-wrap: wrap; gap: 3mm; margin: 3mm 0 2mm; }
.figure { flex: 1 1 38mm; border: 1px solid #c9d3e3; border-radius: 2mm; padding: 2mm 3mm; break-inside: avoid; }
.figure .value { font-size: 14pt; font-weight: bold; display: block; white-space: nowrap; }
.figure .label { color: #4a5468; font-size: 9pt; }
.rag { display: inline-block; padding: 0 3mm; border-radius: 3mm; color: #fff; font-size: 10pt;
       vertical-align: middle; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.green { background: #2e7d32; } .amber { background: #a15c00; } .red { background: #b3261e; } .unknown { background: #5f6b7a; }
table { border-collapse: collapse; width: 100%; margin: 1mm 0 3mm; font-size: 9.5pt; break-inside: auto; }
th { text-align: left; color: #4a5468; font-weight: 600; border-bottom: 1px solid #8a93a6; padding: 1mm 2mm; }
td { border-bottom: 1px solid #e3e8f0; padding: 1mm 2mm; vertical-align: top; overflow-wrap: anywhere; }
tr { break-inside: avoid; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
figure { margin: 2mm 0 3mm; break-inside: avoid; }
svg { max-width: 100%; height: auto; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.url { color: #5f6b7a; }
a { color: #1f4e80; }
footer { margin-top: 8mm; color: #5f6b7a; font-size: 8.5pt; }
@media print { body { padding: 0; } h2 { break-after: avoid; } }
)";

std::string cell(const std::string& text, bool right) {
  return std::string(right ? "<td class=\"num\">" : "<td>") + html_escape(text) + "</td>";
}

std::string table_html(const DocTable& t) {
  std::string out = "<table><thead><tr>";
  for (size_t i = 0; i < t.headers.size(); ++i) {
    const bool right = i < t.right.size() && t.right[i];
    out += std::string(right ? "<th class=\"num\">" : "<th>") + html_escape(t.headers[i]) + "</th>";
  }
  out += "</tr></thead><tbody>\n";
  for (const auto& row : t.rows) {
    out += "<tr>";
    for (size_t i = 0; i < row.size(); ++i) out += cell(row[i], i < t.right.size() && t.right[i]);
    out += "</tr>\n";
  }
  return out + "</tbody></table>\n";
}

std::string figure(const std::string& svg) { return "<figure>" + svg + "</figure>\n"; }

std::string engagements_chart(const Report& r) {
  std::vector<Column2> cols;
  for (const MonthCount& m : r.engagements.by_month)
    cols.push_back(Column2{m.month, static_cast<double>(m.asks), static_cast<double>(m.gives)});
  return svg_stacked_columns("Engagements by month", cols, {"asks", "#2b5d8a"}, {"gives", "#9cb8d8"});
}

std::string funnel_chart(const Report& r) {
  const NominationsSection& n = r.nominations;
  const auto active = static_cast<size_t>(std::count_if(n.nominations.begin(), n.nominations.end(),
                                                        [](const Advocate* a) { return a->stage == Stage::active; }));
  auto bar = [](std::string label, size_t v) {
    return HBar{std::move(label), static_cast<double>(v), std::to_string(v), -1, -1};
  };
  return svg_hbar_chart("Nomination funnel (nominated in the period)",
                        {bar("Nominated", n.nominations.size()), bar("Qualified or beyond", n.qualified),
                         bar("Active now", active)});
}

std::string fulfilment_chart(const Report& r) {
  const RequestsSection& q = r.requests;
  auto status = [&](RequestStatus s) { return q.by_status[static_cast<size_t>(s) - 1]; };
  const size_t in_progress = status(RequestStatus::open) + status(RequestStatus::matched) + status(RequestStatus::scheduled);
  auto bar = [](std::string label, size_t v) {
    return HBar{std::move(label), static_cast<double>(v), std::to_string(v), -1, -1};
  };
  return svg_hbar_chart(fmt::format("Requests of the period: fulfilment rate {}", percent_text(q.fulfilment)),
                        {bar("Fulfilled", status(RequestStatus::fulfilled)),
                         bar("Unfulfilled", status(RequestStatus::unfulfilled)), bar("In progress", in_progress),
                         bar("Cancelled", status(RequestStatus::cancelled))});
}

std::string coverage_chart(const Report& r) {
  std::vector<HBar> bars;
  for (const TargetCoverage& t : r.coverage.targets)
    bars.push_back(HBar{t.target->field + ": " + t.target->value, static_cast<double>(t.active),
                        fmt::format("{} of {}", t.active, t.target->min_active),
                        t.available ? static_cast<double>(*t.available) : -1.0,
                        static_cast<double>(t.target->min_active)});
  std::vector<ChartLegend> legend = {{"active", "#9cb8d8"}, {"target", "#b3261e"}};
  if (!r.coverage.available_for.empty())
    legend.insert(legend.begin() + 1, ChartLegend{"available for a " + r.coverage.available_for, "#2b5d8a"});
  return svg_hbar_chart("Coverage against targets", bars, legend);
}

std::string revenue_chart(const Report& r) {
  const CurrencyRevenue& m = r.revenue.main;
  auto bar = [&](std::string label, const Money& money) {
    return HBar{std::move(label), money.amount,
                fmt::format("{} {} ({})", m.currency, amount_text(money.amount), money.count), -1, -1};
  };
  return svg_hbar_chart(fmt::format("Revenue influenced ({})", m.currency),
                        {bar("Won", m.won), bar("Lost", m.lost), bar("Open pipeline", m.open_pipeline)});
}

// The published library, with links, under the stories section.
std::string library(const Report& r) {
  std::string rows;
  for (const StoryRow& row : r.stories.rows) {
    const Story& s = *row.story;
    if (s.status != StoryStatus::published) continue;
    rows += "<tr><td>" + html_link(s.title.view(), s.url.view()) + "</td>" + cell(std::string(to_string(s.kind)), false) +
            cell(s.company.str(), false) + cell(s.expires_on.str(), false) + "</tr>\n";
  }
  if (rows.empty()) return "";
  return "<p class=\"note\">Published stories:</p>\n<table><thead><tr><th>Story</th><th>Kind</th><th>Company</th>"
         "<th>Expires</th></tr></thead><tbody>\n" +
         rows + "</tbody></table>\n";
}

std::string key_figures(const Report& r, std::span<const Section> sections) {
  auto has = [&](Section s) { return std::find(sections.begin(), sections.end(), s) != sections.end(); };
  std::string out;
  auto add = [&](const std::string& value, const std::string& label) {
    out += "<div class=\"figure\"><span class=\"value\">" + html_escape(value) + "</span><span class=\"label\">" +
           html_escape(label) + "</span></div>\n";
  };
  if (has(Section::revenue))
    add(fmt::format("{} {}", r.revenue.main.currency, amount_text(r.revenue.main.won.amount)),
        fmt::format("revenue influenced: {} won", count_text(r.revenue.main.won.count, "deal")));
  if (has(Section::requests)) {
    add(percent_text(r.requests.fulfilment), "of requests fulfilled");
    add(days_text(r.requests.median_days), "median time to fulfil");
  }
  if (has(Section::coverage))
    add(fmt::format("{} of {}", r.coverage.targets_met.numerator, r.coverage.targets_met.denominator),
        "coverage targets met");
  if (has(Section::membership))
    add(std::to_string(r.membership.by_stage[static_cast<size_t>(Stage::active) - 1]), "active advocates");
  if (has(Section::engagements)) add(std::to_string(r.engagements.asks), "asks of advocates");
  return out.empty() ? "" : "<div class=\"figures\">\n" + out + "</div>\n";
}

}  // namespace

std::string report_html(const Report& r, std::span<const Section> sections) {
  std::string out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
  out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  out += "<title>" + html_escape(report_title(r)) + "</title>\n<style>" + kStyle + "</style>\n</head>\n<body>\n";
  out += "<header><h1>" + html_escape(r.program) + "</h1>\n<p class=\"period\">Report for " +
         html_escape(period_text(r)) + "</p>\n";
  out += key_figures(r, sections) + "</header>\n";
  for (const DocSection& s : report_document(r, sections)) {
    out += "<section id=\"" + std::string(to_string(s.section)) + "\">\n<h2>" + html_escape(s.title);
    if (!s.status.empty())
      out += " <span class=\"rag " + html_escape(s.status) + "\">" + html_escape(s.status) + "</span>";
    out += "</h2>\n";
    switch (s.section) {
      case Section::engagements: out += figure(engagements_chart(r)); break;
      case Section::nominations: out += figure(funnel_chart(r)); break;
      case Section::requests: out += figure(fulfilment_chart(r)); break;
      case Section::coverage:
        if (!r.coverage.targets.empty()) out += figure(coverage_chart(r));
        break;
      case Section::revenue: out += figure(revenue_chart(r)); break;
      default: break;
    }
    for (const DocBlock& b : s.blocks) {
      // Month rows are in the chart above.
      if (b.kind == DocBlock::Kind::table && s.section == Section::engagements && !b.table.bars.empty()) continue;
      if (b.kind == DocBlock::Kind::table) {
        if (!b.text.empty()) out += "<p class=\"note\">" + html_escape(b.text) + "</p>\n";
        out += table_html(b.table);
      } else {
        out += "<p>" + html_escape(b.text) + "</p>\n";
      }
    }
    if (s.section == Section::stories) out += library(r);
    out += "</section>\n";
  }
  out += "<footer>Made by advo from the program's records; stages, coverage and upkeep as of " + html_escape(r.as_of.str()) + ".</footer>\n";
  return out + "</body>\n</html>\n";
}

}  // namespace advo
