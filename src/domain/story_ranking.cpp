#include "advo/domain/story_ranking.hpp"

#include <algorithm>

#include "advo/domain/story_usability.hpp"

namespace advo {

bool has_story_criteria(const Criteria& criteria, const MatchWeights& weights) {
  Profile nothing;
  for (const CriterionScore& part : score_criteria(criteria, nothing, weights, kStoryCriteria))
    if (part.weight > 0) return true;
  return false;
}

std::vector<RankedStory> rank_stories(const Program& program, const Criteria& criteria, Date day, size_t limit,
                                      const std::function<bool(const Story&)>& include) {
  const MatchWeights& weights = program.settings.weights;
  const bool any_criterion = has_story_criteria(criteria, weights);
  std::vector<RankedStory> out;
  for (const Story& s : program.stories) {
    if (include && !include(s)) continue;
    if (!story_usable(program, s, day)) continue;
    RankedStory r;
    r.story = &s;
    r.parts = score_criteria(criteria, profile_of(s), weights, kStoryCriteria);
    r.score = total_score(r.parts);
    if (any_criterion && r.score <= 0) continue;
    out.push_back(std::move(r));
  }
  std::sort(out.begin(), out.end(), [](const RankedStory& x, const RankedStory& y) {
    if (x.score != y.score) return x.score > y.score;
    const bool xp = x.story->status == StoryStatus::published;
    const bool yp = y.story->status == StoryStatus::published;
    if (xp != yp) return xp;
    return x.story->id.view() < y.story->id.view();
  });
  if (limit > 0 && out.size() > limit) out.resize(limit);
  return out;
}

}  // namespace advo
