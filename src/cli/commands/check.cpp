// advo check: every problem in every file, for people and for CI; in a
// git repository also whether month files merge with advo's driver
// (cli/merge_driver.hpp).
#include <fmt/format.h>

#include "advo/domain/check.hpp"
#include "advo/render/json.hpp"
#include "advo/storage/locate.hpp"
#include "advo/storage/write_transaction.hpp"
#include "cli/command.hpp"
#include "cli/merge_driver.hpp"

namespace advo::cli {
namespace {

struct CheckOptions {
  bool strict = false;
  std::string format;
};

std::string_view severity_name(Severity s) { return s == Severity::error ? "error" : "warning"; }

int run_check(Context& ctx, const CheckOptions& o) {
  const LoadedProgram& loaded = ctx.loaded_with_problems();
  Problems problems = loaded.problems;
  const Problems found = place_findings(loaded, check_program(loaded.program, ctx.today()));
  problems.insert(problems.end(), found.begin(), found.end());
  if (std::optional<Problem> merge = merge_driver_problem(ctx.root())) problems.push_back(std::move(*merge));
  for (const std::string& leftover : leftover_temporary_files(ctx.root()))
    problems.push_back(Problem{Location{ctx.display(leftover)}, Severity::warning, "leftover-temporary-file",
                               "leftover temporary file of an interrupted write; the next advo write removes it"});
  sort_problems(problems);

  const size_t errors = count_errors(problems);
  const size_t warnings = problems.size() - errors;
  if (o.format == "json") {
    Json list = Json::array();
    for (const Problem& p : problems) {
      Json item = Json::object();
      item.set("file", p.where.file);
      item.set("line", p.where.line > 0 ? Json(static_cast<int64_t>(p.where.line)) : Json());
      item.set("column", p.where.column > 0 ? Json(static_cast<int64_t>(p.where.column)) : Json());
      item.set("severity", severity_name(p.severity));
      item.set("code", p.code);
      item.set("message", p.message);
      list.push(std::move(item));
    }
    Json doc = Json::object();
    doc.set("errors", Json::count(errors));
    doc.set("warnings", Json::count(warnings));
    doc.set("problems", std::move(list));
    ctx.out() << doc.dump() << '\n';
  } else {
    const Style& style = ctx.style();
    for (const Problem& p : problems) {
      const std::string where = to_string(p.where);
      ctx.out() << terminal_safe(where) << ": "
                << style.paint(severity_name(p.severity), p.severity == Severity::error ? Color::red : Color::yellow)
                << ": " << terminal_safe(p.message) << '\n';
    }
    if (!problems.empty())
      ctx.note(fmt::format("{} error{}, {} warning{}", errors, errors == 1 ? "" : "s", warnings,
                           warnings == 1 ? "" : "s"));
  }
  const bool failed = errors > 0 || (o.strict && warnings > 0);
  return failed ? static_cast<int>(ExitCode::no) : 0;
}

}  // namespace

Runner setup_check(CLI::App& app) {
  auto o = std::make_shared<CheckOptions>();
  app.add_flag("--strict", o->strict, "Count warnings as errors");
  add_format_option(app, o->format, {"table", "json"});
  return [o](Context& ctx) { return run_check(ctx, *o); };
}

}  // namespace advo::cli
