// Which advocates to ask for a request (advo-files(5), MATCHING): every advocate is a
// candidate; the rules of rest (advo-files(5)) for the request's type on day D exclude
// some; all are scored against the request's criteria with the weights of advo-match(1)
// (match_scoring.hpp).
//
//   eligible   by score descending, then fewer asks in (D − 365, D], then
//              id: a tie goes to whoever has been asked less, which spreads
//              asks across the bench
//   excluded   by next available day (none last), then id
//
// The same program, type, criteria and day always give the same order.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "advo/domain/date.hpp"
#include "advo/domain/match_scoring.hpp"
#include "advo/domain/program.hpp"
#include "advo/domain/rest.hpp"

namespace advo {

struct MatchCandidate {
  const Advocate* advocate = nullptr;
  double score = 0;                       // total_score(breakdown)
  std::vector<CriterionScore> breakdown;  // the criteria the request gives, then recency
  std::optional<Ask> last_ask;            // the latest ask dated on or before D
  size_t asks_365 = 0;                    // asks dated in (D − 365, D]
  Availability availability;              // the rules of rest for the type on D
  bool eligible() const { return availability.available(); }
};

struct MatchResult {
  Date on;
  std::vector<MatchCandidate> eligible;  // in rank order
  std::vector<MatchCandidate> excluded;  // by next available day, then id
};

MatchResult match_advocates(const Program& program, const ActivityType& type, const Criteria& criteria, Date on);

// The orders of MatchResult, for anything that re-sorts candidates.
bool ranks_before(const MatchCandidate& a, const MatchCandidate& b);
bool frees_before(const MatchCandidate& a, const MatchCandidate& b);

// The reasons of advo-files(5) RULES OF REST that come from how often the advocate has been asked
// (scheduled, resting, min-gap, cap-quarter, cap-year), as opposed to what
// the advocate's profile says (stage, do not contact, activities, consent,
// unavailable windows). A manager may knowingly break them with
// --override; never the others.
bool limits_asking(RestCode code);

// When nobody is eligible, the nearest excluded advocates, at most `count`:
//
//   1. free soonest: the one with the earliest next available day (ties:
//      rank order);
//   2. best fit: then, in rank order, those held back only by timed
//      reasons that limit asking (limits_asking), who could be asked now
//      with --override;
//   3. until `count` are found, the next by next available day.
//
// Each excluded advocate appears once. Those without a next available day
// never appear: nothing but a change to their profile makes them
// eligible.
enum class Nearness : uint8_t { free_soonest, best_fit };
struct NearCandidate {
  size_t excluded;  // index into MatchResult::excluded
  Nearness why;
};
std::vector<NearCandidate> nearest_candidates(const MatchResult& result, size_t count = 3);

}  // namespace advo
