// Ranking the story library against a request's criteria: what
// `advo stories --for REQUEST` lists, and the stories `advo match` shows
// under the advocates.
//
// Only stories usable on the day count (story_usability.hpp). Each is
// scored with the criterion scoring of advo-files(5), MATCHING (match_scoring.hpp) on the
// criteria a story can have — industry, segment, region, products,
// use_cases — with the weights of [match.weights]; recency is left out (it
// measures an advocate's rest, which a story does not need), as are
// country, persona and languages, which a story does not record.
//
//   score = 100 × Σ weight·match / Σ weight over the criteria the request
//           gives, rounded to one decimal
//
// A story that matches none of the given criteria (score 0) does not fit
// and is left out. When the request gives none of these criteria, every
// usable story fits equally and all are listed with score 0.
//
// Order: score descending, then published before approved (a published
// story can be sent as it is), then id. The same input always gives the
// same output.
#pragma once

#include <cstddef>
#include <functional>
#include <vector>

#include "advo/domain/date.hpp"
#include "advo/domain/match_scoring.hpp"
#include "advo/domain/program.hpp"

namespace advo {

struct RankedStory {
  const Story* story = nullptr;
  double score = 0;                   // 0..100, one decimal
  std::vector<CriterionScore> parts;  // one per criterion the request gives, in kStoryCriteria order
};

// The usable stories that fit `criteria` on `day`, best first; at most
// `limit` (0: all). `include` (optional) narrows the candidates first, e.g.
// to the stories a query selects.
std::vector<RankedStory> rank_stories(const Program& program, const Criteria& criteria, Date day, size_t limit = 0,
                                      const std::function<bool(const Story&)>& include = {});

// Whether the criteria give anything stories are scored on with a weight
// above 0.
bool has_story_criteria(const Criteria& criteria, const MatchWeights& weights);

}  // namespace advo
