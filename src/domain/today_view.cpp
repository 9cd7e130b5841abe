#include "advo/domain/today_view.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "advo/domain/engagement_kinds.hpp"
#include "advo/domain/engagement_query.hpp"
#include "advo/domain/report.hpp"
#include "advo/domain/rest.hpp"
#include "advo/domain/schema.hpp"

namespace advo {

std::string_view to_string(TodayKind k) {
  switch (k) {
    case TodayKind::request_overdue: return "request-overdue";
    case TodayKind::request_due: return "request-due";
    case TodayKind::request_unmatched: return "request-unmatched";
    case TodayKind::engagement_unrecorded: return "engagement-unrecorded";
    case TodayKind::nomination_aging: return "nomination-aging";
    case TodayKind::off_rest: return "off-rest";
    case TodayKind::profile_stale: return "profile-stale";
    case TodayKind::consent_expiring: return "consent-expiring";
    case TodayKind::story_expiring: return "story-expiring";
    case TodayKind::story_expired: return "story-expired";
  }
  return "";
}

namespace {

TodayAction on(TodayActionKind kind, std::string id) { return TodayAction{kind, std::move(id), {}, {}}; }

// The advocate's name as the message says it; the id when there is none.
std::string_view advocate_name(const Program& p, Sym id) {
  const Advocate* a = p.find_advocate(id.view());
  return a && !a->name.empty() ? a->name.view() : id.view();
}

std::string days_text(int64_t n) { return fmt::format("{} day{}", n, n == 1 ? "" : "s"); }

std::string when_text(int64_t days_left) {
  if (days_left == 0) return "today";
  if (days_left > 0) return "in " + days_text(days_left);
  return days_text(-days_left) + " ago";
}

void requests_due(const Program& p, Date today, std::vector<TodayItem>& out) {
  std::vector<TodayItem> items;
  for (const Request& r : p.requests) {
    const bool in_progress =
        r.status == RequestStatus::open || r.status == RequestStatus::matched || r.status == RequestStatus::scheduled;
    if (!in_progress || !r.needed_by.valid() || r.needed_by - today > p.settings.today.due_within_days) continue;
    const int32_t left = r.needed_by - today;
    const bool overdue = left < 0;
    std::string who = r.opportunity.account.empty() ? std::string() : " for " + r.opportunity.account.str();
    std::string message = fmt::format("{} {} request{}, needed by {} ({})", to_string(r.status), r.type.view(), who,
                                      r.needed_by.str(), overdue ? days_text(-left) + " overdue" : "due " + when_text(left));
    TodayAction action{TodayActionKind::match_request, r.id.str(), {}, {}};
    if (r.status == RequestStatus::matched && r.advocates.size() > 0)
      action = {TodayActionKind::log_engagement, r.id.str(), (*r.advocates.begin()).str(), r.type.str()};
    else if (r.status == RequestStatus::scheduled)
      action = {TodayActionKind::close_request, r.id.str(), {}, {}};
    items.push_back(TodayItem{overdue ? TodayKind::request_overdue : TodayKind::request_due, r.id.str(), r.needed_by,
                              std::move(message), std::move(action), std::nullopt});
  }
  std::stable_sort(items.begin(), items.end(), [](const TodayItem& x, const TodayItem& y) {
    return x.kind != y.kind ? x.kind < y.kind : x.date < y.date;
  });
  out.insert(out.end(), items.begin(), items.end());
}

// Open requests nobody is matched to yet, but for those requests_due lists:
// the soonest needed first, those without a day last.
void requests_unmatched(const Program& p, Date today, std::vector<TodayItem>& out) {
  std::vector<TodayItem> items;
  for (const Request& r : p.requests) {
    if (r.status != RequestStatus::open || r.advocates.size() > 0) continue;
    if (r.needed_by.valid() && r.needed_by - today <= p.settings.today.due_within_days) continue;
    std::string who = r.opportunity.account.empty() ? std::string() : " for " + r.opportunity.account.str();
    std::string when = r.needed_by.valid()
                           ? fmt::format("needed by {} ({})", r.needed_by.str(), when_text(r.needed_by - today))
                           : std::string("no needed_by day");
    items.push_back(TodayItem{TodayKind::request_unmatched, r.id.str(), r.needed_by,
                              fmt::format("{} request{} not matched yet, {}", r.type.view(), who, when),
                              on(TodayActionKind::match_request, r.id.str()), std::nullopt});
  }
  std::stable_sort(items.begin(), items.end(), [](const TodayItem& x, const TodayItem& y) {
    if (x.date.valid() != y.date.valid()) return x.date.valid();
    return x.date != y.date ? x.date < y.date : x.id < y.id;
  });
  out.insert(out.end(), items.begin(), items.end());
}

void off_rest(const Program& p, Date today, std::vector<TodayItem>& out) {
  const RestPolicy policy(p.settings);
  const EngagementKinds kinds(p.settings);
  std::vector<TodayItem> items;
  for (const Advocate& a : p.advocates) {
    if (a.stage != Stage::active) continue;
    const std::vector<const ActivityType*> types = willing_ask_types(a, p.settings);
    if (types.empty()) continue;
    const std::vector<Ask> asks = kinds.asks(p, a);
    std::vector<std::pair<Date, std::string>> freed;
    for (const ActivityType* t : types) {
      const Availability av = policy.availability(a, asks, *t, today);
      if (av.available() || !av.next_available.valid()) continue;
      const int32_t left = av.next_available - today;
      if (left >= 1 && left <= p.settings.today.off_rest_within_days) freed.emplace_back(av.next_available, t->name);
    }
    if (freed.empty()) continue;
    std::sort(freed.begin(), freed.end());
    std::string what;
    for (size_t i = 0; i < freed.size(); ++i) {
      const bool same_day = i + 1 < freed.size() && freed[i + 1].first == freed[i].first;
      what += (what.empty() ? "" : ", ") + freed[i].second + (same_day ? "" : " on " + freed[i].first.str());
    }
    items.push_back(TodayItem{TodayKind::off_rest, a.id.str(), freed.front().first,
                              fmt::format("free again for {}", what), on(TodayActionKind::show_rest, a.id.str()),
                              std::nullopt});
  }
  std::stable_sort(items.begin(), items.end(), [](const TodayItem& x, const TodayItem& y) { return x.date < y.date; });
  out.insert(out.end(), items.begin(), items.end());
}

}  // namespace

std::vector<TodayItem> morning_view(const Program& p, Date today) {
  std::vector<TodayItem> out;
  requests_due(p, today, out);
  // Oldest first: the log is kept by date.
  for (const Engagement& e : p.engagements)
    if (scheduled_in_past(e, today))
      out.push_back(TodayItem{TodayKind::engagement_unrecorded, e.id.str(), e.date,
                              fmt::format("{} with {} still scheduled for {} ({})", e.type.view(),
                                          advocate_name(p, e.advocate), e.date.str(), when_text(e.date - today)),
                              on(TodayActionKind::engagement_done, e.id.str()),
                              on(TodayActionKind::engagement_cancel, e.id.str())});

  const HygieneSection h = hygiene_section(p, today);
  for (const AgingNomination& n : h.aging_nominations) {
    const Advocate& a = *n.advocate;
    std::string by = a.nominated.by.empty() ? std::string() : " by " + a.nominated.by.str();
    out.push_back(TodayItem{TodayKind::nomination_aging, a.id.str(), n.on,
                            fmt::format("nominated{} on {}, untriaged for {}", by, n.on.str(), days_text(n.days)),
                            on(TodayActionKind::qualify_nomination, a.id.str()), std::nullopt});
  }
  requests_unmatched(p, today, out);
  off_rest(p, today, out);
  for (const StaleProfile& s : h.stale_profiles) {
    const Advocate& a = *s.advocate;
    out.push_back(TodayItem{TodayKind::profile_stale, a.id.str(), a.verified_on,
                            s.days ? fmt::format("profile last verified {} ({} ago)", a.verified_on.str(), days_text(*s.days))
                                   : std::string("profile never verified"),
                            on(TodayActionKind::verify_profile, a.id.str()), std::nullopt});
  }
  for (const ExpiringConsent& c : h.expiring_consents) {
    const Advocate& a = *c.advocate;
    out.push_back(TodayItem{TodayKind::consent_expiring, a.id.str(), c.expires,
                            fmt::format("{} consent expires {} ({})", to_string(c.scope), c.expires.str(), when_text(c.days)),
                            on(TodayActionKind::edit_advocate, a.id.str()), std::nullopt});
  }
  const StoriesSection s = stories_section(p, Period{today, today, ""}, today);
  for (const Story* story : s.expiring)
    out.push_back(TodayItem{TodayKind::story_expiring, story->id.str(), story->expires_on,
                            fmt::format("{} {} expires {} ({})", to_string(story->status), to_string(story->kind),
                                        story->expires_on.str(), when_text(story->expires_on - today)),
                            on(TodayActionKind::renew_story_approval, story->id.str()), std::nullopt});
  for (const Story* story : s.expired_published)
    out.push_back(TodayItem{TodayKind::story_expired, story->id.str(), story->expires_on,
                            fmt::format("published {} expired {} ({}); renew the approval or retire it",
                                        to_string(story->kind), story->expires_on.str(),
                                        when_text(story->expires_on - today)),
                            on(TodayActionKind::retire_story, story->id.str()), std::nullopt});
  // Each kind was gathered in its own order of urgency; the kinds go in
  // the order of theirs.
  std::stable_sort(out.begin(), out.end(), [](const TodayItem& x, const TodayItem& y) { return x.kind < y.kind; });
  return out;
}

}  // namespace advo
