// Activity: what the program asked of advocates and gave them in the
// period (engagements), and how the asks spread over people
// (utilisation).
#include <algorithm>
#include <map>

#include "advo/domain/engagement_kinds.hpp"
#include "advo/domain/report.hpp"
#include "advo/domain/rest.hpp"

namespace advo {

EngagementsSection engagements_section(const Program& p, const Period& period) {
  EngagementsSection s;
  for (Date m = first_of_month(period.from); m <= period.to; m = add_months(m, 1))
    s.by_month.push_back(MonthCount{m.month_key(), 0, 0});
  const EngagementKinds kinds(p.settings);
  std::map<uint32_t, TypeCount> types;  // by type name's Sym id
  // Engagements are sorted by date: find the first of the period.
  auto first = std::lower_bound(p.engagements.begin(), p.engagements.end(), period.from,
                                [](const Engagement& e, Date d) { return e.date < d; });
  for (auto it = first; it != p.engagements.end() && it->date <= period.to; ++it) {
    const Engagement& e = *it;
    s.engagements.push_back(&e);
    const bool ask = kinds.ask(e);
    const bool give = !ask && kinds.give(e);
    if (!ask && !give) continue;  // cancelled
    MonthCount& month = s.by_month[static_cast<size_t>((e.date.year() - period.from.year()) * 12 +
                                                       static_cast<int>(e.date.month()) -
                                                       static_cast<int>(period.from.month()))];
    TypeCount& t = types[e.type.id()];
    if (t.count == 0) t.type = e.type.str();
    t.ask = ask;
    ++t.count;
    if (ask) {
      ++s.asks;
      ++month.asks;
      if (e.outcome == Outcome::completed) ++s.completed;
      if (e.outcome == Outcome::declined) ++s.declined;
      if (e.outcome == Outcome::scheduled) ++s.scheduled;
    } else {
      ++s.gives;
      ++month.gives;
    }
  }
  for (const auto& [id, t] : types) s.by_type.push_back(t);
  std::sort(s.by_type.begin(), s.by_type.end(), [](const TypeCount& x, const TypeCount& y) {
    return x.count != y.count ? x.count > y.count : x.type < y.type;
  });
  s.acceptance = Ratio{s.completed, s.completed + s.declined};
  return s;
}

UtilisationSection utilisation_section(const Program& p, Date as_of) {
  UtilisationSection u;
  const EngagementKinds kinds(p.settings);
  std::vector<AdvocateUse> uses;
  for (const Advocate& a : p.advocates) {
    AdvocateUse use;
    use.advocate = &a;
    for (uint32_t i : p.engagements_of(a)) {
      const Engagement& e = p.engagements[i];
      if (e.date > as_of) break;  // in date order
      const int32_t age = as_of - e.date;
      if (kinds.ask(e)) {
        use.last_ask = e.date;
        if (age < 120) ++use.asks_120;
        if (age < 365) {
          ++use.asks_365;
          use.effort_365 += kinds.effort(e.type);
        }
      } else if (age < 365 && kinds.give(e)) {
        ++use.gives_365;
      }
    }
    uses.push_back(use);
  }
  auto id_less = [](const AdvocateUse& x, const AdvocateUse& y) { return x.advocate->id.view() < y.advocate->id.view(); };
  for (const AdvocateUse& use : uses) {
    if (use.asks_365 > 0) u.most_asked.push_back(use);
    if (use.asks_120 >= 5) u.fatigue_risk.push_back(use);
    const bool recent = use.last_ask.valid() && as_of - use.last_ask < 180;
    if (use.advocate->stage == Stage::active && !use.advocate->do_not_contact && !recent) u.idle.push_back(use);
    if (use.asks_365 >= 2 && use.gives_365 == 0) u.give_ask.push_back(use);
  }
  std::sort(u.most_asked.begin(), u.most_asked.end(), [&](const AdvocateUse& x, const AdvocateUse& y) {
    if (x.asks_365 != y.asks_365) return x.asks_365 > y.asks_365;
    if (x.effort_365 != y.effort_365) return x.effort_365 > y.effort_365;
    return id_less(x, y);
  });
  if (u.most_asked.size() > 10) u.most_asked.resize(10);
  std::sort(u.fatigue_risk.begin(), u.fatigue_risk.end(), [&](const AdvocateUse& x, const AdvocateUse& y) {
    return x.asks_120 != y.asks_120 ? x.asks_120 > y.asks_120 : id_less(x, y);
  });
  // Never asked first, then the longest since the last ask.
  std::sort(u.idle.begin(), u.idle.end(), [&](const AdvocateUse& x, const AdvocateUse& y) {
    if (x.last_ask != y.last_ask) return x.last_ask < y.last_ask;
    return id_less(x, y);
  });
  std::sort(u.give_ask.begin(), u.give_ask.end(), [&](const AdvocateUse& x, const AdvocateUse& y) {
    return x.asks_365 != y.asks_365 ? x.asks_365 > y.asks_365 : id_less(x, y);
  });
  return u;
}

}  // namespace advo
