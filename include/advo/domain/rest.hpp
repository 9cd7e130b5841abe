// The rules of rest (advo-files(5), RULES OF REST): may advocate A be asked for activity
// type T on day D, and if not, why not and from when. Pure functions of the
// advocate, their asks, the settings and the day.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "advo/domain/date.hpp"
#include "advo/domain/program.hpp"
#include "advo/domain/records.hpp"
#include "advo/domain/settings.hpp"

namespace advo {

enum class RestCode : uint8_t {
  not_active,
  do_not_contact,
  not_willing,
  no_consent,
  blackout,
  scheduled,
  resting,
  min_gap,
  cap_quarter,
  cap_year,
};
std::string_view to_string(RestCode code);  // "not-active", "min-gap", …

struct RestReason {
  RestCode code;
  std::string message;
  Date clears_on;  // the first day it no longer holds; no date when it never clears by itself
  // It clears, but only after last_calendar_day() (a day no date can
  // name): clears_on is then no date, and the reason holds as far as any
  // date goes.
  bool after_last_day = false;
  bool timed() const { return clears_on.valid(); }
};

// One counted ask of an advocate: an engagement whose type is an ask (or
// unknown to the settings) and whose outcome is not cancelled.
struct Ask {
  Date date;
  Sym type;
  bool operator==(const Ask&) const = default;
};

// Whether an engagement of type `t` counts as an ask: every type but a
// give does, and so does a type the settings do not define (nullptr), so a
// typo cannot slip past a rule.
inline bool counts_as_ask(const ActivityType* t) { return t == nullptr || t->kind == ActivityKind::ask; }

// The ask type of that name: nullptr when the settings define no such type
// or it is a give (the rules of rest and matching apply to asks only).
const ActivityType* ask_type(const Settings& settings, std::string_view type_name);

// Whether an engagement counts as an ask under the settings: not
// cancelled, and of a type that counts (counts_as_ask).
bool is_ask(const Engagement& e, const Settings& settings);

// The advocate's asks, by date (ties in engagement order).
std::vector<Ask> asks_of(const Program& program, const Advocate& advocate);
std::vector<Ask> asks_from(std::span<const Engagement* const> engagements, const Settings& settings);

// Every advocate's asks at once, for commands that go through all of them
// (match, rest): one pass over the engagements in the order they are kept,
// instead of one advocate's engagements picked out of the whole log at a
// time.
class AskTable {
 public:
  explicit AskTable(const Program& program);
  // The same asks as asks_of(program, program.advocates[advocate]), by date.
  std::span<const Ask> of(size_t advocate) const;

 private:
  std::vector<Ask> asks_;       // grouped by advocate, in `advocates` order
  std::vector<uint32_t> start_; // advocates.size() + 1 group starts
};

// The ask types of the settings that the advocate is willing to do (in
// `activities`), by name. Gives and types the settings do not define are
// left out.
std::vector<const ActivityType*> willing_ask_types(const Advocate& advocate, const Settings& settings);

struct Availability {
  std::vector<RestReason> reasons;  // in the order of RULES OF REST, advo-files(5)
  Date next_available;              // first day >= D with no reason; none while an untimed reason holds
  // Without a next available day: the day from which reasons without a
  // clearing day hold (D itself, or a later day the search reached, e.g.
  // when a consent expires while the advocate rests), and those reasons.
  Date blocked_from;
  std::vector<RestReason> blocking;
  bool available() const { return reasons.empty(); }
  // No next available day only because the reasons blocking it clear after
  // last_calendar_day(): "after 9999-12-31" rather than "none".
  bool after_last_day() const;
};

class RestPolicy {
 public:
  explicit RestPolicy(const Settings& settings) : settings_(settings) {}

  // The reasons that hold on `day`. `asks` must be sorted by date.
  std::vector<RestReason> reasons(const Advocate& a, std::span<const Ask> asks, const ActivityType& type,
                                  Date day) const;
  // The reasons on `day` and the next available day. A `scheduled` reason
  // reports the day after the planned ask as advo-files(5) says, but stops holding on
  // the ask's own day, so next_available may be that day (when no other
  // reason holds on it, as with min_gap_days = 0).
  Availability availability(const Advocate& a, std::span<const Ask> asks, const ActivityType& type, Date day) const;

  int64_t quarter_cap(const Advocate& a) const;
  int64_t year_cap(const Advocate& a) const;

 private:
  const Settings& settings_;
};

}  // namespace advo
