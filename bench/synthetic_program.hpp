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

class Random;

// How full records are. realistic: every optional field at the rate a
// real program uses it, notes and reasons of a few sentences; heavy: every
// optional field filled, long notes.
enum class Fill { realistic, heavy };

struct ProgramSize {
  std::string_view name;
  size_t advocates;
  size_t stories;
  size_t requests;
  size_t engagements;
  Fill fill = Fill::realistic;
};

// The chance of each optional field (0 to 1) and the lengths of notes,
// in sentences, for a fill.
struct FillRates {
  double phone;
  double topics;
  double extra_consent;  // each scope no ask of the advocate needs
  double consent_expires;
  double nps;
  double limits;
  double unavailable;
  size_t max_windows;
  double commitment;
  double commitment_note;
  double verified;
  double moved;  // an alumni advocate has a record at a new job (advo move)
  double tags;
  double advocate_notes;
  double renewal;  // a story approved again later
  double story_notes;
  double story_tags;
  double request_notes;
  double engagement_notes;
  double override_ask;  // an ask a rule of rest blocks is made all the same
  size_t reason_sentences;  // at most, in a nomination reason or a window's reason
  size_t min_note_sentences;
  size_t max_note_sentences;
  bool paragraphs;  // notes of two paragraphs
  bool every_field;  // requests name every criterion and a story
};
const FillRates& fill_rates(Fill fill);

// Some of `sentences`, distinct, one after the other: between `least`
// and `most` of them, in two paragraphs when `paragraphs`.
std::string prose(std::span<const std::string_view> sentences, size_t least, size_t most, bool paragraphs,
                  Random& random);

// small, medium, large and heavy of the benchmark.
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
// spaced by the rules of rest or record an override, and stories are used
// only while usable, so `advo check` finds no error (warnings only).
SyntheticProgram generate_program(const ProgramSize& size, Date today, uint64_t seed);

// The parts, in the order generate_program runs them. Stories add the
// consent their featured advocates need.
std::vector<Advocate> generate_advocates(size_t count, Date today, const FillRates& fill, Random& random);
std::vector<Engagement> generate_engagements(const std::vector<Advocate>& advocates, size_t count, Date today,
                                             const Settings& settings, const FillRates& fill, Random& random);
std::vector<Story> generate_stories(std::vector<Advocate>& advocates, std::vector<Engagement>& engagements,
                                    size_t count, Date today, const FillRates& fill, Random& random);
std::vector<Request> generate_requests(const std::vector<Advocate>& advocates, std::vector<Engagement>& engagements,
                                       const std::vector<Story>& stories, size_t count, Date today,
                                       const Settings& settings, const FillRates& fill, Random& random);

}  // namespace advo::bench
