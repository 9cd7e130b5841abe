// Upkeep: the content library (stories) and the records that need care
// before they mislead someone (hygiene).
#include <algorithm>

#include "advo/domain/report.hpp"

namespace advo {

StoriesSection stories_section(const Program& p, const Period& period, Date as_of) {
  StoriesSection s;
  const int64_t warn = p.settings.expiry_warn_days;
  for (const Story& story : p.stories) {
    StoryRow row;
    row.story = &story;
    if (story.status != StoryStatus::none) ++s.by_status[static_cast<size_t>(story.status) - 1];
    row.added = period.contains(story.approved_on);
    s.added += row.added ? 1 : 0;
    const bool usable = story.status == StoryStatus::approved || story.status == StoryStatus::published;
    const Date expires = story.expires_on;
    if (usable && expires.valid() && expires >= as_of && expires - as_of <= warn) {
      row.flag = StoryFlag::expiring;
      s.expiring.push_back(&story);
    } else if (story.status == StoryStatus::published && expires.valid() && expires < as_of) {
      row.flag = StoryFlag::expired_published;
      s.expired_published.push_back(&story);
    }
    s.rows.push_back(row);
  }
  auto by_expiry = [](const Story* x, const Story* y) {
    return x->expires_on != y->expires_on ? x->expires_on < y->expires_on : x->id.view() < y->id.view();
  };
  std::sort(s.expiring.begin(), s.expiring.end(), by_expiry);
  std::sort(s.expired_published.begin(), s.expired_published.end(), by_expiry);
  return s;
}

HygieneSection hygiene_section(const Program& p, Date as_of) {
  HygieneSection h;
  const Settings& st = p.settings;
  for (const Advocate& a : p.advocates) {
    if (a.stage == Stage::active) {
      ++h.active;
      if (!a.verified_on.valid()) h.stale_profiles.push_back(StaleProfile{&a, std::nullopt});
      else if (as_of - a.verified_on >= st.profile_days) h.stale_profiles.push_back(StaleProfile{&a, as_of - a.verified_on});
    }
    const Date nominated = nomination_date(a);
    if (a.stage == Stage::nominated && nominated.valid() && as_of - nominated >= st.nomination_days)
      h.aging_nominations.push_back(AgingNomination{&a, nominated, as_of - nominated});
    if (a.stage == Stage::alumni || a.stage == Stage::declined) continue;
    for (size_t i = 0; i < kScopeCount; ++i) {
      const Grant& g = a.consent[i];
      if (g.granted.valid() && g.expires.valid() && g.expires >= as_of && g.expires - as_of <= st.expiry_warn_days)
        h.expiring_consents.push_back(ExpiringConsent{&a, static_cast<Scope>(i), g.expires, g.expires - as_of});
    }
  }
  // Never verified first, then the oldest verification.
  std::stable_sort(h.stale_profiles.begin(), h.stale_profiles.end(), [](const StaleProfile& x, const StaleProfile& y) {
    if (x.days.has_value() != y.days.has_value()) return !x.days.has_value();
    return x.days.value_or(0) > y.days.value_or(0);
  });
  std::stable_sort(h.aging_nominations.begin(), h.aging_nominations.end(),
                   [](const AgingNomination& x, const AgingNomination& y) { return x.days > y.days; });
  std::stable_sort(h.expiring_consents.begin(), h.expiring_consents.end(),
                   [](const ExpiringConsent& x, const ExpiringConsent& y) { return x.expires < y.expires; });
  return h;
}

}  // namespace advo
