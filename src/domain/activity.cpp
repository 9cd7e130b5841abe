#include "advo/domain/activity.hpp"

#include "advo/domain/job_move.hpp"

namespace advo {

bool is_give(const Engagement& e, const Settings& settings) {
  return e.outcome != Outcome::cancelled && !counts_as_ask(settings.type(e.type));
}

AdvocateActivity advocate_activity(const Program& program, const Advocate& advocate, Date on) {
  const Settings& settings = program.settings;
  AdvocateActivity out;
  out.on = on;
  auto effort_of = [&](Sym type) {
    const ActivityType* t = settings.type(type);
    return t != nullptr ? t->effort : 0;
  };
  auto tally = [&](Tally& t, const Engagement& e, int32_t window) {
    if (e.date <= on && e.date > on - window) {
      ++t.count;
      t.effort += effort_of(e.type);
    }
  };
  for (uint32_t i : program.engagements_of(advocate)) {
    const Engagement& e = program.engagements[i];
    if (is_ask(e, settings)) {
      const Ask ask{e.date, e.type};
      if (e.date <= on) out.last_ask = ask;  // engagements are in date order
      else if (!out.next_ask) out.next_ask = ask;
      tally(out.asks_90, e, 90);
      tally(out.asks_365, e, 365);
    } else if (is_give(e, settings)) {
      tally(out.gives_365, e, 365);
    }
  }
  const std::vector<Ask> asks = asks_of(program, advocate);
  if (!earlier_records(program, advocate).empty()) {
    AskFacts person;
    auto count = [&](Tally& t, const Ask& ask, int32_t window) {
      if (ask.date <= on && ask.date > on - window) {
        ++t.count;
        t.effort += effort_of(ask.type);
      }
    };
    for (const Ask& ask : asks) {  // by date
      if (ask.date <= on) person.last_ask = ask;
      else if (!person.next_ask) person.next_ask = ask;
      count(person.asks_90, ask, 90);
      count(person.asks_365, ask, 365);
    }
    out.as_person = person;
  }
  const RestPolicy policy(settings);
  for (const ActivityType* type : willing_ask_types(advocate, settings))
    out.availability.push_back(TypeAvailability{type, policy.availability(advocate, asks, *type, on)});
  return out;
}

}  // namespace advo
