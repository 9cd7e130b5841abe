// `advo report` in each of its formats. Each takes the report and the
// sections asked for, in the order asked; every value from records is made
// safe for its format (terminal, Markdown, JSON, CSV cells, HTML).
#pragma once

#include <span>
#include <string>

#include "advo/domain/report.hpp"
#include "advo/render/json.hpp"

namespace advo {

// The table format: plain text that fits `width` columns, with small bar
// charts (months, coverage).
std::string report_table(const Report& r, std::span<const Section> sections, size_t width);
std::string report_markdown(const Report& r, std::span<const Section> sections);
// {"program", "period": {"from", "to"}, "<section>": {...}, …}
Json report_json(const Report& r, std::span<const Section> sections);
// One section: a header line, then one row per item the section counts.
std::string report_csv(const Report& r, Section section);
// One self-contained page: no scripts, no external resources, SVG charts.
std::string report_html(const Report& r, std::span<const Section> sections);

}  // namespace advo
