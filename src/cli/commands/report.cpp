// advo report: the program's value for leadership (advo-report(1)), for a
// period, in any of five formats, to stdout or atomically to a file.
#include <filesystem>

#include <fmt/format.h>

#include "advo/domain/report.hpp"
#include "advo/domain/report_period.hpp"
#include "advo/domain/suggest.hpp"
#include "advo/error.hpp"
#include "advo/render/report.hpp"
#include "advo/storage/files.hpp"
#include "cli/command.hpp"
#include "cli/csv_output.hpp"
#include "cli/date_option.hpp"

namespace advo::cli {
namespace {

struct ReportOptions {
  std::vector<std::string> sections;
  std::string period;
  std::string from;
  std::string to;
  std::string format;
  OptionRef format_option;
  std::string output;
};

const std::vector<std::string> kReportFormats = {"table", "md", "json", "csv", "html"};

Period chosen_period(Context& ctx, const ReportOptions& o) {
  if (!o.period.empty() && (!o.from.empty() || !o.to.empty()))
    throw UsageError("give either --period or --from and --to, not both");
  if (!o.from.empty() || !o.to.empty()) {
    if (o.from.empty() || o.to.empty()) throw UsageError("--from and --to go together: give both (inclusive dates)");
    return period_between(date_option("--from", o.from, ctx.today()).str(),
                          date_option("--to", o.to, ctx.today()).str());
  }
  if (!o.period.empty()) return parse_period(o.period, ctx.today());
  return quarter_of(ctx.today());
}

std::vector<Section> chosen_sections(const ReportOptions& o) {
  std::vector<Section> out;
  for (const std::string& name : o.sections) {
    const auto s = parse_section(name);
    if (!s)
      throw UsageError(unknown_value("report section", name, section_names()));
    if (std::find(out.begin(), out.end(), *s) == out.end()) out.push_back(*s);
  }
  if (out.empty())
    for (size_t i = 0; i < kSectionCount; ++i) out.push_back(static_cast<Section>(i));
  return out;
}

int run_report(Context& ctx, const ReportOptions& o) {
  const std::string format =
      o.output.empty() ? o.format : format_for_file(o.format, o.format_option.given(), o.output, kReportFormats);
  const std::vector<Section> sections = chosen_sections(o);
  if (format == "csv" && sections.size() != 1)
    throw UsageError(fmt::format("--format csv gives one section: name it (one of {})", fmt::join(section_names(), ", ")));
  if (format == "html" && o.output.empty())
    throw UsageError("--format html writes a page: give the file with -o FILE");
  const Period period = chosen_period(ctx, o);
  const Program& program = ctx.program();
  const Report report = build_report(program, period, ctx.today());

  std::string text;
  if (format == "json") text = report_json(report, sections).dump() + "\n";
  else if (format == "md") text = report_markdown(report, sections);
  else if (format == "csv") text = report_csv(report, sections.front());
  else if (format == "html") text = report_html(report, sections);
  else text = report_table(report, sections, ctx.width());

  if (o.output.empty()) {
    write_output(ctx, format, text);
    return 0;
  }
  // Relative to the current folder, not the program's, as in any shell command.
  write_output_file(std::filesystem::absolute(o.output), text, o.output);
  ctx.note(fmt::format("wrote {} ({} report for {})", o.output, format, period.label));
  return 0;
}

}  // namespace

Runner setup_report(CommandOptions& app) {
  auto o = std::make_shared<ReportOptions>();
  app.add_option("SECTION", o->sections,
                 fmt::format("Sections to give, in this order (default all): {}", fmt::join(section_names(), ", ")));
  app.add_option("--period", o->period,
                 "2026-Q3, 2026, 2026-11, this-quarter, last-quarter or last-12-months (default: this quarter)")
      .value_name("PERIOD");
  app.add_option("--from", o->from, "First day of the period (with --to)").value_name("DATE");
  app.add_option("--to", o->to, "Last day of the period, inclusive (with --from)").value_name("DATE");
  o->format_option = add_format_option(app, o->format, kReportFormats);
  app.add_option("-o,--output", o->output,
                 "Write the report to FILE (atomically) instead of stdout, in the format its extension names "
                 "(.html, .json, .csv, .md, .txt) unless --format says; needed for html")
      .value_name("FILE");
  return [o](Context& ctx) { return run_report(ctx, *o); };
}

}  // namespace advo::cli
