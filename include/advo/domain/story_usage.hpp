// The records that use a story, and the day each one uses it on: what
// `advo show STORY` lists and what `advo check` judges.
//
// A request uses the stories in its `stories`:
//   - open, matched, scheduled: today — they are still to be sent, so they
//     must be usable now;
//   - fulfilled, unfulfilled, cancelled: on fulfilled_on when it is set
//     (the day the request was answered), else on requested_on.
// An engagement uses its `story` on its date when its outcome is completed
// or scheduled (a declined, cancelled or no-show engagement used nothing),
// unless its advocate is one of the story's featured advocates: then it is
// the advocate's own work on the story (the interview for a case study, the
// filming of a video), which comes before the approval.
#pragma once

#include <string_view>
#include <vector>

#include "advo/domain/date.hpp"
#include "advo/domain/program.hpp"

namespace advo {

struct StoryReference {
  const Request* request = nullptr;        // one of these two is set
  const Engagement* engagement = nullptr;
  Date day;                                // the day of the use (see above)
  bool use = true;                         // false for an engagement that used nothing
};

// The day a request uses its stories.
Date story_use_day(const Request& request, Date today);
// Whether an engagement that names a story uses it (see above).
bool engagement_uses_story(const Engagement& engagement, const Story& story);

// Every request and engagement naming the story: requests by id, then
// engagements by date and id.
std::vector<StoryReference> story_references(const Program& program, const Story& story, Date today);

}  // namespace advo
