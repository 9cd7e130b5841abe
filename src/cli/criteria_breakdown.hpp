// A score broken down by criterion, as JSON: the `breakdown` of `advo
// match --format json` (per advocate) and of `advo stories --for --format
// json` (per story), in one shape (advo-match(1), JSON).
#pragma once

#include <optional>
#include <span>

#include "advo/domain/match_scoring.hpp"
#include "advo/render/json.hpp"

namespace advo::cli {

// One object keyed by criterion, in the order scored:
//   {"industry": {"wanted": "healthcare", "has": "healthcare", "match": 1, "points": 3}, …}
// `wanted` (from the criteria) and `has` (from the profile scored) are
// text, arrays for products, use_cases and languages, null when absent;
// for recency `wanted` is null and `has` the day of `last_ask` (null:
// never asked). Match and points are rounded to four decimals.
Json criteria_breakdown_json(const Criteria& wanted, const Profile& has, std::span<const CriterionScore> parts,
                             std::optional<Date> last_ask = std::nullopt);

}  // namespace advo::cli
