// The command that purges a forgotten person from a git repository's
// history (advo-forget(1)): git filter-repo with Python callbacks that
// rewrite only the versions of the person's own record file and the commit
// messages, so every other record stays byte-identical at every commit.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "advo/domain/forget.hpp"

namespace advo::cli {

// `blobs`: the object ids of every version of the person's file. In those
// versions the names become `new_id` and contacts and details are emptied,
// each only where it stands alone (not inside a longer word, address or
// number);
// in commit messages the names become `new_id` and contacts "[removed]"
// (details are left: a title or a standard note is no one's in a message).
// The command is one shell command line (with newlines inside its quoted
// callbacks), plain ASCII whatever the values hold.
std::string history_purge_command(const PersonalValues& values, const std::vector<std::string>& blobs,
                                  std::string_view new_id);

}  // namespace advo::cli
