// What needs doing today (`advo today`): requests due or overdue,
// engagements still scheduled after their day,
// nominations aging, advocates coming off rest, stale profiles, expiring
// consents and stories; each item with the command that deals with it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "advo/domain/program.hpp"

namespace advo {

enum class TodayKind : uint8_t {
  request_overdue,
  request_due,
  engagement_unrecorded,
  nomination_aging,
  off_rest,
  profile_stale,
  consent_expiring,
  story_expiring,
  story_expired,
};
std::string_view to_string(TodayKind k);  // "request-overdue", …

struct TodayItem {
  TodayKind kind;
  std::string id;       // the record it is about
  Date date;            // needed by, nominated on, free on, verified on, expires on
  std::string message;  // what is the matter, in words
  std::string command;  // the advo command that deals with it
};

// Requests due within this many days count as due (72 hours).
inline constexpr int32_t kRequestDueDays = 3;
// Advocates coming off rest within this many days are listed.
inline constexpr int32_t kOffRestDays = 7;

// The items in the order of TodayKind, each kind sorted by urgency.
std::vector<TodayItem> morning_view(const Program& p, Date today);

}  // namespace advo
