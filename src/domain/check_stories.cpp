// The checks of the story library: the rules of a story record, approvals
// that have ended or are about to, published stories featuring people who
// left the program, and requests and engagements that use a story on a day
// it was not usable (story_usage.hpp says which day that is).
#include <fmt/format.h>

#include "advo/domain/check.hpp"
#include "advo/domain/schema.hpp"
#include "advo/domain/story_status.hpp"
#include "advo/domain/story_usability.hpp"
#include "advo/domain/story_usage.hpp"

namespace advo {
namespace {

// Whether a reason that holds on a day before today can be told from the
// files. Dates are facts (approved_on, expires_on, stage_on, a grant's
// days). A status is today's: a story is retired at some day not recorded,
// so a use before today is not judged by it — but a draft or in-review
// story was never approved, as nothing moves back from approved. An
// advocate's stage counts only with the stage_on it began; a missing grant
// cannot be told from one withdrawn and removed since. Featured advocates
// without a record are reported as references that do not exist.
bool judged_on(const StoryReason& reason, const Program& program, const Story& story, Date day, Date today) {
  if (reason.code == StoryCode::unknown_advocate) return false;
  if (day >= today) return true;
  switch (reason.code) {
    case StoryCode::not_approved:
    case StoryCode::no_approval_date:
    case StoryCode::not_yet_approved:
    case StoryCode::expired:
      return true;
    case StoryCode::retired:
    case StoryCode::unknown_advocate:
      return false;
    case StoryCode::advocate_gone: {
      const Advocate* a = program.find_advocate(reason.advocate.view());
      return a != nullptr && a->stage_on.valid();
    }
    case StoryCode::no_consent: {
      const Advocate* a = program.find_advocate(reason.advocate.view());
      const auto scope = consent_scope_for(story.kind);
      return a != nullptr && scope && a->grant(*scope).granted.valid();
    }
  }
  return false;
}

std::string judged_reasons(const Program& program, const Story& story, Date day, Date today) {
  std::string out;
  for (const StoryReason& r : story_unusable_reasons(program, story, day))
    if (judged_on(r, program, story, day, today)) out += (out.empty() ? "" : "; ") + r.message;
  return out;
}

// Which day a request's use was judged on, in words.
std::string day_name(const Request& r) {
  if (r.status == RequestStatus::open || r.status == RequestStatus::matched || r.status == RequestStatus::scheduled)
    return fmt::format("today, the request being {}", to_string(r.status));
  return r.fulfilled_on ? "its fulfilled_on" : "its requested_on";
}

}  // namespace

void check_story_rules(const Program& program, Date today, Findings& out) {
  for (const Story& s : program.stories)
    for (FieldIssue& issue : story_rule_issues(s, today)) {
      // A missing approved_on is shown at the status that needs it; the
      // latest approval's dates at its item of approvals.
      if (issue.code == "approval-date") {
        issue.path = "status";
      } else if ((issue.path == "approved_on" || issue.path == "expires_on") && !s.approvals.empty()) {
        issue.path = "approvals";
        issue.item = static_cast<int>(s.approvals.size()) - 1;
      }
      out.push_back(Finding{s.origin, std::move(issue.path), issue.item, issue.severity, std::move(issue.code),
                            std::move(issue.message)});
    }
}

void check_story_expiry(const Program& program, Date today, Findings& out) {
  for (const Story& s : program.stories) {
    const bool in_use = s.status == StoryStatus::approved || s.status == StoryStatus::published;
    if (in_use && story_expiring(s, program.settings, today)) {
      const int32_t days = s.expires_on - today;
      out.push_back(Finding{s.origin, "approvals", static_cast<int>(s.approvals.size()) - 1, Severity::warning,
                            "story-expiring",
                            fmt::format("approval of this {} story expires {} ({}), within the {} days of "
                                        "staleness.expiry_warn_days",
                                        to_string(s.status), s.expires_on.str(),
                                        days == 0   ? std::string("today")
                                        : days == 1 ? std::string("tomorrow")
                                                    : fmt::format("in {} days", days),
                                        program.settings.expiry_warn_days)});
    }
  }
}

void check_story_advocates(const Program& program, Date today, Findings& out) {
  for (const Story& s : program.stories) {
    if (s.status != StoryStatus::published) continue;
    for (const StoryReason& r : story_unusable_reasons(program, s, today)) {
      if (r.code != StoryCode::advocate_gone) continue;
      int item = 0;
      for (Sym id : s.advocates) {
        if (id == r.advocate) break;
        ++item;
      }
      out.push_back(Finding{s.origin, "advocates", item, Severity::warning, "story-advocate-gone",
                            fmt::format("published story, not usable today: {}", r.message)});
    }
  }
}

void check_story_uses(const Program& program, Date today, Findings& out) {
  for (const Request& r : program.requests) {
    int item = 0;
    for (Sym id : r.stories) {
      const Story* s = program.find_story(id.view());
      const Date day = story_use_day(r, today);
      if (s != nullptr && day) {
        const std::string reasons = judged_reasons(program, *s, day, today);
        if (!reasons.empty())
          out.push_back(Finding{r.origin, "stories", item, Severity::error, "unusable-story",
                                fmt::format("uses story '{}' on {} ({}), when the story is not usable: {}", id.view(),
                                            day.str(), day_name(r), reasons)});
      }
      ++item;
    }
  }
  for (const Engagement& e : program.engagements) {
    if (e.story.empty() || !e.date) continue;
    const Story* s = program.find_story(e.story.view());
    if (s == nullptr || !engagement_uses_story(e, *s)) continue;
    const std::string reasons = judged_reasons(program, *s, e.date, today);
    if (!reasons.empty())
      out.push_back(Finding{e.origin, "story", -1, Severity::error, "unusable-story",
                            fmt::format("uses story '{}' on {} (the engagement's date), when the story is not "
                                        "usable: {}",
                                        e.story.view(), e.date.str(), reasons)});
  }
}

}  // namespace advo
