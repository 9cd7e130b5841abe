#include "advo/domain/problem.hpp"

#include <algorithm>
#include <tuple>

namespace advo {

void sort_problems(Problems& problems) {
  auto key = [](const Problem& p) {
    return std::tie(p.where.file, p.where.line, p.where.column, p.severity, p.message);
  };
  std::stable_sort(problems.begin(), problems.end(),
                   [&](const Problem& a, const Problem& b) { return key(a) < key(b); });
  problems.erase(std::unique(problems.begin(), problems.end(),
                             [&](const Problem& a, const Problem& b) { return key(a) == key(b); }),
                 problems.end());
}

size_t count_errors(const Problems& problems) {
  return static_cast<size_t>(std::count_if(problems.begin(), problems.end(),
                                           [](const Problem& p) { return p.severity == Severity::error; }));
}

}  // namespace advo
