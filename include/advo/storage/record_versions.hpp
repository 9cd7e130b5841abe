// Every version of one record file that a git repository's history holds:
// what a rewrite of the history must purge when the person asks to be
// forgotten (advo-forget(1)).
#pragma once

#include <string>
#include <vector>

#include "advo/os/git.hpp"

namespace advo {

struct RecordVersion {
  std::string blob;  // git's object id of the file's content (full hex)
  std::string text;
};

// The distinct contents `file` (relative to the program folder) had in any
// commit reachable from any ref, merges included, in no particular order.
// Empty when the history never held the file. Throws RefusedError when git
// fails.
std::vector<RecordVersion> record_versions(const GitRepo& repo, const std::string& file);

}  // namespace advo
