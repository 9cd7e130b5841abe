#include "advo/domain/matching.hpp"

#include <algorithm>
#include <cmath>

#include "advo/domain/folding.hpp"
#include "advo/domain/schema.hpp"

namespace advo {

const std::array<Criterion, 8> kAdvocateCriteria = {Criterion::industry, Criterion::segment,   Criterion::region,
                                                   Criterion::country,  Criterion::products,  Criterion::use_cases,
                                                   Criterion::persona,  Criterion::languages};
const std::array<Criterion, 5> kStoryCriteria = {Criterion::industry, Criterion::segment, Criterion::region,
                                                 Criterion::products, Criterion::use_cases};

std::string_view to_string(Criterion c) {
  static constexpr std::string_view kNames[] = {"industry", "segment",  "region",    "country", "products",
                                                "use_cases", "persona", "languages", "recency"};
  return kNames[static_cast<size_t>(c)];
}

double weight_of(const MatchWeights& w, Criterion c) {
  switch (c) {
    case Criterion::industry:
      return w.industry;
    case Criterion::segment:
      return w.segment;
    case Criterion::region:
      return w.region;
    case Criterion::country:
      return w.country;
    case Criterion::products:
      return w.products;
    case Criterion::use_cases:
      return w.use_cases;
    case Criterion::persona:
      return w.persona;
    case Criterion::languages:
      return w.languages;
    case Criterion::recency:
      return w.recency;
  }
  return 0;
}

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
    switch (c) {
      case Criterion::industry:
        scalar(out, c, wanted.industry.view(), has.industry.view(), weights);
        break;
      case Criterion::segment:
        scalar(out, c, to_string(wanted.segment), to_string(has.segment), weights);
        break;
      case Criterion::region:
        scalar(out, c, wanted.region.view(), has.region.view(), weights);
        break;
      case Criterion::country:
        scalar(out, c, wanted.country.view(), has.country.view(), weights);
        break;
      case Criterion::products:
        share(out, c, wanted.products, has.products, weights);
        break;
      case Criterion::use_cases:
        share(out, c, wanted.use_cases, has.use_cases, weights);
        break;
      case Criterion::persona:
        scalar(out, c, wanted.persona.view(), has.persona.view(), weights);
        break;
      case Criterion::languages:
        any_shared(out, c, wanted.languages, has.languages, weights);
        break;
      case Criterion::recency:
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
