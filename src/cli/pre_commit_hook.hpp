// The pre-commit hook that refuses commits while `advo check` finds errors
// (examples/ci/pre-commit), and installing it into a program's repository.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "cli/context.hpp"

namespace advo::cli {

// The text of examples/ci/pre-commit.
std::string_view pre_commit_hook_template();

// The hook for a program in `folder`, relative to the top of its
// repository ("." for the top itself).
std::string pre_commit_hook(std::string_view folder);

// The repository that holds (or will hold) a program in `dir`; a missing
// `dir` is looked up from its nearest existing parent. Throws RefusedError
// when there is none, before anything is written.
GitRepo repository_for_hooks(const std::filesystem::path& dir);

// Installs the hook as pre-commit of `repo` for the program in `dir`.
// Refuses (RefusedError) to replace another pre-commit hook; says so when
// the same hook is there already.
void install_pre_commit_hook(Context& ctx, const GitRepo& repo, const std::filesystem::path& dir);

}  // namespace advo::cli
