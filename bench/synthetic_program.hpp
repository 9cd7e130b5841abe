// Deterministic synthetic programs for the benchmark: the same size and
// seed always give the same records, byte for byte.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "advo/domain/date.hpp"
#include "advo/domain/records.hpp"
#include "advo/domain/settings.hpp"

namespace advo::bench {

struct ProgramSize {
  std::string_view name;
  size_t advocates;
  size_t stories;
  size_t requests;
  size_t engagements;
};

// small, medium and large of the benchmark.
std::optional<ProgramSize> named_size(std::string_view name);
std::span<const ProgramSize> named_sizes();

// A small, fast, portable random generator (splitmix64): the standard
// library's distributions differ between implementations.
class Random {
 public:
  explicit Random(uint64_t seed) : state_(seed) {}
  uint64_t next();
  // Uniform in [0, n); n > 0.
  size_t below(size_t n);
  // Uniform in [lo, hi].
  int64_t between(int64_t lo, int64_t hi);
  bool chance(double p);
  template <class T>
  const T& pick(std::span<const T> items) {
    return items[below(items.size())];
  }
  // An index drawn with the given weights.
  size_t weighted(std::span<const unsigned> weights);

 private:
  uint64_t state_;
};

struct SyntheticProgram {
  std::string settings_text;  // advo.toml
  std::vector<Advocate> advocates;
  std::vector<Story> stories;
  std::vector<Request> requests;
  std::vector<Engagement> engagements;
};

// The settings the synthetic programs use: advo init's defaults.
const Settings& synthetic_settings();

// Builds a program of `size` whose "today" is `today`. Its engagements
// cover the 36 months up to today and a few weeks after it; asks are
// spaced by the rules of rest, so `advo check` finds nothing to report.
SyntheticProgram generate_program(const ProgramSize& size, Date today, uint64_t seed);

// The parts, in the order generate_program runs them. Stories add the
// consent their featured advocates need.
std::vector<Advocate> generate_advocates(size_t count, Date today, Random& random);
std::vector<Engagement> generate_engagements(const std::vector<Advocate>& advocates, size_t count, Date today,
                                             const Settings& settings, Random& random);
std::vector<Story> generate_stories(std::vector<Advocate>& advocates, std::vector<Engagement>& engagements,
                                    size_t count, Date today, Random& random);
std::vector<Request> generate_requests(const std::vector<Advocate>& advocates, std::vector<Engagement>& engagements,
                                       const std::vector<Story>& stories, size_t count, Date today,
                                       const Settings& settings, Random& random);

}  // namespace advo::bench
