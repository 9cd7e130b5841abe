// The bench: who is in the program (membership), who came in
// (nominations) and whether it covers the segments the company targets
// (coverage).
#include <algorithm>
#include <map>

#include "advo/domain/engagement_kinds.hpp"
#include "advo/domain/folding.hpp"
#include "advo/domain/report.hpp"
#include "advo/domain/rest.hpp"
#include "advo/domain/schema.hpp"

namespace advo {

Date nomination_date(const Advocate& a) {
  if (a.nominated.on.valid()) return a.nominated.on;
  return a.stage == Stage::nominated ? a.stage_on : Date();
}

bool qualified_or_beyond(Stage s) {
  return s == Stage::qualified || s == Stage::active || s == Stage::paused || s == Stage::alumni;
}

MembershipSection membership_section(const Program& p, const Period& period) {
  MembershipSection m;
  for (const Advocate& a : p.advocates) {
    m.advocates.push_back(&a);
    if (a.stage != Stage::none) ++m.by_stage[static_cast<size_t>(a.stage) - 1];
    if (period.contains(nomination_date(a))) m.added.push_back(&a);
    if (a.stage == Stage::active && period.contains(a.stage_on)) m.activated.push_back(&a);
  }
  return m;
}

namespace {

std::vector<NominationGroup> sorted_groups(const std::map<std::string, NominationGroup>& groups) {
  std::vector<NominationGroup> out;
  for (const auto& [name, g] : groups) out.push_back(g);
  std::stable_sort(out.begin(), out.end(),
                   [](const NominationGroup& x, const NominationGroup& y) {
                     if (x.nominated != y.nominated) return x.nominated > y.nominated;
                     return !x.name.empty() && y.name.empty();  // "not given" last
                   });
  return out;
}

}  // namespace

NominationsSection nominations_section(const Program& p, const Period& period, Date as_of) {
  NominationsSection n;
  std::map<std::string, NominationGroup> sources, nominators;
  for (const Advocate& a : p.advocates) {
    const Date on = nomination_date(a);
    if (!period.contains(on)) continue;
    n.nominations.push_back(&a);
    const bool q = qualified_or_beyond(a.stage);
    n.qualified += q ? 1 : 0;
    for (auto [groups, key] : {std::pair{&sources, std::string(to_string(a.nominated.source))},
                               std::pair{&nominators, a.nominated.by.str()}}) {
      NominationGroup& g = (*groups)[key];
      g.name = key;
      ++g.nominated;
      g.qualified += q ? 1 : 0;
    }
    if (a.stage == Stage::nominated && as_of - on >= p.settings.nomination_days) n.aging.push_back(&a);
  }
  auto by_date = [](const Advocate* x, const Advocate* y) {
    const Date dx = nomination_date(*x), dy = nomination_date(*y);
    return dx != dy ? dx < dy : x->id.view() < y->id.view();
  };
  std::sort(n.nominations.begin(), n.nominations.end(), by_date);
  std::sort(n.aging.begin(), n.aging.end(), by_date);
  n.by_source = sorted_groups(sources);
  n.by_nominator = sorted_groups(nominators);
  n.conversion = Ratio{n.qualified, n.nominations.size()};
  return n;
}

bool advocate_matches(const Advocate& a, std::string_view field, std::string_view value) {
  auto in = [&](const SymList& list) {
    return std::any_of(list.begin(), list.end(), [&](Sym s) { return iequals(s.view(), value); });
  };
  if (field == "industry") return iequals(a.industry.view(), value);
  if (field == "segment") return iequals(to_string(a.segment), value);
  if (field == "region") return iequals(a.region.view(), value);
  if (field == "country") return iequals(a.country.view(), value);
  if (field == "persona") return iequals(a.persona.view(), value);
  if (field == "products") return in(a.products);
  if (field == "use_cases") return in(a.use_cases);
  if (field == "languages") return in(a.languages);
  return false;
}

CoverageSection coverage_section(const Program& p, Date as_of) {
  CoverageSection c;
  const ActivityType* call = ask_type(p.settings, "reference-call");
  if (call != nullptr) c.available_for = call->name;
  const RestPolicy policy(p.settings);
  const EngagementKinds kinds(p.settings);
  // Whether each active advocate is free for a reference call, worked out once.
  std::vector<char> free(p.advocates.size(), 0);
  if (call != nullptr)
    for (size_t i = 0; i < p.advocates.size(); ++i) {
      const Advocate& a = p.advocates[i];
      if (a.stage != Stage::active) continue;
      const std::vector<Ask> asks = kinds.asks(p, a);
      free[i] = policy.reasons(a, asks, *call, as_of).empty() ? 1 : 0;
    }
  for (const Target& t : p.settings.targets) {
    TargetCoverage tc;
    tc.target = &t;
    size_t available = 0;
    for (size_t i = 0; i < p.advocates.size(); ++i) {
      const Advocate& a = p.advocates[i];
      if (a.stage != Stage::active || !advocate_matches(a, t.field, t.value)) continue;
      ++tc.active;
      available += static_cast<size_t>(free[i]);
    }
    if (call != nullptr) tc.available = available;
    const auto want = static_cast<size_t>(std::max<int64_t>(t.min_active, 0));
    tc.gap = want > tc.active ? want - tc.active : 0;
    c.targets_met.numerator += tc.met() ? 1U : 0U;
    ++c.targets_met.denominator;
    c.targets.push_back(tc);
  }
  return c;
}

}  // namespace advo
