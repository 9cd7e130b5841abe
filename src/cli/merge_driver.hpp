// Git's merge driver for month files. .gitattributes marks
// engagements/*.yaml `merge=union` (PRODUCT.md §2); a repository whose
// config defines a driver named "union" has git use that driver instead of
// its built-in union merge, so `advo init` sets merge.union.driver to
// `advo merge-engagements`, which merges month files by engagement id and
// any other union file line by line as git would. Without that config (a
// fresh clone before `advo init --hooks`) git's built-in union merge still
// applies.
#pragma once

#include <string_view>

#include "advo/storage/git.hpp"
#include "cli/context.hpp"

namespace advo::cli {

inline constexpr std::string_view kMergeDriverCommand = "advo merge-engagements %O %A %B %P";

// Sets merge.union.driver (and .name) in the repository's own config.
// Leaves another command there alone and says so; says when it is set
// already only when `say_when_set`.
void configure_merge_driver(Context& ctx, const GitRepo& repo, bool say_when_set);

}  // namespace advo::cli
