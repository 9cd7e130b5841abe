#include "advo/domain/story_usage.hpp"

namespace advo {

Date story_use_day(const Request& request, Date today) {
  switch (request.status) {
    case RequestStatus::open:
    case RequestStatus::matched:
    case RequestStatus::scheduled:
      return today;
    case RequestStatus::none:
    case RequestStatus::fulfilled:
    case RequestStatus::unfulfilled:
    case RequestStatus::cancelled:
      break;
  }
  return request.fulfilled_on ? request.fulfilled_on : request.requested_on;
}

bool engagement_uses_story(const Engagement& engagement, const Story& story) {
  if (engagement.outcome != Outcome::completed && engagement.outcome != Outcome::scheduled) return false;
  return !contains(story.advocates, engagement.advocate);
}

std::vector<StoryReference> story_references(const Program& program, const Story& story, Date today) {
  std::vector<StoryReference> out;
  for (const Request& r : program.requests)
    if (contains(r.stories, story.id)) out.push_back(StoryReference{&r, nullptr, story_use_day(r, today), true});
  for (const Engagement& e : program.engagements)
    if (e.story == story.id) out.push_back(StoryReference{nullptr, &e, e.date, engagement_uses_story(e, story)});
  return out;
}

}  // namespace advo
