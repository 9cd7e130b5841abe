// The git repository a program lives in: committing the files a command
// wrote, and reading a record's history. git runs as a separate process with
// an argument vector and a cleaned environment, in the program's folder.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "advo/os/process.hpp"

namespace advo {

// The environment git runs with: this process's, without the variables an
// outer git sets to point at its own repository (GIT_DIR, GIT_WORK_TREE,
// GIT_INDEX_FILE, GIT_PREFIX, GIT_CONFIG_PARAMETERS…). Of the GIT_*
// variables only the author and committer identity and dates and the
// choice of global and system configuration files are kept.
std::vector<std::string> git_environment();

class GitRepo {
 public:
  // The repository holding the program folder `program_root`, or nullopt
  // with the reason in `why` (git not installed, not a repository, or git's
  // own complaint).
  static std::optional<GitRepo> find(const std::filesystem::path& program_root, std::string* why = nullptr);

  // Runs `git ARGS` in the program folder. `extra_env` entries are added to
  // the cleaned environment.
  ProcessResult run(const std::vector<std::string>& args, const std::vector<std::string>& extra_env = {},
                    std::string_view input = {}) const;
  // As run, but throws RefusedError with git's message when git fails.
  std::string run_or_throw(const std::vector<std::string>& args, const std::vector<std::string>& extra_env = {},
                           std::string_view input = {}) const;

  const std::filesystem::path& program_root() const { return program_root_; }
  const std::filesystem::path& toplevel() const { return toplevel_; }
  // The program folder relative to the top of the work tree, "" or "dir/".
  const std::string& prefix() const { return prefix_; }
  // Where git hooks live (honours core.hooksPath).
  std::filesystem::path hooks_dir() const;

  struct Commit {
    bool made = false;  // false: the paths held no change against HEAD
    std::string hash;   // abbreviated
  };
  // Commits exactly `paths` (relative to the program folder; written or
  // removed) with `message`, through a temporary index built from HEAD, so
  // whatever else is staged stays staged and out of the commit. The real
  // index then holds the committed content of those paths. Hooks run as
  // for any commit. Throws RefusedError when git refuses.
  Commit commit_paths(const std::vector<std::string>& paths, const std::string& message) const;

 private:
  std::filesystem::path program_root_;
  std::filesystem::path toplevel_;
  std::string prefix_;
  std::vector<std::string> env_;
};

}  // namespace advo
