// The activity of a synthetic program: engagements simulated per advocate
// under the rules of rest, then the stories and requests that go with them.
#include <algorithm>
#include <map>
#include <unordered_set>

#include <fmt/format.h>

#include "advo/domain/ids.hpp"
#include "advo/domain/rest.hpp"
#include "advo/domain/schema.hpp"
#include "advo/domain/story_approvals.hpp"
#include "advo/domain/story_usability.hpp"
#include "synthetic_program.hpp"
#include "synthetic_vocabulary.hpp"

namespace advo::bench {
namespace {

template <class T, size_t N>
std::span<const T> all(const T (&items)[N]) {
  return std::span<const T>(items, N);
}

Date random_day(Date from, Date to, Random& random) {
  if (to < from) return from;
  return from + static_cast<int32_t>(random.between(0, to - from));
}

constexpr std::string_view kGiveTypes[] = {"thank-you", "thank-you", "gift", "exec-call", "training", "early-access"};

// The days an advocate could be engaged: from becoming active to today
// (and a few weeks after it) or to leaving.
std::pair<Date, Date> active_window(const Advocate& a, Date today) {
  switch (a.stage) {
    case Stage::active:
      return {a.stage_on, today + 45};
    case Stage::paused:
    case Stage::alumni:
      return {a.nominated.on + 30, a.stage_on - 1};
    default:
      return {Date(), Date()};
  }
}

// Whether `story` could be used on `day` by the rules of advo-story(1):
// an approval in force, no featured advocate gone, their consents held.
bool usable_on(const Story& story, const std::map<std::string_view, const Advocate*>& by_id, Date day) {
  const auto approval = approval_on(story, day);
  if (!approval || (approval->to.valid() && approval->to < day)) return false;
  const auto scope = consent_scope_for(story.kind);
  for (Sym id : story.advocates) {
    const auto it = by_id.find(id.view());
    if (it == by_id.end()) return false;
    const Advocate& a = *it->second;
    if ((a.stage == Stage::alumni || a.stage == Stage::declined) && a.stage_on <= day) return false;
    if (!scope) continue;
    const Grant& g = a.grant(*scope);
    if (!g.granted.valid() || day < g.granted || (g.expires.valid() && g.expires < day)) return false;
  }
  return true;
}

class IdSet {
 public:
  std::string add(const std::string& base) {
    std::string id = unique_id(base, [&](std::string_view s) { return taken_.count(std::string(s)) > 0; });
    taken_.insert(id);
    return id;
  }

 private:
  std::unordered_set<std::string> taken_;
};

}  // namespace

std::vector<Engagement> generate_engagements(const std::vector<Advocate>& advocates, size_t count, Date today,
                                             const Settings& settings, const FillRates& fill, Random& random) {
  const Date first_day = today - 3 * 365;
  // Each advocate's share: the days they were active times how engaged they are.
  std::vector<double> weight(advocates.size(), 0.0);
  double total = 0;
  for (size_t i = 0; i < advocates.size(); ++i) {
    auto [from, to] = active_window(advocates[i], today);
    if (!from.valid()) continue;
    from = std::max(from, first_day);
    if (to <= from) continue;
    const double u = static_cast<double>(random.below(1000)) / 1000.0;
    weight[i] = static_cast<double>(to - from) * (0.3 + 3.0 * u * u * u);
    total += weight[i];
  }
  std::vector<size_t> share(advocates.size(), 0);
  size_t given = 0;
  for (size_t i = 0; i < advocates.size(); ++i) {
    share[i] = total > 0 ? static_cast<size_t>(static_cast<double>(count) * weight[i] / total) : 0;
    given += share[i];
  }
  for (size_t i = 0; given < count && total > 0; i = (i + 1) % advocates.size())
    if (weight[i] > 0) ++share[i], ++given;

  const RestPolicy policy(settings);
  IdSet ids;
  std::vector<Engagement> out;
  out.reserve(count);
  for (size_t i = 0; i < advocates.size(); ++i) {
    if (share[i] == 0) continue;
    // Rules are checked as if the advocate had always been active and
    // reachable: their stage is today's, not the one of the day.
    Advocate a = advocates[i];
    a.stage = Stage::active;
    a.do_not_contact = false;
    auto [from, to] = active_window(advocates[i], today);
    from = std::max(from, first_day);
    std::vector<Date> days;
    for (size_t n = 0; n < share[i]; ++n) days.push_back(random_day(from, to, random));
    std::sort(days.begin(), days.end());
    std::vector<Ask> asks;
    bool future_ask = false;
    for (Date day : days) {
      Engagement e{};
      e.date = day;
      e.advocate = advocates[i].id;
      const bool future = day > today;
      if (random.chance(0.45) && !a.activities.empty() && !(future && future_ask)) {
        Sym blocked;
        for (int attempt = 0; attempt < 2 && e.type.empty(); ++attempt) {
          const Sym type = random.chance(0.4) && contains(a.activities, Sym("reference-call"))
                               ? Sym("reference-call")
                               : a.activities[random.below(a.activities.size())];
          const ActivityType* t = settings.type(type);
          if (t == nullptr) continue;
          if (policy.reasons(a, asks, *t, day).empty()) {
            e.type = type;
          } else {
            blocked = type;
          }
        }
        // Now and then an ask is made against a rule of rest, and says why
        // (never beside another ask of the day: advo check takes a day's
        // asks in the order of their ids, not the order they were made).
        const bool same_day = !asks.empty() && asks.back().date == day;
        if (e.type.empty() && !blocked.empty() && !future && !same_day && random.chance(fill.override_ask)) {
          e.type = blocked;
          e.override_reason = Sym(prose(all(kOverrideSentences), 1, fill.reason_sentences, false, random));
        }
      }
      const bool ask = !e.type.empty();
      if (!ask) e.type = Sym(random.pick(all(kGiveTypes)));
      if (future) {
        e.outcome = Outcome::scheduled;
        future_ask = future_ask || ask;
      } else if (ask) {
        e.outcome = static_cast<Outcome>(random.weighted(std::vector<unsigned>{0, 82, 8, 4, 6}) + 1);
      } else {
        e.outcome = Outcome::completed;
      }
      if (ask && e.outcome != Outcome::cancelled) asks.push_back(Ask{day, e.type});
      e.id = Sym(ids.add(engagement_slug(day.str(), e.advocate.view(), e.type.view())));
      e.logged_by = Sym(random.pick(all(kProgramStaff)));
      if (random.chance(fill.engagement_notes))
        e.notes = Sym(prose(all(kEngagementNoteSentences), fill.min_note_sentences, fill.max_note_sentences,
                            fill.paragraphs, random));
      out.push_back(e);
    }
  }
  std::sort(out.begin(), out.end(), [](const Engagement& x, const Engagement& y) {
    return x.date != y.date ? x.date < y.date : x.id.view() < y.id.view();
  });
  return out;
}

std::vector<Story> generate_stories(std::vector<Advocate>& advocates, std::vector<Engagement>& engagements,
                                    size_t count, Date today, const FillRates& fill, Random& random) {
  std::vector<size_t> featured;
  for (size_t i = 0; i < advocates.size(); ++i)
    if (advocates[i].stage == Stage::active || advocates[i].stage == Stage::alumni || advocates[i].stage == Stage::paused)
      featured.push_back(i);
  std::map<Sym, std::vector<size_t>, SymLess> by_advocate;
  for (size_t i = 0; i < engagements.size(); ++i) by_advocate[engagements[i].advocate].push_back(i);

  IdSet ids;
  std::vector<Story> out;
  for (size_t n = 0; n < count && !featured.empty(); ++n) {
    Advocate& a = advocates[featured[random.below(featured.size())]];
    Story s{};
    const std::string title = random.chance(0.3) ? fmt::format("How {} {}", a.company.view(), random.pick(all(kStoryVerbs)))
                                                 : fmt::format("{} {}", a.company.view(), random.pick(all(kStoryVerbs)));
    s.id = Sym(ids.add(story_slug(title)));
    s.title = Sym(title);
    s.kind = static_cast<StoryKind>(random.weighted(std::vector<unsigned>{35, 15, 20, 10, 8, 6, 6}) + 1);
    s.status = static_cast<StoryStatus>(random.weighted(std::vector<unsigned>{10, 8, 17, 55, 10}) + 1);
    std::vector<Sym> featured_ids{a.id};
    if (random.chance(0.1)) {
      const Advocate& b = advocates[featured[random.below(featured.size())]];
      if (b.id != a.id) featured_ids.push_back(b.id);
    }
    s.advocates = SymList(featured_ids);
    s.company = a.company;
    s.industry = a.industry;
    s.segment = a.segment;
    s.region = a.region;
    s.products = a.products;
    s.use_cases = a.use_cases;
    std::vector<Sym> outcomes;
    const int64_t outcome_count = random.between(1, 3);
    for (int64_t k = 0; k < outcome_count; ++k)
      outcomes.emplace_back(fmt::format(fmt::runtime(random.pick(all(kOutcomePhrases))), random.between(2, 60)));
    s.outcomes = SymList(outcomes);
    if (s.status == StoryStatus::approved || s.status == StoryStatus::published || s.status == StoryStatus::retired) {
      // The first sign-off, then renewals, each before the one in force
      // runs out; the latest is the story's approved_on/expires_on. An
      // approved or published story's latest approval holds today.
      const bool in_use = s.status != StoryStatus::retired;
      std::vector<Window> approvals;
      Date on = random_day(today - 3 * 365, today - 30, random);
      for (;;) {
        const Date ends = on + static_cast<int32_t>(std::vector<int>{365, 730, 1095}[random.below(3)]);
        approvals.push_back(Window{on, ends, Sym()});
        const bool must_renew = in_use && ends < today;
        if (!must_renew && !random.chance(fill.renewal)) break;
        Date next = ends - static_cast<int32_t>(random.between(10, 60));
        if (next > today - 30) {
          if (!must_renew) break;
          next = std::min(next, today - 1);
        }
        on = next;
      }
      s.approvals = WindowList(approvals);
      s.approved_on = approvals.back().from;
      s.expires_on = approvals.back().to;
    }
    if (s.status == StoryStatus::published)
      s.url = Sym(fmt::format("https://customers.example/stories/{}", s.id.view()));
    if (random.chance(fill.story_tags)) s.tags = SymList({Sym(random.pick(all(kTags)))});
    if (random.chance(fill.story_notes))
      s.notes = Sym(prose(all(kStoryNoteSentences), fill.min_note_sentences, fill.max_note_sentences, fill.paragraphs,
                          random));
    out.push_back(s);

    // The featured advocate consents to the story's kind, and the ask that
    // produced it names it.
    const std::string_view scope = s.kind == StoryKind::case_study ? "case-study"
                                   : s.kind == StoryKind::video     ? "video"
                                   : s.kind == StoryKind::quote     ? "quote"
                                   : s.kind == StoryKind::press_release ? "press"
                                                                        : "";
    if (!scope.empty()) {
      Grant& g = a.consent[static_cast<size_t>(*parse_scope(scope))];
      if (!g.granted) g.granted = a.nominated.on + 30;
      const std::string_view type = scope == "press" ? "press" : scope;
      auto it = by_advocate.find(a.id);
      if (it != by_advocate.end())
        for (auto e = it->second.rbegin(); e != it->second.rend(); ++e) {
          Engagement& g2 = engagements[*e];
          if (g2.type.view() == type && g2.outcome == Outcome::completed && g2.story.empty()) {
            g2.story = s.id;
            break;
          }
        }
    }
  }
  return out;
}

std::vector<Request> generate_requests(const std::vector<Advocate>& advocates, std::vector<Engagement>& engagements,
                                       const std::vector<Story>& stories, size_t count, Date today,
                                       const Settings& settings, const FillRates& fill, Random& random) {
  static constexpr std::string_view kTypes[] = {"reference-call", "case-study", "speaking", "analyst", "quote",
                                                 "logo",           "site-visit", "webinar",  "review"};
  static constexpr unsigned kTypeWeights[] = {60, 6, 5, 5, 6, 4, 4, 4, 6};
  static constexpr double kAmounts[] = {45000, 80000, 120000, 150000, 250000, 310000, 480000, 750000};
  static constexpr std::string_view kStages[] = {"discovery", "evaluation", "negotiation"};

  // Completed asks by type, in date order: what a fulfilled request used.
  std::map<Sym, std::vector<size_t>, SymLess> asks_by_type;
  for (size_t i = 0; i < engagements.size(); ++i) {
    const ActivityType* t = settings.type(engagements[i].type);
    if (t != nullptr && t->kind == ActivityKind::ask && engagements[i].outcome == Outcome::completed)
      asks_by_type[engagements[i].type].push_back(i);
  }
  std::map<Sym, std::vector<const Story*>, SymLess> usable_stories;  // by industry
  for (const Story& s : stories)
    if (s.status == StoryStatus::approved || s.status == StoryStatus::published) usable_stories[s.industry].push_back(&s);
  std::vector<const Advocate*> active;
  for (const Advocate& a : advocates)
    if (a.stage == Stage::active) active.push_back(&a);
  std::map<std::string_view, const Advocate*> by_id;
  for (const Advocate& a : advocates) by_id[a.id.view()] = &a;

  std::vector<Date> days;
  for (size_t n = 0; n < count; ++n) days.push_back(random_day(today - 3 * 365, today - 1, random));
  std::sort(days.begin(), days.end());

  IdSet ids;
  std::vector<bool> used(engagements.size(), false);
  std::vector<Request> out;
  out.reserve(count);
  for (size_t n = 0; n < count; ++n) {
    Request r{};
    const Date day = days[n];
    const std::string_view type = kTypes[random.weighted(kTypeWeights)];
    const std::string_view account = random.pick(all(kProspects));
    r.id = Sym(ids.add(request_slug(day.str(), account, type)));
    r.type = Sym(type);
    r.requested_by = Sym(random.pick(all(kOwners)));
    r.requested_on = day;
    r.needed_by = day + static_cast<int32_t>(std::vector<int>{3, 5, 7, 10, 14}[random.below(5)]);
    r.opportunity.id = Sym(fmt::format("OPP-{}", 10000 + n));
    r.opportunity.account = Sym(account);
    r.opportunity.amount = kAmounts[random.below(std::size(kAmounts))];
    r.opportunity.stage = Sym(random.pick(all(kStages)));

    // The advocate who did it, for a fulfilled request: the first unused
    // completed ask of the type within three weeks.
    const Advocate* chosen = nullptr;
    const int64_t age = today - day;
    const bool try_fulfil = age > 10 && random.chance(0.85);
    if (try_fulfil) {
      auto& list = asks_by_type[r.type];
      auto it = std::lower_bound(list.begin(), list.end(), day + 1,
                                 [&](size_t i, Date d) { return engagements[i].date < d; });
      for (int scanned = 0; it != list.end() && scanned < 60 && engagements[*it].date <= day + 21; ++it, ++scanned) {
        if (used[*it] || !engagements[*it].request.empty()) continue;
        used[*it] = true;
        Engagement& e = engagements[*it];
        e.request = r.id;
        chosen = by_id[e.advocate.view()];
        r.fulfilled_on = e.date;
        break;
      }
    }
    const Advocate* profile = chosen;
    if (profile == nullptr && !active.empty()) profile = active[random.below(active.size())];
    const auto often = [&](double p) { return fill.every_field || random.chance(p); };
    if (profile != nullptr) {
      r.opportunity.currency = Sym(profile->region.view() == "emea" ? "EUR" : "USD");
      if (often(0.9)) r.criteria.industry = profile->industry;
      if (often(0.7)) r.criteria.region = profile->region;
      if (often(0.1)) r.criteria.country = profile->country;
      if (often(0.2)) r.criteria.segment = profile->segment;
      if (often(0.5) && !profile->products.empty()) r.criteria.products = SymList({profile->products[0]});
      if (often(0.3) && !profile->use_cases.empty()) r.criteria.use_cases = SymList({profile->use_cases[0]});
      if (often(0.3)) r.criteria.persona = profile->persona;
      if (profile->region.view() == "emea" && often(0.2) && profile->languages.size() > 1)
        r.criteria.languages = SymList({profile->languages[1]});
    }
    if (chosen != nullptr) {
      r.status = RequestStatus::fulfilled;
      r.advocates = SymList({chosen->id});
      auto s = usable_stories.find(r.criteria.industry);
      // A story usable on the day the request was fulfilled, if one of a
      // few tried is.
      const bool with_story = s != usable_stories.end() && often(0.25);
      for (int tries = 0; with_story && tries < 5 && r.stories.empty(); ++tries) {
        const Story* story = s->second[random.below(s->second.size())];
        if (usable_on(*story, by_id, r.fulfilled_on)) r.stories = SymList({story->id});
      }
      const Date closed = r.fulfilled_on + static_cast<int32_t>(random.between(15, 120));
      if (closed <= today) {
        r.outcome.deal = random.chance(0.75) ? Deal::won : Deal::lost;
        r.outcome.closed_on = closed;
        if (r.outcome.deal == Deal::lost) r.outcome.reason = Sym(random.pick(all(kLostReasons)));
      } else {
        r.outcome.deal = Deal::open;
      }
    } else if (age <= 3) {
      r.status = RequestStatus::open;
    } else if (age <= 10) {
      r.status = random.chance(0.5) ? RequestStatus::matched : RequestStatus::scheduled;
      if (profile != nullptr) r.advocates = SymList({profile->id});
    } else if (random.chance(0.3)) {
      r.status = RequestStatus::cancelled;
      r.notes = Sym(kRequestNoteSentences[0]);
    } else {
      r.status = RequestStatus::unfulfilled;
      r.outcome.deal = random.chance(0.5) ? Deal::lost : Deal::open;
      r.outcome.reason = Sym(random.pick(all(kLostReasons)));
      if (r.outcome.deal == Deal::lost) r.outcome.closed_on = std::min(today, day + static_cast<int32_t>(random.between(20, 90)));
    }
    if (r.notes.empty() && random.chance(fill.request_notes))
      r.notes = Sym(prose(all(kRequestNoteSentences), fill.min_note_sentences, fill.max_note_sentences, fill.paragraphs,
                          random));
    out.push_back(r);
  }
  return out;
}

}  // namespace advo::bench
