// Git's merge driver for month files. .gitattributes marks
// engagements/*.yaml `merge=advo`, a driver of advo's own (advo-files(5));
// `advo init` defines it in the repository's config (merge.advo.driver),
// where it runs `advo merge-engagements`, which merges month files by
// engagement id. git config is not cloned: where the driver is not defined
// (a clone before `advo init --hooks`, a CI checkout) git merges the files
// with its normal three-way merge, so two branches that change the same
// place of a month conflict, visibly. (git's built-in `merge=union`, which
// programs used before, keeps the lines of both sides without markers and
// silently breaks two entries appended at the same place.)
//
// Also: moving an older program from `merge=union` to `merge=advo`, and the
// `advo check` warning for a repository without the driver.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "advo/domain/problem.hpp"
#include "advo/os/git.hpp"
#include "cli/context.hpp"

namespace advo::cli {

// The line of .gitattributes, and the line programs had before.
inline constexpr std::string_view kMonthFilesAttributes = "engagements/*.yaml merge=advo";
inline constexpr std::string_view kOldMonthFilesAttributes = "engagements/*.yaml merge=union";

// The command git runs, through sh, with %O %A %B %P replaced by the
// (quoted) files of the base, ours (which takes the result), theirs and the
// path. `advo merge-engagements` exits 0 when clean and 1 when it wrote a
// conflict with markers; any other status (advo not found on the PATH of
// git's shell: 127; killed; a failure) means it did not merge, and then
// `git merge-file` merges the file as text: a conflict with markers and a
// status above 0 wherever the two sides changed the same lines.
inline constexpr std::string_view kMergeDriverCommand =
    "advo merge-engagements %O %A %B %P; s=$?; [ $s -le 1 ] && exit $s; "
    "echo \"advo merge-engagements did not merge (exit status $s): merged as text\" >&2; "
    "git merge-file -L ours -L base -L theirs %A %O %B";

// The command older programs set as merge.union.driver.
inline constexpr std::string_view kOldMergeDriverCommand = "advo merge-engagements %O %A %B %P";

// Sets merge.advo.driver (and .name) in the repository's own config, and
// removes advo's old merge.union.driver. Leaves another command there
// alone and says so; says when it is set already only when `say_when_set`.
void configure_merge_driver(Context& ctx, const GitRepo& repo, bool say_when_set);

// `text` of a .gitattributes with the month files' line: the old
// `merge=union` line replaced, else the line added when missing. `replaced`
// tells whether the old line was there.
std::string with_month_files_attributes(std::string_view text, bool& replaced);

// The warning of `advo check` for a program in `root` that is in a git
// repository whose month files do not merge with advo's driver: the old
// `merge=union` line in .gitattributes, or merge.advo.driver not
// configured. Nothing outside git, or when all is set.
std::optional<Problem> merge_driver_problem(const std::filesystem::path& root);

}  // namespace advo::cli
