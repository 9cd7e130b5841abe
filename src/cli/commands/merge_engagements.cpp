// advo merge-engagements BASE OURS THEIRS [PATH]: git's merge driver for
// month files (hidden; `advo init` configures it as merge.advo.driver,
// cli/merge_driver.hpp). Merges the engagements of the three versions by
// id (domain/engagement_merge.hpp) and writes the result, canonical and
// sorted, over OURS. Exit 0 when clean; 1 when entries conflict, with both
// versions between conflict markers, so git reports a conflict.
//
// A PATH that is not a month file, or a month file that cannot be read as
// engagements (a syntax error, a missing field, an id twice), is merged as
// git merges text without a driver: a three-way merge that puts conflict
// markers where both sides changed the same lines and then exits 1. Never
// a union of lines, which would silently break entries.
#include <fmt/format.h>

#include "advo/domain/engagement_merge.hpp"
#include "advo/error.hpp"
#include "advo/render/terminal.hpp"
#include "advo/storage/files.hpp"
#include "advo/os/git.hpp"
#include "advo/storage/loader.hpp"
#include "advo/storage/merged_month_file.hpp"
#include "advo/storage/program_paths.hpp"
#include "cli/command.hpp"
#include "cli/completion.hpp"

namespace advo::cli {
namespace {

struct MergeOptions {
  std::string base, ours, theirs;
  std::string path;  // the file's path in the repository, when git gives it
};

// Whether the repository path ends in "engagements/YYYY-MM.yaml" (the
// program may be a folder of the repository).
bool is_month_file_path(std::string_view path) {
  size_t slash = path.rfind('/');
  if (slash == std::string_view::npos || slash == 0) return false;
  slash = path.rfind('/', slash - 1);
  return is_program_file(slash == std::string_view::npos ? path : path.substr(slash + 1));
}

// git's three-way merge of text (`git merge-file`): conflict markers where
// both sides changed the same lines.
int merge_lines(Context& ctx, const MergeOptions& o) {
  const ProcessResult r = run_process(
      {"git", "merge-file", "-L", "ours", "-L", "base", "-L", "theirs", o.ours, o.base, o.theirs}, git_environment());
  if (!r.started) throw RefusedError("git is not installed (no git in PATH); nothing merged");
  ctx.err() << r.err;
  // The number of conflicts (at most 127), or a status above it when
  // merge-file failed.
  if (r.status > 127) throw RefusedError("git merge-file failed; nothing merged");
  return r.status == 0 ? 0 : 1;
}

// The engagements of one version; false (with the reason said) when they
// cannot be merged by id.
bool read_version(Context& ctx, const std::string& file, const std::string& display, std::vector<Engagement>& out) {
  Problems problems;
  out = read_month_file(file, display, problems);
  std::string why;
  for (const Problem& p : problems)
    if (p.severity == Severity::error) {
      why = fmt::format("{}: {}", to_string(p.where), p.message);
      break;
    }
  const Sym twice = first_duplicate_id(out);
  if (why.empty() && !twice.empty()) why = fmt::format("{}: id '{}' is there twice", display, twice.view());
  if (why.empty()) return true;
  ctx.err() << "advo: " << terminal_safe(why) << "\n"
            << "advo: not merged by engagement; merged as text (conflict markers where both sides changed the same "
               "lines)\n";
  return false;
}

int run_merge_engagements(Context& ctx, const MergeOptions& o) {
  if (!o.path.empty() && !is_month_file_path(o.path)) return merge_lines(ctx, o);
  const std::string shown = o.path.empty() ? o.ours : o.path;
  std::vector<Engagement> base, ours, theirs;
  if (!read_version(ctx, o.base, shown + " (base)", base) || !read_version(ctx, o.ours, shown + " (ours)", ours) ||
      !read_version(ctx, o.theirs, shown + " (theirs)", theirs))
    return merge_lines(ctx, o);

  const EngagementMerge merge = merge_engagements(base, ours, theirs);
  write_file_atomic(std::filesystem::absolute(o.ours), write_merged_month_file(merge), shown);
  for (const EngagementConflict& c : merge.conflicts)
    ctx.err() << "advo: " << terminal_safe(shown) << ": " << terminal_safe(c.id.view()) << ": " << describe(c.kind)
              << "\n";
  return merge.clean() ? 0 : 1;
}

}  // namespace

Runner setup_merge_engagements(CommandOptions& app) {
  auto o = std::make_shared<MergeOptions>();
  complete_files(app.add_option("BASE", o->base, "The common ancestor's version (git's %O)").required());
  complete_files(app.add_option("OURS", o->ours, "Our version, replaced by the merged file (git's %A)").required());
  complete_files(app.add_option("THEIRS", o->theirs, "Their version (git's %B)").required());
  app.add_option("PATH", o->path, "The file's path in the repository (git's %P)");
  return [o](Context& ctx) { return run_merge_engagements(ctx, *o); };
}

}  // namespace advo::cli
