#include "advo/domain/engagement_kinds.hpp"

#include <algorithm>

#include "advo/domain/job_move.hpp"

namespace advo {

EngagementKinds::EngagementKinds(const Settings& settings) {
  for (const ActivityType& t : settings.types) {
    // A name never interned is on no engagement.
    const Sym name = Sym::find(t.name);
    if (!name.empty()) types_.emplace(name.id(), &t);
  }
}

const ActivityType* EngagementKinds::type(Sym name) const {
  auto it = types_.find(name.id());
  return it == types_.end() ? nullptr : it->second;
}

bool EngagementKinds::ask(const Engagement& e) const {
  return e.outcome != Outcome::cancelled && counts_as_ask(type(e.type));
}

bool EngagementKinds::give(const Engagement& e) const {
  return e.outcome != Outcome::cancelled && !counts_as_ask(type(e.type));
}

int64_t EngagementKinds::effort(Sym name) const {
  const ActivityType* t = type(name);
  return t != nullptr ? t->effort : 0;
}

std::vector<Ask> EngagementKinds::asks(const Program& p, const Advocate& a) const {
  std::vector<Ask> out;
  for (uint32_t i : p.engagements_of(a)) {
    const Engagement& e = p.engagements[i];
    if (ask(e)) out.push_back(Ask{e.date, e.type});
  }
  const std::vector<const Advocate*> earlier = earlier_records(p, a);
  if (earlier.empty()) return out;
  for (const Advocate* before : earlier)
    for (uint32_t i : p.engagements_of(*before)) {
      const Engagement& e = p.engagements[i];
      if (ask(e)) out.push_back(Ask{e.date, e.type});
    }
  std::stable_sort(out.begin(), out.end(), [](const Ask& x, const Ask& y) { return x.date < y.date; });
  return out;
}

}  // namespace advo
