#include "advo/domain/story_usability.hpp"

#include <fmt/format.h>

#include "advo/domain/schema.hpp"
#include "advo/domain/story_approvals.hpp"

namespace advo {

std::optional<Scope> consent_scope_for(StoryKind kind) {
  switch (kind) {
    case StoryKind::case_study:
      return Scope::case_study;
    case StoryKind::video:
      return Scope::video;
    case StoryKind::quote:
      return Scope::quote;
    case StoryKind::press_release:
      return Scope::press;
    case StoryKind::none:
    case StoryKind::blog:
    case StoryKind::webinar:
    case StoryKind::review:
      break;
  }
  return std::nullopt;
}

std::string_view to_string(StoryCode code) {
  switch (code) {
    case StoryCode::not_approved:
      return "not-approved";
    case StoryCode::retired:
      return "retired";
    case StoryCode::no_approval_date:
      return "no-approval-date";
    case StoryCode::not_yet_approved:
      return "not-yet-approved";
    case StoryCode::expired:
      return "expired";
    case StoryCode::unknown_advocate:
      return "unknown-advocate";
    case StoryCode::advocate_gone:
      return "advocate-gone";
    case StoryCode::no_consent:
      return "no-consent";
  }
  return "";
}

namespace {

void status_reasons(const Story& s, Date day, std::vector<StoryReason>& out) {
  switch (s.status) {
    case StoryStatus::approved:
    case StoryStatus::published:
      break;
    case StoryStatus::retired:
      // Retired on a day not recorded; its approval dates still tell
      // whether it was ever approved, and from when.
      out.push_back({StoryCode::retired, Sym(), "retired"});
      break;
    case StoryStatus::none:
    case StoryStatus::draft:
    case StoryStatus::in_review:
      out.push_back({StoryCode::not_approved, Sym(), fmt::format("{}, not approved", to_string(s.status))});
      return;
  }
  if (!s.approved_on)
    out.push_back({StoryCode::no_approval_date, Sym(), fmt::format("{} with no approved_on", to_string(s.status))});
  else if (!approval_on(s, day))
    out.push_back({StoryCode::not_yet_approved, Sym(),
                   fmt::format("approved only on {}", (s.approvals.empty() ? s.approved_on : s.approvals[0].from).str())});
}

void advocate_reasons(const Program& program, const Story& s, Date day, std::vector<StoryReason>& out) {
  const std::optional<Scope> scope = consent_scope_for(s.kind);
  for (Sym id : s.advocates) {
    const Advocate* a = program.find_advocate(id.view());
    if (a == nullptr) {
      out.push_back({StoryCode::unknown_advocate, id, fmt::format("features '{}', who has no record", id.view())});
      continue;
    }
    const bool gone = a->stage == Stage::alumni || a->stage == Stage::declined;
    if (gone && (!a->stage_on || a->stage_on <= day))
      out.push_back({StoryCode::advocate_gone, id,
                     a->stage_on ? fmt::format("features {}, {} since {}", id.view(), to_string(a->stage), a->stage_on.str())
                                 : fmt::format("features {}, who is {}", id.view(), to_string(a->stage))});
    if (!scope) continue;
    const Grant& g = a->grant(*scope);
    const std::string_view name = to_string(*scope);
    if (!g.granted)
      out.push_back({StoryCode::no_consent, id, fmt::format("{} has given no {} consent", id.view(), name)});
    else if (day < g.granted)
      out.push_back({StoryCode::no_consent, id, fmt::format("{}'s {} consent only from {}", id.view(), name, g.granted.str())});
    else if (g.expires && day > g.expires)
      out.push_back({StoryCode::no_consent, id, fmt::format("{}'s {} consent expired {}", id.view(), name, g.expires.str())});
  }
}

}  // namespace

std::vector<StoryReason> story_unusable_reasons(const Program& program, const Story& story, Date day) {
  std::vector<StoryReason> out;
  status_reasons(story, day, out);
  // Judged by the approval in force that day, not the latest one.
  const std::optional<Window> approval = approval_on(story, day);
  if (approval && approval->to && approval->to < day)
    out.push_back({StoryCode::expired, Sym(), fmt::format("approval expired {}", approval->to.str())});
  advocate_reasons(program, story, day, out);
  return out;
}

bool story_usable(const Program& program, const Story& story, Date day) {
  return story_unusable_reasons(program, story, day).empty();
}

bool story_expired(const Story& story, Date day) { return story.expires_on && story.expires_on < day; }

bool story_expiring(const Story& story, const Settings& settings, Date day) {
  return story.expires_on && day <= story.expires_on && story.expires_on - day <= settings.expiry_warn_days;
}

}  // namespace advo
