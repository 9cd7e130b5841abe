#include "advo/domain/story_status.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "advo/domain/schema.hpp"

namespace advo {
namespace {

using S = StoryStatus;
constexpr S kFromDraft[] = {S::in_review, S::approved, S::published, S::retired};
constexpr S kFromReview[] = {S::draft, S::approved, S::published, S::retired};
constexpr S kFromApproved[] = {S::published, S::retired};
constexpr S kFromPublished[] = {S::retired};

}  // namespace

std::span<const StoryStatus> allowed_status_moves(StoryStatus from) {
  switch (from) {
    case S::draft:
      return kFromDraft;
    case S::in_review:
      return kFromReview;
    case S::approved:
      return kFromApproved;
    case S::published:
      return kFromPublished;
    case S::none:
    case S::retired:
      break;
  }
  return {};
}

bool can_move_status(StoryStatus from, StoryStatus to) {
  const auto moves = allowed_status_moves(from);
  return std::find(moves.begin(), moves.end(), to) != moves.end();
}

bool needs_approval_date(StoryStatus status) { return status == S::approved || status == S::published; }

std::vector<FieldIssue> story_rule_issues(const Story& story, Date today) {
  std::vector<FieldIssue> out;
  if (needs_approval_date(story.status) && !story.approved_on)
    out.push_back({"approved_on", -1, Severity::error, "approval-date",
                   fmt::format("a story that is {} needs approved_on, the day the customer signed it off",
                               to_string(story.status))});
  if (story.approved_on && story.expires_on && story.expires_on < story.approved_on)
    out.push_back({"expires_on", -1, Severity::error, "value",
                   fmt::format("approval expires ({}) before it was given ({})", story.expires_on.str(),
                               story.approved_on.str())});
  // The earlier approvals; the latest is approved_on/expires_on above.
  for (size_t i = 0; i + 1 < story.approvals.size(); ++i) {
    const Window& w = story.approvals[i];
    if (w.from && w.to && w.to < w.from)
      out.push_back({"approvals", static_cast<int>(i), Severity::error, "value",
                     fmt::format("approval expires ({}) before it was given ({})", w.to.str(), w.from.str())});
  }
  if (story.status == S::published && story.expires_on && story.expires_on < today)
    out.push_back({"expires_on", -1, Severity::error, "story-expired",
                   fmt::format("published story whose approval expired {}: renew the approval or retire the story",
                               story.expires_on.str())});
  return out;
}

}  // namespace advo
