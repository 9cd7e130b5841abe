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

}  // namespace advo
