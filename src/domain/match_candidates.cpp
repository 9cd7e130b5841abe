#include "advo/domain/match_candidates.hpp"

#include <algorithm>

namespace advo {

bool ranks_before(const MatchCandidate& a, const MatchCandidate& b) {
  if (a.score != b.score) return a.score > b.score;
  if (a.asks_365 != b.asks_365) return a.asks_365 < b.asks_365;
  return a.advocate->id.view() < b.advocate->id.view();
}

bool frees_before(const MatchCandidate& a, const MatchCandidate& b) {
  const Date x = a.availability.next_available;
  const Date y = b.availability.next_available;
  if (x.valid() != y.valid()) return x.valid();
  if (x != y) return x < y;
  return a.advocate->id.view() < b.advocate->id.view();
}

bool limits_asking(RestCode code) {
  switch (code) {
    case RestCode::scheduled:
    case RestCode::resting:
    case RestCode::min_gap:
    case RestCode::cap_quarter:
    case RestCode::cap_year:
      return true;
    default:
      return false;
  }
}

MatchResult match_advocates(const Program& program, const ActivityType& type, const Criteria& criteria, Date on) {
  const Settings& settings = program.settings;
  const RestPolicy policy(settings);
  MatchResult result;
  result.on = on;
  const AskTable ask_table(program);
  for (size_t position = 0; position < program.advocates.size(); ++position) {
    const Advocate& a = program.advocates[position];
    MatchCandidate c;
    c.advocate = &a;
    const std::span<const Ask> asks = ask_table.of(position);  // by date
    for (const Ask& ask : asks) {
      if (ask.date > on) break;
      c.last_ask = ask;
      if (ask.date > on - 365) ++c.asks_365;
    }
    c.breakdown = score_criteria(criteria, profile_of(a), settings.weights, kAdvocateCriteria);
    c.breakdown.push_back(score_recency(c.last_ask ? std::optional<Date>(c.last_ask->date) : std::nullopt, on,
                                        settings.weights));
    c.score = total_score(c.breakdown);
    c.availability = policy.availability(a, asks, type, on);
    (c.eligible() ? result.eligible : result.excluded).push_back(std::move(c));
  }
  std::sort(result.eligible.begin(), result.eligible.end(), ranks_before);
  std::sort(result.excluded.begin(), result.excluded.end(), frees_before);
  return result;
}

std::vector<NearCandidate> nearest_candidates(const MatchResult& result, size_t count) {
  const std::vector<MatchCandidate>& ex = result.excluded;
  std::vector<size_t> by_day;  // with a next available day, soonest first, ties in rank order
  std::vector<size_t> by_fit;  // held back only by timed limits on asking, in rank order
  for (size_t i = 0; i < ex.size(); ++i) {
    const Availability& av = ex[i].availability;
    if (!av.next_available) continue;
    by_day.push_back(i);
    const bool relaxable = std::all_of(av.reasons.begin(), av.reasons.end(),
                                       [](const RestReason& r) { return r.timed() && limits_asking(r.code); });
    if (relaxable) by_fit.push_back(i);
  }
  std::sort(by_day.begin(), by_day.end(), [&](size_t x, size_t y) {
    const Date dx = ex[x].availability.next_available;
    const Date dy = ex[y].availability.next_available;
    return dx != dy ? dx < dy : ranks_before(ex[x], ex[y]);
  });
  std::sort(by_fit.begin(), by_fit.end(), [&](size_t x, size_t y) { return ranks_before(ex[x], ex[y]); });

  std::vector<NearCandidate> out;
  auto take = [&](const std::vector<size_t>& from, Nearness why, size_t upto) {
    for (size_t i : from) {
      if (out.size() >= upto) return;
      const bool shown = std::any_of(out.begin(), out.end(), [&](const NearCandidate& n) { return n.excluded == i; });
      if (!shown) out.push_back({i, why});
    }
  };
  take(by_day, Nearness::free_soonest, std::min<size_t>(count, 1));
  take(by_fit, Nearness::best_fit, count);
  take(by_day, Nearness::free_soonest, count);
  return out;
}

}  // namespace advo
