// When an advocate's record needs the manager's attention ([staleness] of
// advo.toml): a profile nobody has confirmed for too long, a nomination
// nobody has triaged.
#pragma once

#include "advo/domain/date.hpp"
#include "advo/domain/records.hpp"
#include "advo/domain/settings.hpp"

namespace advo {

// The day the profile was last known to be current: `verified_on`, else
// the day of the nomination (`nominated.date`); no date when neither is set.
Date profile_confirmed_on(const Advocate& a);

// Stale: confirmed more than `staleness.profile_days` days before `today`,
// or never confirmed at all. Never for an alumni record marked do not
// contact (a forgotten person): it has left the program for good and
// nobody may ask them to confirm anything.
bool profile_stale(const Advocate& a, const Settings& settings, Date today);

// The day the advocate entered their current nomination: the later of
// `nominated.date` and `stage_on` (a declined or alumni advocate nominated
// again keeps the first nomination's block but gets a new stage_on).
Date nominated_since(const Advocate& a);

// Aging: still in stage `nominated` more than `staleness.nomination_days`
// days after the nomination (or with no date to tell).
bool nomination_aging(const Advocate& a, const Settings& settings, Date today);

}  // namespace advo
