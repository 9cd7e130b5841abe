// A score broken down by criterion, as JSON (criteria_breakdown.hpp).
#include "cli/criteria_breakdown.hpp"

#include <string>
#include <utility>

#include "advo/domain/schema.hpp"
#include "cli/score_text.hpp"

namespace advo::cli {
namespace {

Json list_json(const SymList& list) {
  Json out = Json::array();
  for (Sym s : list) out.push(s.view());
  return out;
}

Json text_json(std::string_view text) { return text.empty() ? Json() : Json(text); }

// The wanted and the held values of a criterion, typed: text, a list, or
// null.
std::pair<Json, Json> criterion_values(const Criteria& w, const Profile& p, std::optional<Date> last_ask,
                                       Criterion k) {
  switch (k) {
    case Criterion::industry: return {text_json(w.industry.view()), text_json(p.industry.view())};
    case Criterion::segment: return {text_json(to_string(w.segment)), text_json(to_string(p.segment))};
    case Criterion::region: return {text_json(w.region.view()), text_json(p.region.view())};
    case Criterion::country: return {text_json(w.country.view()), text_json(p.country.view())};
    case Criterion::products: return {list_json(w.products), list_json(p.products)};
    case Criterion::use_cases: return {list_json(w.use_cases), list_json(p.use_cases)};
    case Criterion::persona: return {text_json(w.persona.view()), text_json(p.persona.view())};
    case Criterion::languages: return {list_json(w.languages), list_json(p.languages)};
    case Criterion::recency: return {Json(), last_ask ? Json::date(*last_ask) : Json()};
  }
  return {};
}

}  // namespace

Json criteria_breakdown_json(const Criteria& wanted, const Profile& has, std::span<const CriterionScore> parts,
                             std::optional<Date> last_ask) {
  Json breakdown = Json::object();
  for (const CriterionScore& part : parts) {
    auto [w, h] = criterion_values(wanted, has, last_ask, part.criterion);
    Json item = Json::object();
    item.set("wanted", std::move(w));
    item.set("has", std::move(h));
    item.set("match", json_rounded(part.match));
    item.set("points", json_rounded(part.points));
    breakdown.set(std::string(to_string(part.criterion)), std::move(item));
  }
  return breakdown;
}

}  // namespace advo::cli
