// The story workflow (advo-files(5)) and the rules a story record keeps.
//
// A story moves forward through
//
//   draft → in-review → approved → published → retired
//
// and may skip steps (a customer may sign off a draft directly; a draft
// that is abandoned is retired). The one move back is in-review → draft,
// when changes are asked for. Nothing moves back from approved: a renewed
// approval is new dates (approved_on, expires_on), not a new status. A
// retired story stays retired.
//
// Rules of the record, checked by `advo check` and by every command that
// writes a story:
//   - approved and published need approved_on (the day the customer
//     signed off);
//   - expires_on is not before approved_on;
//   - a published story's approval has not expired (expires_on is not
//     before today): renew the approval or retire the story.
#pragma once

#include <span>
#include <vector>

#include "advo/domain/date.hpp"
#include "advo/domain/field_values.hpp"
#include "advo/domain/records.hpp"

namespace advo {

// The statuses a story in `from` may move to, in workflow order.
std::span<const StoryStatus> allowed_status_moves(StoryStatus from);
bool can_move_status(StoryStatus from, StoryStatus to);

// Whether a story in this status must have approved_on.
bool needs_approval_date(StoryStatus status);

// The rules above, as errors on the fields they are about (codes
// approval-date, value, story-expired).
std::vector<FieldIssue> story_rule_issues(const Story& story, Date today);

}  // namespace advo
