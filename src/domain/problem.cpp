#include "advo/domain/problem.hpp"

#include <algorithm>
#include <map>
#include <string>
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

std::vector<bool> warnings_found_before(const Problems& now, const Problems& before) {
  using Key = std::tuple<std::string, std::string, std::string>;
  std::map<Key, size_t> earlier;
  for (const Problem& p : before)
    if (p.severity == Severity::warning) ++earlier[Key(p.where.file, p.code, p.message)];
  std::vector<bool> old(now.size(), false);
  for (size_t i = 0; i < now.size(); ++i) {
    const Problem& p = now[i];
    if (p.severity != Severity::warning) continue;
    auto found = earlier.find(Key(p.where.file, p.code, p.message));
    if (found == earlier.end() || found->second == 0) continue;
    --found->second;
    old[i] = true;
  }
  return old;
}

}  // namespace advo
