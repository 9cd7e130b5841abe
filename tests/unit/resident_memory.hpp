// For unit tests of memory use: how much of one mapping this process
// holds in memory.
#pragma once

#include <cstdint>
#include <cstdio>
#include <fstream>
#include <string>

namespace advo::test {

// What of the mapping holding `address` is in this process's memory (its
// resident set), in bytes, from /proc/self/smaps; SIZE_MAX when no mapping
// holds it.
inline size_t resident_bytes(const void* address) {
  std::ifstream smaps("/proc/self/smaps");
  const auto at = reinterpret_cast<uintptr_t>(address);
  std::string line;
  bool inside = false;
  while (std::getline(smaps, line)) {
    uintptr_t begin = 0;
    uintptr_t end = 0;
    if (std::sscanf(line.c_str(), "%lx-%lx ", &begin, &end) == 2 && line.find(' ') > line.find('-')) {
      inside = begin <= at && at < end;
      continue;
    }
    size_t kb = 0;
    if (inside && std::sscanf(line.c_str(), "Rss: %zu kB", &kb) == 1) return kb * 1024;
  }
  return SIZE_MAX;
}

}  // namespace advo::test
