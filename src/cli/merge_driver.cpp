// Configuring git's merge driver for month files, moving older programs to
// it, and the check that a repository has it (cli/merge_driver.hpp).
#include "cli/merge_driver.hpp"

#include <fmt/format.h>

#include "advo/error.hpp"
#include "advo/render/terminal.hpp"
#include "advo/storage/files.hpp"

namespace advo::cli {
namespace fs = std::filesystem;

namespace {

std::string config_value(const GitRepo& repo, const std::string& key) {
  const ProcessResult current = repo.run({"config", "--get", key});
  std::string value = current.started && current.status == 0 ? current.out : std::string();
  while (!value.empty() && (value.back() == '\n' || value.back() == '\r')) value.pop_back();
  return value;
}

// advo's old driver, merge.union.driver: it made git's `union` the
// engagement merge in this clone only. Removed once the program uses
// merge=advo; a driver of another command is not advo's and stays.
void remove_old_union_driver(Context& ctx, const GitRepo& repo) {
  const ProcessResult local = repo.run({"config", "--local", "--get", "merge.union.driver"});
  std::string value = local.started && local.status == 0 ? local.out : std::string();
  while (!value.empty() && (value.back() == '\n' || value.back() == '\r')) value.pop_back();
  if (value != kOldMergeDriverCommand) return;
  repo.run({"config", "--local", "--unset", "merge.union.name"});
  repo.run_or_throw({"config", "--local", "--unset", "merge.union.driver"});
  ctx.note("removed advo's old merge.union.driver from the git config (month files now use merge=advo)");
}

// A line of .gitattributes that sets a merge driver for month files: its
// driver's name and the column of "merge=".
struct MonthFilesMerge {
  std::string driver;
  uint32_t line = 0;
  uint32_t column = 0;
};

// The last line of .gitattributes whose pattern is in engagements/ and that
// sets merge=… (the last one wins in git, too).
std::optional<MonthFilesMerge> month_files_merge(std::string_view text) {
  std::optional<MonthFilesMerge> found;
  uint32_t number = 0;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = text.substr(start, end - start);
    ++number;
    const size_t pattern_begin = line.find_first_not_of(" \t");
    if (pattern_begin != std::string_view::npos && line.substr(pattern_begin).rfind("engagements/", 0) == 0) {
      size_t at = line.find_first_of(" \t", pattern_begin);
      while (at != std::string_view::npos) {
        at = line.find_first_not_of(" \t\r", at);
        if (at == std::string_view::npos) break;
        const size_t token_end = std::min(line.find_first_of(" \t\r", at), line.size());
        const std::string_view token = line.substr(at, token_end - at);
        if (token.rfind("merge=", 0) == 0)
          found = MonthFilesMerge{std::string(token.substr(6)), number, static_cast<uint32_t>(at + 1)};
        at = token_end;
      }
    }
    start = end + 1;
  }
  return found;
}

// Whether `dir` or a folder above it holds .git: git finds no repository
// otherwise (git_environment drops GIT_DIR), so no git needs to run.
bool maybe_in_git(const fs::path& dir) {
  std::error_code ec;
  fs::path at = fs::absolute(dir, ec);
  if (ec) return true;
  for (;;) {
    if (fs::exists(at / ".git", ec)) return true;
    if (!at.has_relative_path()) return false;
    at = at.parent_path();
  }
}

}  // namespace

void configure_merge_driver(Context& ctx, const GitRepo& repo, bool say_when_set) {
  const std::string value = config_value(repo, "merge.advo.driver");
  if (value == kMergeDriverCommand) {
    if (say_when_set) ctx.note("the merge driver for month files is configured already (merge.advo.driver)");
  } else if (!value.empty() && value.rfind("advo merge-engagements ", 0) != 0) {
    ctx.note(fmt::format("merge.advo.driver is '{}' already, not advo's; not replaced (month files merge with it)",
                         terminal_safe(value)));
  } else {
    repo.run_or_throw({"config", "--local", "merge.advo.name", "engagements merged by id (advo)"});
    repo.run_or_throw({"config", "--local", "merge.advo.driver", std::string(kMergeDriverCommand)});
    ctx.note("configured git to merge month files by engagement id (merge.advo.driver: advo merge-engagements)");
  }
  remove_old_union_driver(ctx, repo);
}

std::string with_month_files_attributes(std::string_view text, bool& replaced) {
  replaced = false;
  std::string out;
  bool present = false;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    const bool cr = !line.empty() && line.back() == '\r';
    if (cr) line.remove_suffix(1);
    if (line == kOldMonthFilesAttributes) {
      line = kMonthFilesAttributes;
      replaced = true;
    }
    if (line == kMonthFilesAttributes) present = true;
    out += line;
    if (cr) out += '\r';
    if (end < text.size()) out += '\n';
    start = end + 1;
  }
  if (!present) {
    if (!out.empty() && out.back() != '\n') out += '\n';
    out += kMonthFilesAttributes;
    out += '\n';
  }
  return out;
}

std::optional<Problem> merge_driver_problem(const fs::path& root) {
  if (!maybe_in_git(root)) return std::nullopt;
  const std::optional<GitRepo> repo = GitRepo::find(root);
  if (!repo) return std::nullopt;
  std::optional<MonthFilesMerge> merge;
  std::error_code ec;
  if (fs::is_regular_file(root / ".gitattributes", ec)) {
    try {
      merge = month_files_merge(read_file(root / ".gitattributes", ".gitattributes", size_t{1} << 20));
    } catch (const Error&) {
    }
  }
  Problem p;
  p.where.file = ".gitattributes";
  p.severity = Severity::warning;
  p.code = "merge-driver";
  if (merge) {
    p.where.line = merge->line;
    p.where.column = merge->column;
  }
  if (merge && merge->driver != "union" && merge->driver != "advo") return std::nullopt;  // a driver of their own
  if (merge && merge->driver == "union") {
    p.message =
        "month files merge with git's built-in union merge, which can silently break engagements; run 'advo init "
        "--hooks' to use advo's merge driver (merge=advo)";
    return p;
  }
  if (!config_value(*repo, "merge.advo.driver").empty()) return std::nullopt;
  p.message =
      "git's merge driver for month files (merge.advo.driver) is not configured in this clone, so month files merge as "
      "plain text and conflict; run 'advo init --hooks'";
  return p;
}

}  // namespace advo::cli
