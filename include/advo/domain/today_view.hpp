// What needs doing today (`advo today`): requests due or overdue, open
// requests not yet matched, engagements still scheduled after their day,
// nominations aging, advocates coming off rest, stale profiles, expiring
// consents and stories; each item with the action that deals with it. The
// actions are what to do and on which record; how they are written as
// command lines is the command line's business.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "advo/domain/program.hpp"

namespace advo {

// In the order of urgency the view lists them: requests overdue and due,
// what may already be wrong (a published story without approval, an
// engagement the log does not settle), then what is coming.
enum class TodayKind : uint8_t {
  request_overdue,
  request_due,
  story_expired,
  engagement_unrecorded,
  request_unmatched,
  consent_expiring,
  story_expiring,
  nomination_aging,
  off_rest,
  profile_stale,
};
std::string_view to_string(TodayKind k);  // "request-overdue", …

// What the manager can do about an item.
enum class TodayActionKind : uint8_t {
  match_request,         // find advocates for the request `id`
  log_engagement,        // log `advocate`'s `type` engagement for the request `id`
  close_request,         // close the request `id` as fulfilled
  engagement_done,       // record that the engagement `id` took place
  engagement_cancel,     // record that the engagement `id` did not take place
  show_rest,             // look at the advocate `id`'s rest
  qualify_nomination,    // move the nominated advocate `id` to qualified
  verify_profile,        // mark the advocate `id`'s profile verified
  edit_advocate,         // edit the advocate `id` (renew a consent)
  renew_story_approval,  // give the story `id` a new expiry date (the manager picks it)
  retire_story,          // retire the story `id`
};

struct TodayAction {
  TodayActionKind kind;
  std::string id;        // the record the action is on
  std::string advocate;  // log_engagement: who is logged
  std::string type;      // log_engagement: the activity type
};

struct TodayItem {
  TodayKind kind;
  std::string id;       // the record it is about
  Date date;            // needed by (none: invalid), nominated on, free on, verified on, expires on
  std::string message;  // what is the matter, in words
  TodayAction action;   // what deals with it
  // engagement_unrecorded: what deals with it if the engagement did not
  // take place (then `action` does not apply).
  std::optional<TodayAction> otherwise;
};

// The items in the order of TodayKind, each kind sorted by urgency; the
// windows are the program's [today] settings.
std::vector<TodayItem> morning_view(const Program& p, Date today);

}  // namespace advo
