// The checks of the engagement log against the rules of rest: asks that
// broke a rule of advo-files(5), RULES OF REST without a recorded override, and advocates
// asked so often that they are at risk of fatigue.
#include <fmt/format.h>

#include "advo/domain/check.hpp"
#include "advo/domain/rest.hpp"
#include "advo/domain/schema.hpp"

namespace advo {
namespace {

// Whether a reason that holds for an ask can be judged after the fact. The
// time-bound rules are facts of the log and of dated fields; stage,
// do-not-contact and willingness are the advocate's state today, which
// says nothing about the day of an old ask. Consent is judged from the
// dates of a grant on file; with no grant on file at all it cannot be told
// from a consent that was withdrawn and removed.
bool judged_after_the_fact(const RestReason& reason, const Advocate& advocate, const ActivityType& type) {
  switch (reason.code) {
    case RestCode::blackout:
    case RestCode::resting:
    case RestCode::min_gap:
    case RestCode::cap_quarter:
    case RestCode::cap_year:
      return true;
    case RestCode::no_consent: {
      const auto scope = parse_scope(type.consent);
      return scope && advocate.grant(*scope).granted.valid();
    }
    case RestCode::not_active:
    case RestCode::do_not_contact:
    case RestCode::not_willing:
    case RestCode::scheduled:
      return false;
  }
  return false;
}

}  // namespace

void check_rest_rules(const Program& program, Date, Findings& out) {
  const Settings& settings = program.settings;
  const RestPolicy policy(settings);
  for (const Advocate& a : program.advocates) {
    // Each ask is judged against the asks before it in the log's order (by
    // date, then id), as `advo log` would have judged it when it was logged.
    std::vector<Ask> before;
    for (uint32_t i : program.engagements_of(a)) {
      const Engagement& e = program.engagements[i];
      if (!e.date || !is_ask(e, settings)) continue;
      const ActivityType* type = settings.type(e.type);
      if (type != nullptr && e.override_reason.empty()) {
        for (const RestReason& r : policy.reasons(a, before, *type, e.date))
          if (judged_after_the_fact(r, a, *type))
            out.push_back(Finding{e.origin, "", -1, Severity::error, "rest-rule",
                                  fmt::format("ask breaks the rule of rest '{}' without an override: {}",
                                              to_string(r.code), r.message)});
      }
      before.push_back(Ask{e.date, e.type});
    }
  }
}

void check_fatigue(const Program& program, Date, Findings& out) {
  const Settings& settings = program.settings;
  for (const Advocate& a : program.advocates) {
    // The latest ask that ends a window of kFatigueDays holding at least
    // kFatigueAsks asks: one warning per advocate, at that ask.
    std::vector<const Engagement*> asks;
    for (uint32_t i : program.engagements_of(a)) {
      const Engagement& e = program.engagements[i];
      if (e.date && is_ask(e, settings)) asks.push_back(&e);
    }
    const Engagement* last = nullptr;
    size_t count = 0;
    const Engagement* first = nullptr;
    size_t start = 0;
    for (size_t j = 0; j < asks.size(); ++j) {
      while (asks[start]->date <= asks[j]->date - kFatigueDays) ++start;
      if (j + 1 - start >= kFatigueAsks) {
        last = asks[j];
        count = j + 1 - start;
        first = asks[start];
      }
    }
    if (last != nullptr)
      out.push_back(Finding{last->origin, "advocate", -1, Severity::warning, "fatigue",
                            fmt::format("{} has {} asks in the {} days to {} (the first on {}); {} or more is a "
                                        "sign of fatigue",
                                        a.id.view(), count, kFatigueDays, last->date.str(), first->date.str(),
                                        kFatigueAsks)});
  }
}

}  // namespace advo
