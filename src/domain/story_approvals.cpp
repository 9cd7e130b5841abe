// A story's list of approvals and the latest one kept beside it
// (story_approvals.hpp).
#include "advo/domain/story_approvals.hpp"

#include <vector>

namespace advo {
namespace {

void keep_latest(Story& story) {
  if (story.approvals.empty()) {
    story.approved_on = Date();
    story.expires_on = Date();
    return;
  }
  const Window& latest = story.approvals[story.approvals.size() - 1];
  story.approved_on = latest.from;
  story.expires_on = latest.to;
}

}  // namespace

void settle_read_approvals(Story& story) {
  if (story.approvals.empty() && (story.approved_on || story.expires_on))
    story.approvals = WindowList(std::vector<Window>{Window{story.approved_on, story.expires_on, Sym()}});
  keep_latest(story);
}

void settle_assigned_approvals(const Story& before, Story& after) {
  if (!(after.approvals == before.approvals)) {
    keep_latest(after);
    return;
  }
  if (after.approved_on == before.approved_on && after.expires_on == before.expires_on) return;
  std::vector<Window> list(after.approvals.begin(), after.approvals.end());
  if (!after.approved_on) {
    list.clear();
  } else if (list.empty()) {
    list.push_back(Window{after.approved_on, after.expires_on, Sym()});
  } else if (after.approved_on > list.back().from) {
    const Date expires = after.expires_on == before.expires_on ? Date() : after.expires_on;
    list.push_back(Window{after.approved_on, expires, Sym()});
  } else {
    list.back().from = after.approved_on;
    list.back().to = after.expires_on;
  }
  after.approvals = WindowList(list);
  keep_latest(after);
}

bool settle_approvals_for_writing(Story& story) {
  if (story.approvals.empty()) {
    if (!story.approved_on && !story.expires_on) return false;
    settle_read_approvals(story);
    return true;
  }
  Story kept = story;
  keep_latest(kept);
  if (kept.approved_on == story.approved_on && kept.expires_on == story.expires_on) return false;
  settle_assigned_approvals(kept, story);
  return true;
}

std::optional<Window> approval_on(const Story& story, Date day) {
  if (story.approvals.empty()) {
    if (story.approved_on && story.approved_on <= day) return Window{story.approved_on, story.expires_on, Sym()};
    return std::nullopt;
  }
  std::optional<Window> found;
  for (const Window& w : story.approvals)
    if (w.from && w.from <= day && (!found || found->from <= w.from)) found = w;
  return found;
}

}  // namespace advo
