// A problem found in the program's files: what `advo check` reports.
#pragma once

#include <string>
#include <vector>

#include "advo/error.hpp"

namespace advo {

enum class Severity { error, warning };

struct Problem {
  Location where;
  Severity severity = Severity::error;
  std::string code;  // short stable name: "syntax", "unknown-key", …
  std::string message;
};

using Problems = std::vector<Problem>;

// Sorted by file, line, column, then message; exact duplicates removed.
void sort_problems(Problems& problems);
size_t count_errors(const Problems& problems);

// For each of `now`: whether it is a warning `before` has too, the same
// file, code and message (not line and column, which shift as lines are
// added above). Each warning of `before` stands for one of `now`, so a
// warning found twice where it was found once is once new. Errors are
// never old: this is what lets a check fail only on warnings a change
// brings in.
std::vector<bool> warnings_found_before(const Problems& now, const Problems& before);

}  // namespace advo
