// What an advocate has been asked and given, and when they are next free:
// the facts `advo show` derives from the engagement log. Asks are those of
// advo-files(5), RULES OF REST (not cancelled, of a type whose kind is ask); gives are
// engagements of a give type that were not cancelled.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "advo/domain/date.hpp"
#include "advo/domain/program.hpp"
#include "advo/domain/rest.hpp"

namespace advo {

// Asks and gives dated in a window, and the sum of their types' effort.
struct Tally {
  size_t count = 0;
  int64_t effort = 0;
};

struct TypeAvailability {
  const ActivityType* type = nullptr;
  Availability availability;
};

// The asks of a log: the latest, the next planned, and the tallies.
struct AskFacts {
  std::optional<Ask> last_ask;    // the latest ask dated on or before `on`
  std::optional<Ask> next_ask;    // the earliest ask dated after `on`
  Tally asks_90;                  // asks dated in (on - 90, on]
  Tally asks_365;                 // asks dated in (on - 365, on]
};

struct AdvocateActivity {
  Date on;                        // the day the facts are for
  std::optional<Ask> last_ask;    // the latest ask dated on or before `on`
  std::optional<Ask> next_ask;    // the earliest ask dated after `on`
  Tally asks_90;                  // asks dated in (on - 90, on]
  Tally asks_365;                 // asks dated in (on - 365, on]
  // For the record of a person who changed jobs (moved_from): the same
  // facts over the asks of every record of the person, which are those the
  // rules of rest and the caps count (asks_of). Unset for a record with no
  // earlier one.
  std::optional<AskFacts> as_person;
  Tally gives_365;                // gives dated in (on - 365, on]
  std::vector<TypeAvailability> availability;  // each willing ask type, by name
};

AdvocateActivity advocate_activity(const Program& program, const Advocate& advocate, Date on);

// Whether an engagement is a give: a type the settings define as a give,
// not cancelled.
bool is_give(const Engagement& e, const Settings& settings);

}  // namespace advo
