// advo check: every problem in every file, for people and for CI; in a
// git repository also whether month files merge with advo's driver
// (cli/merge_driver.hpp). With --since REV, the warnings the program
// already had at commit REV are old and do not fail --strict.
#include <algorithm>

#include <fmt/format.h>

#include "advo/domain/check.hpp"
#include "advo/render/json.hpp"
#include "advo/os/git.hpp"
#include "advo/storage/cache/check_findings.hpp"
#include "advo/storage/locate.hpp"
#include "advo/storage/program_at_revision.hpp"
#include "advo/storage/write_transaction.hpp"
#include "cli/command.hpp"
#include "cli/merge_driver.hpp"

namespace advo::cli {
namespace {

struct CheckOptions {
  bool strict = false;
  std::string format;
  std::string since;  // a git revision, or empty
};

std::string_view severity_name(Severity s) { return s == Severity::error ? "error" : "warning"; }

// What the program's files at commit `revision` give the same check, on the
// same today, so a warning that comes with the date alone (an approval
// about to end) is there too. Problems of the clone rather than of the
// files (the merge driver, leftover temporary files) are not compared.
Problems problems_at_revision(Context& ctx, const std::string& revision) {
  std::string why;
  const std::optional<GitRepo> repo = GitRepo::find(ctx.root(), &why);
  if (!repo) throw UsageError(fmt::format("--since needs git: {}", why));
  const std::unique_ptr<ProgramAtRevision> at =
      ProgramAtRevision::load(*repo, revision, display_root_for(ctx.root()));
  if (!at) return {};
  Problems problems = at->loaded().problems;
  const Problems found = place_findings(at->loaded(), check_program(at->loaded().program, ctx.today()));
  problems.insert(problems.end(), found.begin(), found.end());
  return problems;
}

int run_check(Context& ctx, const CheckOptions& o) {
  const bool since = !o.since.empty();
  // Before reading the working copy, so an unknown revision is told first.
  const Problems before = since ? problems_at_revision(ctx, o.since) : Problems{};
  const LoadedProgram& loaded = ctx.loaded_with_problems();
  Problems problems = loaded.problems;
  const Problems found = place_findings(loaded, check_program_keeping_findings(loaded, ctx.today()));
  problems.insert(problems.end(), found.begin(), found.end());
  if (std::optional<Problem> merge = merge_driver_problem(ctx.root())) problems.push_back(std::move(*merge));
  for (const std::string& leftover : leftover_temporary_files(ctx.root()))
    problems.push_back(Problem{Location{ctx.display(leftover)}, Severity::warning, "leftover-temporary-file",
                               "leftover temporary file of an interrupted write; the next advo write removes it"});
  sort_problems(problems);

  const size_t errors = count_errors(problems);
  const size_t warnings = problems.size() - errors;
  const std::vector<bool> old = warnings_found_before(problems, before);
  const size_t new_warnings = warnings - static_cast<size_t>(std::count(old.begin(), old.end(), true));
  if (o.format == "json") {
    Json list = Json::array();
    for (size_t i = 0; i < problems.size(); ++i) {
      const Problem& p = problems[i];
      Json item = Json::object();
      item.set("file", p.where.file);
      item.set("line", p.where.line > 0 ? Json(static_cast<int64_t>(p.where.line)) : Json());
      item.set("column", p.where.column > 0 ? Json(static_cast<int64_t>(p.where.column)) : Json());
      item.set("severity", severity_name(p.severity));
      item.set("code", p.code);
      item.set("message", p.message);
      if (since) item.set("new", !old[i]);
      list.push(std::move(item));
    }
    Json doc = Json::object();
    doc.set("errors", Json::count(errors));
    doc.set("warnings", Json::count(warnings));
    if (since) doc.set("new_warnings", Json::count(new_warnings));
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
      ctx.note(fmt::format("{} error{}, {} warning{}{}", errors, errors == 1 ? "" : "s", warnings,
                           warnings == 1 ? "" : "s",
                           since ? fmt::format(" ({} new since {})", new_warnings, o.since) : std::string()));
  }
  // Errors always count; with --since only the warnings REV did not have.
  const bool failed = errors > 0 || (o.strict && (since ? new_warnings : warnings) > 0);
  return failed ? static_cast<int>(ExitCode::no) : 0;
}

}  // namespace

Runner setup_check(CommandOptions& app) {
  auto o = std::make_shared<CheckOptions>();
  app.add_flag("--strict", o->strict, "Count warnings as errors");
  app.add_option("--since", o->since, "Count only warnings that git revision REV did not have")
      .value_name("REV");
  add_format_option(app, o->format, {"table", "json"});
  return [o](Context& ctx) { return run_check(ctx, *o); };
}

}  // namespace advo::cli
