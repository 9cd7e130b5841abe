#include "advo/domain/rest.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "advo/domain/job_move.hpp"
#include "advo/domain/schema.hpp"

namespace advo {

std::string_view to_string(RestCode code) {
  switch (code) {
    case RestCode::not_active:
      return "not-active";
    case RestCode::do_not_contact:
      return "do-not-contact";
    case RestCode::not_willing:
      return "not-willing";
    case RestCode::no_consent:
      return "no-consent";
    case RestCode::blackout:
      return "blackout";
    case RestCode::scheduled:
      return "scheduled";
    case RestCode::resting:
      return "resting";
    case RestCode::min_gap:
      return "min-gap";
    case RestCode::cap_quarter:
      return "cap-quarter";
    case RestCode::cap_year:
      return "cap-year";
  }
  return "?";
}

const ActivityType* ask_type(const Settings& settings, std::string_view type_name) {
  const ActivityType* t = settings.type(type_name);
  return t != nullptr && t->kind == ActivityKind::ask ? t : nullptr;
}

bool is_ask(const Engagement& e, const Settings& settings) {
  return e.outcome != Outcome::cancelled && counts_as_ask(settings.type(e.type));
}

std::vector<Ask> asks_from(std::span<const Engagement* const> engagements, const Settings& settings) {
  std::vector<Ask> out;
  out.reserve(engagements.size());
  for (const Engagement* e : engagements)
    if (is_ask(*e, settings)) out.push_back(Ask{e->date, e->type});
  std::stable_sort(out.begin(), out.end(), [](const Ask& x, const Ask& y) { return x.date < y.date; });
  return out;
}

namespace {

// is_ask with each engagement type looked up in the settings once: a log
// repeats a handful of types.
class AskCounter {
 public:
  explicit AskCounter(const Settings& settings) : settings_(settings) {}

  bool counts(const Engagement& e) {
    if (e.outcome == Outcome::cancelled) return false;
    auto k = std::find_if(known_.begin(), known_.end(), [&](const Known& t) { return t.name == e.type; });
    if (k == known_.end()) {
      k = known_.insert(known_.end(), Known{e.type, counts_as_ask(settings_.type(e.type))});
    }
    return k->ask;
  }

 private:
  struct Known {
    Sym name;
    bool ask;
  };
  const Settings& settings_;
  std::vector<Known> known_;
};

}  // namespace

std::vector<Ask> asks_of(const Program& program, const Advocate& advocate) {
  std::vector<Ask> out;
  AskCounter counter(program.settings);
  for (uint32_t i : program.engagements_of(advocate)) {
    const Engagement& e = program.engagements[i];
    if (counter.counts(e)) out.push_back(Ask{e.date, e.type});
  }
  // Rest and caps follow the person: the asks made at earlier jobs count.
  const std::vector<const Advocate*> earlier = earlier_records(program, advocate);
  if (earlier.empty()) return out;  // engagements_of is in date order
  for (const Advocate* before : earlier)
    for (uint32_t i : program.engagements_of(*before)) {
      const Engagement& e = program.engagements[i];
      if (counter.counts(e)) out.push_back(Ask{e.date, e.type});
    }
  std::stable_sort(out.begin(), out.end(), [](const Ask& x, const Ask& y) { return x.date < y.date; });
  return out;
}

AskTable::AskTable(const Program& program) : start_(program.advocates.size() + 1, 0) {
  const EngagementIndex::Arrays& idx = program.engagement_index().arrays();
  const size_t people = program.advocates.size();
  // Where each engagement stands in the by-advocate order, then the
  // engagements in the order they are kept, each written to its place.
  constexpr uint32_t kNone = UINT32_MAX;
  const size_t grouped = idx.by_advocate_start[people];
  std::vector<uint32_t> slot_of(program.engagements.size(), kNone);
  for (size_t s = 0; s < grouped; ++s) slot_of[idx.by_advocate[s]] = static_cast<uint32_t>(s);
  AskCounter counter(program.settings);
  std::vector<Ask> placed(grouped);
  std::vector<uint8_t> kept(grouped, 0);
  for (size_t i = 0; i < program.engagements.size(); ++i) {
    const uint32_t s = slot_of[i];
    const Engagement& e = program.engagements[i];
    if (s == kNone || !counter.counts(e)) continue;
    placed[s] = Ask{e.date, e.type};
    kept[s] = 1;
  }
  asks_.reserve(grouped);
  const auto add_asks_of = [&](size_t p) {
    for (size_t s = idx.by_advocate_start[p]; s < idx.by_advocate_start[p + 1]; ++s)
      if (kept[s] != 0) asks_.push_back(placed[s]);
  };
  for (size_t p = 0; p < people; ++p) {
    start_[p] = static_cast<uint32_t>(asks_.size());
    add_asks_of(p);
    // Rest and caps follow the person: the asks made at earlier jobs count.
    const std::vector<const Advocate*> earlier = earlier_records(program, program.advocates[p]);
    if (earlier.empty()) continue;
    for (const Advocate* before : earlier) add_asks_of(static_cast<size_t>(before - program.advocates.data()));
    std::stable_sort(asks_.begin() + start_[p], asks_.end(), [](const Ask& x, const Ask& y) { return x.date < y.date; });
  }
  start_[people] = static_cast<uint32_t>(asks_.size());
}

std::span<const Ask> AskTable::of(size_t advocate) const {
  if (advocate + 1 >= start_.size()) return {};
  return std::span<const Ask>(asks_).subspan(start_[advocate], start_[advocate + 1] - start_[advocate]);
}

std::vector<const ActivityType*> willing_ask_types(const Advocate& advocate, const Settings& settings) {
  std::vector<const ActivityType*> out;
  for (Sym name : advocate.activities) {
    const ActivityType* t = ask_type(settings, name.view());
    if (t != nullptr && std::find(out.begin(), out.end(), t) == out.end()) out.push_back(t);
  }
  std::sort(out.begin(), out.end(), [](const ActivityType* x, const ActivityType* y) { return x->name < y->name; });
  return out;
}

int64_t RestPolicy::quarter_cap(const Advocate& a) const {
  return a.limits.max_per_quarter != kNoInt ? a.limits.max_per_quarter : settings_.per_quarter;
}

int64_t RestPolicy::year_cap(const Advocate& a) const {
  return a.limits.max_per_year != kNoInt ? a.limits.max_per_year : settings_.per_year;
}

namespace {

// Asks dated in (day - window, day], most recent first.
std::vector<Date> recent_asks(std::span<const Ask> asks, Date day, int32_t window) {
  std::vector<Date> out;
  for (auto it = asks.rbegin(); it != asks.rend(); ++it)
    if (it->date <= day && it->date > day - window) out.push_back(it->date);
  return out;
}

void cap_reason(std::vector<RestReason>& out, RestCode code, std::span<const Ask> asks, Date day, int32_t window,
                int64_t cap, std::string_view period) {
  const std::vector<Date> recent = recent_asks(asks, day, window);
  if (static_cast<int64_t>(recent.size()) < cap) return;
  if (cap <= 0) {
    out.push_back({code, fmt::format("no asks allowed per {} (limit {})", period, cap), Date()});
    return;
  }
  const Date clears = recent[static_cast<size_t>(cap - 1)] + window;
  out.push_back({code, fmt::format("{} ask{} in the last {} days (cap {})", recent.size(),
                                   recent.size() == 1 ? "" : "s", window, cap),
                 clears});
}

}  // namespace

std::vector<RestReason> RestPolicy::reasons(const Advocate& a, std::span<const Ask> asks, const ActivityType& type,
                                            Date day) const {
  std::vector<RestReason> out;
  const Sym type_name = Sym::find(type.name);

  if (a.stage != Stage::active) {
    const std::string_view stage = a.stage == Stage::none ? "none" : to_string(a.stage);
    out.push_back({RestCode::not_active, fmt::format("stage is {}, not active", stage), Date()});
  }
  if (a.do_not_contact) out.push_back({RestCode::do_not_contact, "marked do not contact", Date()});
  if (type_name.empty() || !contains(a.activities, type_name))
    out.push_back({RestCode::not_willing, fmt::format("not willing to do {}", type.name), Date()});

  if (!type.consent.empty()) {
    const auto scope = parse_scope(type.consent);
    const Grant g = scope ? a.grant(*scope) : Grant{};
    if (!g.granted) {
      out.push_back({RestCode::no_consent, fmt::format("no {} consent", type.consent), Date()});
    } else if (day < g.granted) {
      out.push_back({RestCode::no_consent, fmt::format("{} consent only from {}", type.consent, g.granted.str()),
                     Date()});
    } else if (g.expires && day > g.expires) {
      out.push_back({RestCode::no_consent, fmt::format("{} consent expired {}", type.consent, g.expires.str()), Date()});
    }
  }

  // Blackout: of the windows holding on `day`, the one ending last.
  const Window* blackout = nullptr;
  for (const Window& w : a.unavailable)
    if (w.from && w.to && w.from <= day && day <= w.to && (blackout == nullptr || w.to > blackout->to)) blackout = &w;
  if (blackout != nullptr)
    out.push_back({RestCode::blackout,
                   fmt::format("unavailable {} to {}{}", blackout->from.str(), blackout->to.str(),
                               blackout->reason.empty() ? "" : fmt::format(" ({})", blackout->reason.view())),
                   blackout->to + 1});

  // Scheduled: the latest ask after `day` holds the advocate until it is done.
  const Ask* later = nullptr;
  for (const Ask& ask : asks)
    if (ask.date > day) later = &ask;
  if (later != nullptr)
    out.push_back({RestCode::scheduled,
                   fmt::format("{} already planned for {}", later->type.view(), later->date.str()), later->date + 1});

  // Resting: the most recent ask of this type on or before `day`.
  const auto rest = static_cast<int32_t>(settings_.rest_days(type));
  const Ask* last_same = nullptr;
  const Ask* last_any = nullptr;
  for (const Ask& ask : asks) {
    if (ask.date > day) continue;
    last_any = &ask;
    if (ask.type == type_name) last_same = &ask;
  }
  if (last_same != nullptr && day < last_same->date + rest)
    out.push_back({RestCode::resting,
                   fmt::format("resting after the {} of {} ({} days)", type.name, last_same->date.str(), rest),
                   last_same->date + rest});

  const auto gap = static_cast<int32_t>(settings_.min_gap_days);
  if (last_any != nullptr && day < last_any->date + gap)
    out.push_back({RestCode::min_gap,
                   fmt::format("asked {} ({}); {} days between asks", last_any->date.str(), last_any->type.view(), gap),
                   last_any->date + gap});

  cap_reason(out, RestCode::cap_quarter, asks, day, 90, quarter_cap(a), "quarter");
  cap_reason(out, RestCode::cap_year, asks, day, 365, year_cap(a), "year");
  // A clearing day no date can name is not given as one.
  const Date last = last_calendar_day();
  for (RestReason& r : out)
    if (r.clears_on && r.clears_on > last) {
      r.clears_on = Date();
      r.after_last_day = true;
    }
  return out;
}

bool Availability::after_last_day() const {
  if (next_available || blocking.empty()) return false;
  for (const RestReason& r : blocking)
    if (!r.after_last_day) return false;
  return true;
}

Availability RestPolicy::availability(const Advocate& a, std::span<const Ask> asks, const ActivityType& type,
                                      Date day) const {
  Availability result;
  result.reasons = reasons(a, asks, type, day);
  // Every reason holds on each day from `d` until the day it stops holding,
  // so no day before the latest of those can be free: step there and look
  // again. Every step moves forward; an untimed reason ends the search.
  std::vector<RestReason> holding = result.reasons;
  Date d = day;
  for (int step = 0; step < 10'000; ++step) {
    if (holding.empty()) {
      result.next_available = d;
      break;
    }
    std::vector<RestReason> untimed;
    Date next = d;
    for (RestReason& r : holding) {
      if (!r.timed()) {
        untimed.push_back(std::move(r));
        continue;
      }
      // A scheduled ask no longer lies after D on its own day.
      const Date stops = r.code == RestCode::scheduled ? r.clears_on - 1 : r.clears_on;
      if (stops > next) next = stops;
    }
    if (!untimed.empty()) {
      result.blocked_from = d;
      result.blocking = std::move(untimed);
      break;
    }
    if (next <= d) break;
    d = next;
    holding = reasons(a, asks, type, d);
  }
  return result;
}

}  // namespace advo
