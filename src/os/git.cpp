#include "advo/os/git.hpp"

#include <algorithm>
#include <array>

#include <unistd.h>

#include <fmt/format.h>

#include "advo/error.hpp"

namespace advo {
namespace fs = std::filesystem;

namespace {

// GIT_* variables that describe the user, not a repository.
constexpr std::array<std::string_view, 9> kKeptGitVariables = {
    "GIT_AUTHOR_NAME",    "GIT_AUTHOR_EMAIL",    "GIT_AUTHOR_DATE",   "GIT_COMMITTER_NAME", "GIT_COMMITTER_EMAIL",
    "GIT_COMMITTER_DATE", "GIT_CONFIG_GLOBAL",   "GIT_CONFIG_SYSTEM", "GIT_CONFIG_NOSYSTEM",
};

std::string trimmed(std::string_view text) {
  const size_t begin = text.find_first_not_of(" \t\r\n");
  if (begin == std::string_view::npos) return {};
  const size_t end = text.find_last_not_of(" \t\r\n");
  return std::string(text.substr(begin, end - begin + 1));
}

// git's complaint, on one line: its last non-empty line of stderr (where
// "fatal:" and "error:" messages go), else stdout.
std::string complaint(const ProcessResult& r) {
  std::string text = trimmed(r.err.empty() ? r.out : r.err);
  const size_t nl = text.rfind('\n');
  if (nl != std::string::npos) text = trimmed(std::string_view(text).substr(nl + 1));
  if (text.empty()) text = fmt::format("exit status {}", r.status);
  return text;
}

std::vector<std::string> lines_of(std::string_view text) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    out.emplace_back(text.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

}  // namespace

std::vector<std::string> git_environment() {
  std::vector<std::string> out;
  for (std::string& entry : current_environment()) {
    const std::string_view name = std::string_view(entry).substr(0, entry.find('='));
    if (name.rfind("GIT_", 0) == 0 &&
        std::find(kKeptGitVariables.begin(), kKeptGitVariables.end(), name) == kKeptGitVariables.end())
      continue;
    out.push_back(std::move(entry));
  }
  // Never wait for a password or an editor.
  out.emplace_back("GIT_TERMINAL_PROMPT=0");
  return out;
}

std::optional<GitRepo> GitRepo::find(const fs::path& program_root, std::string* why) {
  GitRepo repo;
  repo.program_root_ = program_root;
  repo.env_ = git_environment();
  const ProcessResult r = repo.run({"rev-parse", "--show-toplevel", "--show-prefix"});
  if (!r.started) {
    if (why != nullptr) *why = "git is not installed (no git in PATH)";
    return std::nullopt;
  }
  const std::vector<std::string> lines = lines_of(r.out);
  if (r.status != 0 || lines.empty()) {
    if (why != nullptr) {
      const std::string said = complaint(r);
      *why = said.find("not a git repository") != std::string::npos
                 ? std::string("the program is not in a git repository")
                 : fmt::format("git cannot use the repository: {}", said);
    }
    return std::nullopt;
  }
  repo.toplevel_ = lines[0];
  repo.prefix_ = lines.size() > 1 ? lines[1] : std::string();
  return repo;
}

ProcessResult GitRepo::run(const std::vector<std::string>& args, const std::vector<std::string>& extra_env,
                           std::string_view input) const {
  std::vector<std::string> argv = {"git", "--literal-pathspecs", "-c", "core.quotepath=off", "-c",
                                   "log.showSignature=false"};
  argv.insert(argv.end(), args.begin(), args.end());
  std::vector<std::string> env = env_;
  env.insert(env.end(), extra_env.begin(), extra_env.end());
  return run_process(argv, env, program_root_, input);
}

std::string GitRepo::run_or_throw(const std::vector<std::string>& args, const std::vector<std::string>& extra_env,
                                  std::string_view input) const {
  ProcessResult r = run(args, extra_env, input);
  if (!r.started) throw RefusedError("could not run git");
  if (r.status != 0) throw RefusedError(fmt::format("git {}: {}", args.front(), complaint(r)));
  return std::move(r.out);
}

fs::path GitRepo::hooks_dir() const {
  const ProcessResult configured = run({"config", "--get", "core.hooksPath"});
  if (configured.started && configured.status == 0) {
    const fs::path p = trimmed(configured.out);
    if (!p.empty()) return p.is_absolute() ? p : toplevel_ / p;
  }
  fs::path p = trimmed(run_or_throw({"rev-parse", "--git-path", "hooks"}));
  return p.is_absolute() ? p : program_root_ / p;
}

GitRepo::Commit GitRepo::commit_paths(const std::vector<std::string>& paths, const std::string& message) const {
  Commit result;
  if (paths.empty()) return result;
  std::vector<std::string> present, gone;
  for (const std::string& p : paths) {
    std::error_code ec;
    (fs::exists(program_root_ / p, ec) ? present : gone).push_back(p);
  }

  // A private index: HEAD plus exactly these paths.
  const fs::path git_dir = trimmed(run_or_throw({"rev-parse", "--absolute-git-dir"}));
  const fs::path index = git_dir / fmt::format("advo-index-{}", ::getpid());
  struct Cleanup {
    fs::path path;
    ~Cleanup() {
      std::error_code ec;
      fs::remove(path, ec);
      fs::remove(path.string() + ".lock", ec);
    }
  } cleanup{index};
  const std::vector<std::string> with_index = {"GIT_INDEX_FILE=" + index.string()};
  const ProcessResult head = run({"rev-parse", "--verify", "-q", "HEAD"});
  const bool has_head = head.started && head.status == 0;
  if (has_head) run_or_throw({"read-tree", "HEAD"}, with_index);

  const auto with_paths = [](std::vector<std::string> args, const std::vector<std::string>& list) {
    args.emplace_back("--");
    args.insert(args.end(), list.begin(), list.end());
    return args;
  };
  if (!present.empty()) run_or_throw(with_paths({"add", "--all"}, present), with_index);
  if (!gone.empty()) run_or_throw(with_paths({"rm", "--cached", "--ignore-unmatch", "-q"}, gone), with_index);

  const ProcessResult diff = run({"diff", "--cached", "--quiet"}, with_index);
  if (diff.started && diff.status == 0) return result;  // nothing to commit

  const ProcessResult commit = run({"commit", "-q", "-m", message}, with_index);
  if (!commit.started || commit.status != 0) {
    // A refusing hook explains itself: its whole output is passed on.
    std::string said;
    for (const std::string& line : lines_of(commit.out + commit.err))
      if (!trimmed(line).empty()) said += "\n  " + line;
    if (said.empty()) said = " " + complaint(commit);
    throw RefusedError(fmt::format("the change is written but not committed; git commit failed:{}", said));
  }
  result.made = true;
  result.hash = trimmed(run_or_throw({"rev-parse", "--short", "HEAD"}));
  // The real index follows the commit for these paths only.
  run(with_paths({"reset", "-q"}, paths));
  return result;
}

}  // namespace advo
