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
Json value_json(CriterionValue v) { return v.list != nullptr ? list_json(*v.list) : text_json(v.text); }

// The wanted and the held values of a criterion, typed: text, a list, or
// null; for recency the last ask.
std::pair<Json, Json> criterion_values(const Criteria& w, const Profile& p, std::optional<Date> last_ask,
                                       Criterion k) {
  if (info_of(k).rule == MatchRule::recency) return {Json(), last_ask ? Json::date(*last_ask) : Json()};
  return {value_json(criterion_value(w, k)), value_json(criterion_value(p, k))};
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
