#include "advo/domain/staleness.hpp"

namespace advo {

Date profile_confirmed_on(const Advocate& a) { return a.verified_on ? a.verified_on : a.nominated.on; }

bool profile_stale(const Advocate& a, const Settings& settings, Date today) {
  if (a.stage == Stage::alumni && a.do_not_contact) return false;
  const Date confirmed = profile_confirmed_on(a);
  return !confirmed || today - confirmed > settings.profile_days;
}

Date nominated_since(const Advocate& a) {
  // A re-nomination (from declined or alumni) moves stage_on past the
  // original nomination day.
  if (a.nominated.on && a.stage_on && a.stage_on > a.nominated.on) return a.stage_on;
  return a.nominated.on ? a.nominated.on : a.stage_on;
}

bool nomination_aging(const Advocate& a, const Settings& settings, Date today) {
  if (a.stage != Stage::nominated) return false;
  const Date since = nominated_since(a);
  return !since || today - since > settings.nomination_days;
}

}  // namespace advo
