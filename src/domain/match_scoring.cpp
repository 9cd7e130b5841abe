#include "advo/domain/match_scoring.hpp"

#include <algorithm>
#include <cmath>

#include "advo/domain/folding.hpp"
#include "advo/domain/schema.hpp"

namespace advo {

namespace {

// The criteria of kMatchCriteria that `keep` selects, in table order; N must
// be their count.
template <size_t N, class Keep>
constexpr std::array<Criterion, N> criteria_where(Keep keep) {
  std::array<Criterion, N> out{};
  size_t n = 0;
  for (const CriterionInfo& info : kMatchCriteria)
    if (keep(info)) {
      if (n == N) throw "more criteria than N";  // not a constant expression: fails the build
      out[n++] = info.id;
    }
  if (n != N) throw "fewer criteria than N";
  return out;
}

static_assert([] {
  for (size_t i = 0; i < kMatchCriteria.size(); ++i)
    if (static_cast<size_t>(kMatchCriteria[i].id) != i) return false;
  return true;
}(), "kMatchCriteria is in Criterion order");

}  // namespace

constinit const std::array<Criterion, 8> kAdvocateCriteria =
    criteria_where<8>([](const CriterionInfo& c) { return c.rule != MatchRule::recency; });
constinit const std::array<Criterion, 5> kStoryCriteria =
    criteria_where<5>([](const CriterionInfo& c) { return c.of_stories; });

std::string_view to_string(Criterion c) { return info_of(c).name; }

double weight_of(const MatchWeights& w, Criterion c) { return w.*info_of(c).weight; }

Profile profile_of(const Advocate& a) {
  return Profile{a.industry, a.segment, a.region, a.country, a.products, a.use_cases, a.persona, a.languages};
}

Profile profile_of(const Story& s) {
  Profile p;
  p.industry = s.industry;
  p.segment = s.segment;
  p.region = s.region;
  p.products = s.products;
  p.use_cases = s.use_cases;
  return p;
}

namespace {

std::string joined(const SymList& list) {
  std::string out;
  for (Sym s : list) {
    if (!out.empty()) out += ", ";
    out += s.view();
  }
  return out;
}

bool holds(const SymList& list, Sym value) {
  return std::any_of(list.begin(), list.end(), [&](Sym s) { return iequals(s.view(), value.view()); });
}

void scalar(std::vector<CriterionScore>& out, Criterion c, std::string_view wanted, std::string_view has,
            const MatchWeights& w) {
  if (wanted.empty()) return;
  const double weight = weight_of(w, c);
  const double match = !has.empty() && iequals(wanted, has) ? 1.0 : 0.0;
  out.push_back({c, std::string(wanted), std::string(has), match, weight, weight * match});
}

void share(std::vector<CriterionScore>& out, Criterion c, const SymList& wanted, const SymList& has,
           const MatchWeights& w) {
  if (wanted.empty()) return;
  size_t found = 0;
  for (Sym v : wanted)
    if (holds(has, v)) ++found;
  const double weight = weight_of(w, c);
  const double match = static_cast<double>(found) / static_cast<double>(wanted.size());
  out.push_back({c, joined(wanted), joined(has), match, weight, weight * match});
}

void any_shared(std::vector<CriterionScore>& out, Criterion c, const SymList& wanted, const SymList& has,
                const MatchWeights& w) {
  if (wanted.empty()) return;
  const bool shared = std::any_of(wanted.begin(), wanted.end(), [&](Sym v) { return holds(has, v); });
  const double weight = weight_of(w, c);
  const double match = shared ? 1.0 : 0.0;
  out.push_back({c, joined(wanted), joined(has), match, weight, weight * match});
}

}  // namespace

std::vector<CriterionScore> score_criteria(const Criteria& wanted, const Profile& has, const MatchWeights& weights,
                                           std::span<const Criterion> considered) {
  std::vector<CriterionScore> out;
  for (Criterion c : considered) {
    const CriterionValue w = criterion_value(wanted, c);
    const CriterionValue h = criterion_value(has, c);
    switch (info_of(c).rule) {
      case MatchRule::single_value:
        scalar(out, c, w.text, h.text, weights);
        break;
      case MatchRule::share_of_list:
        share(out, c, *w.list, *h.list, weights);
        break;
      case MatchRule::any_shared:
        any_shared(out, c, *w.list, *h.list, weights);
        break;
      case MatchRule::recency:
        break;
    }
  }
  return out;
}

CriterionScore score_recency(std::optional<Date> last_ask, Date day, const MatchWeights& weights) {
  CriterionScore s{Criterion::recency, "", "", 1.0, weights.recency, 0};
  if (last_ask) {
    const double days = std::max(0, day - *last_ask);
    s.match = std::min(1.0, days / 365.0);
    s.has = last_ask->str();
  } else {
    s.has = "never";
  }
  s.points = s.weight * s.match;
  return s;
}

double total_score(std::span<const CriterionScore> parts) {
  double points = 0;
  double weight = 0;
  for (const CriterionScore& p : parts) {
    points += p.points;
    weight += p.weight;
  }
  if (weight <= 0) return 0;
  return std::round(1000.0 * points / weight) / 10.0;
}

}  // namespace advo
