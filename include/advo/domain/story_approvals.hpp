// A story's approvals: the list the file keeps (each sign-off with the
// last day it holds) and the latest one, kept in approved_on/expires_on
// for everything that asks "is it approved now". A renewal adds an
// approval and leaves the earlier ones as they were, so a use of the story
// is judged by the approval in force on the day of that use.
#pragma once

#include <optional>

#include "advo/domain/records.hpp"

namespace advo {

// After reading a file: the old form (approved_on/expires_on and no
// approvals) becomes one approval; then approved_on/expires_on are set
// from the latest approval.
void settle_read_approvals(Story& story);

// After `set` or `story status` changed a copy of `before`: when
// approvals itself was assigned, only the latest is taken from it.
// Otherwise a new approved_on later than the latest approval's date adds
// an approval (with expires_on only if that was given too); the same date
// with another expires_on changes that approval's end; an earlier date
// corrects the latest approval; clearing approved_on clears them all.
void settle_assigned_approvals(const Story& before, Story& after);

// Before writing: approved_on/expires_on set in memory without going
// through settle_assigned_approvals (story add, import) are taken into the
// list as if just assigned. True when the list changed.
bool settle_approvals_for_writing(Story& story);

// The approval in force on `day`: the latest one given on or before it
// (it may have expired by then), or none when none was given by then. A
// story with no list (built in memory) has approved_on/expires_on as its
// one approval.
std::optional<Window> approval_on(const Story& story, Date day);

}  // namespace advo
