// Whether a story may be used — sent to a prospect, published, shown — on a
// given day, and why not. Pure functions of the program and the day.
//
// A story is usable on day D when none of these reasons holds:
//
//   not-approved      its status is draft or in-review
//   retired           its status is retired
//   no-approval-date  its status is approved, published or retired but
//                     approved_on is not set
//   not-yet-approved  no approval was given on or before D (approved,
//                     published or retired)
//   expired           the approval in force on D (the latest given on or
//                     before it) ended before D: it holds through its
//                     `expires` itself, as a consent's `expires` does
//   unknown-advocate  a featured advocate (`advocates`) has no record
//   advocate-gone     a featured advocate is in stage alumni or declined,
//                     since stage_on ≤ D (or with no stage_on at all)
//   no-consent        the story's kind needs a consent scope (below) and a
//                     featured advocate has no grant of it with
//                     granted ≤ D ≤ expires (no expiry: open-ended)
//
// The consent a featured advocate must have given, by story kind:
//
//   case-study → case-study   video → video   quote → quote
//   press-release → press     blog, webinar, review → none
//
// A do-not-contact advocate does not make a story unusable: the flag stops
// asks of the person, not the use of what they already approved.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "advo/domain/date.hpp"
#include "advo/domain/program.hpp"
#include "advo/domain/records.hpp"
#include "advo/domain/settings.hpp"

namespace advo {

// The consent scope each featured advocate needs for a story of `kind`.
std::optional<Scope> consent_scope_for(StoryKind kind);

enum class StoryCode : uint8_t {
  not_approved,
  retired,
  no_approval_date,
  not_yet_approved,
  expired,
  unknown_advocate,
  advocate_gone,
  no_consent,
};
std::string_view to_string(StoryCode code);  // "not-approved", "advocate-gone", …

struct StoryReason {
  StoryCode code;
  Sym advocate;  // the featured advocate a reason is about, if any
  std::string message;
};

// Every reason that keeps the story from use on `day`, in the order of the
// table above (advocate reasons in the order of `advocates`); empty when
// the story is usable.
std::vector<StoryReason> story_unusable_reasons(const Program& program, const Story& story, Date day);
bool story_usable(const Program& program, const Story& story, Date day);

// The approval has ended: expires_on is before `day`.
bool story_expired(const Story& story, Date day);
// The approval ends soon: day ≤ expires_on ≤ day + staleness.expiry_warn_days.
bool story_expiring(const Story& story, const Settings& settings, Date day);

}  // namespace advo
