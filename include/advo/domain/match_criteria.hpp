// The match criteria described once (advo-files(5), MATCHING): for each, its
// name — the field of a request's criteria and of a candidate's profile, the
// key of [match.weights] and of the JSON breakdown —, its weight, its
// command-line option and how it matches. Scoring, the breakdown, the
// settings reader and the option lists are derived from this table.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "advo/domain/records.hpp"
#include "advo/domain/schema.hpp"
#include "advo/domain/settings.hpp"

namespace advo {

enum class Criterion : uint8_t { industry, segment, region, country, products, use_cases, persona, languages, recency };
inline constexpr size_t kCriterionCount = 9;

// How a criterion's wanted value is compared with what a candidate has.
enum class MatchRule : uint8_t {
  single_value,   // 1 when equal ignoring case
  share_of_list,  // the share of the wanted values the candidate has
  any_shared,     // 1 when one wanted value is shared
  recency,        // min(1, days since the last ask / 365), 1 for never asked
};

struct CriterionInfo {
  Criterion id;
  std::string_view name;         // field, [match.weights] key and JSON key
  double MatchWeights::*weight;  // its weight in [match.weights]
  std::string_view option;       // the option giving it on the command line; empty for recency
  MatchRule rule;
  bool of_stories;  // stories have it and can be scored on it
};

// In Criterion order: kMatchCriteria[i].id is Criterion i.
inline constexpr std::array<CriterionInfo, kCriterionCount> kMatchCriteria = {{
    {Criterion::industry, "industry", &MatchWeights::industry, "--industry", MatchRule::single_value, true},
    {Criterion::segment, "segment", &MatchWeights::segment, "--segment", MatchRule::single_value, true},
    {Criterion::region, "region", &MatchWeights::region, "--region", MatchRule::single_value, true},
    {Criterion::country, "country", &MatchWeights::country, "--country", MatchRule::single_value, false},
    {Criterion::products, "products", &MatchWeights::products, "--products", MatchRule::share_of_list, true},
    {Criterion::use_cases, "use_cases", &MatchWeights::use_cases, "--use-cases", MatchRule::share_of_list, true},
    {Criterion::persona, "persona", &MatchWeights::persona, "--persona", MatchRule::single_value, false},
    {Criterion::languages, "languages", &MatchWeights::languages, "--languages", MatchRule::any_shared, false},
    {Criterion::recency, "recency", &MatchWeights::recency, "", MatchRule::recency, false},
}};

constexpr const CriterionInfo& info_of(Criterion c) { return kMatchCriteria[static_cast<size_t>(c)]; }

// What a request's criteria or a candidate's profile holds for a criterion:
// text for a single value, a list otherwise; nothing for recency.
struct CriterionValue {
  std::string_view text;
  const SymList* list = nullptr;
};

// The one place the criteria's fields are named (a Profile is a Criteria).
inline CriterionValue criterion_value(const Criteria& f, Criterion c) {
  switch (c) {
    case Criterion::industry: return {f.industry.view()};
    case Criterion::segment: return {to_string(f.segment)};
    case Criterion::region: return {f.region.view()};
    case Criterion::country: return {f.country.view()};
    case Criterion::products: return {{}, &f.products};
    case Criterion::use_cases: return {{}, &f.use_cases};
    case Criterion::persona: return {f.persona.view()};
    case Criterion::languages: return {{}, &f.languages};
    case Criterion::recency: return {};
  }
  return {};
}

}  // namespace advo
