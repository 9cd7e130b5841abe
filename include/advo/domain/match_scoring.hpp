// Scoring a profile against a request's criteria (advo-files(5), MATCHING). Shared
// by advocate matching and story ranking so both weigh criteria the same.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "advo/domain/date.hpp"
#include "advo/domain/match_criteria.hpp"
#include "advo/domain/records.hpp"
#include "advo/domain/settings.hpp"

namespace advo {

std::string_view to_string(Criterion c);  // "industry", "use_cases", …
double weight_of(const MatchWeights& weights, Criterion c);

// What a candidate offers for the criteria: an advocate's or a story's
// fields (stories have no country, persona or languages). They are the
// fields a request asks for, so a profile is a Criteria, read through
// criterion_value (match_criteria.hpp).
using Profile = Criteria;
Profile profile_of(const Advocate& a);
Profile profile_of(const Story& s);

// One criterion's part of a score.
struct CriterionScore {
  Criterion criterion;
  std::string wanted;  // the request's value(s), ", "-joined; for recency the last ask or "never"
  std::string has;     // the candidate's value(s)
  double match = 0;    // 0..1
  double weight = 0;
  double points = 0;   // weight × match
};

// The criteria the request gives, each matched 0..1 by its MatchRule
// (match_criteria.hpp): single values equal ignoring case; products and use
// cases the share of the requested values the candidate has; languages 1
// when one is shared. Criteria not in
// `considered` are left out (stories are not scored on what they cannot
// have).
std::vector<CriterionScore> score_criteria(const Criteria& wanted, const Profile& has, const MatchWeights& weights,
                                           std::span<const Criterion> considered);

// Recency: min(1, days since the last ask / 365), 1 for never asked.
CriterionScore score_recency(std::optional<Date> last_ask, Date day, const MatchWeights& weights);

// 100 × Σ points / Σ weight, rounded to one decimal; 0 when no weight.
double total_score(std::span<const CriterionScore> parts);

// Every criterion but recency, for advocates; the ones stories can be
// scored on (CriterionInfo::of_stories).
extern const std::array<Criterion, 8> kAdvocateCriteria;
extern const std::array<Criterion, 5> kStoryCriteria;

}  // namespace advo
