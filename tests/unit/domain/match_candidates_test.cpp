#include "advo/domain/match_candidates.hpp"

#include <doctest/doctest.h>

#include "../test_records.hpp"

using namespace advo;

namespace {

Date day(const char* text) { return *Date::parse(text); }

// Default settings: weights industry 3, region 2, products 2, recency 2 …;
// reference-call rests 60 days, min gap 14, caps 2 a quarter and 6 a year.
struct Fixture {
  Program program;
  Criteria criteria;

  Fixture() {
    program.settings.types = default_activity_types();
    const Request r = test::record_from<Request>(
        "id: r\ntype: reference-call\nstatus: open\nrequested_by: s\nrequested_on: 2026-11-01\n"
        "criteria: {industry: healthcare, region: emea}\n");
    criteria = r.criteria;
  }
  void advocate(const std::string& id, const std::string& extra) {
    program.advocates.push_back(test::record_from<Advocate>("id: " + id + "\nname: " + id + "\ncompany: C\n" +
                                                            "activities: [reference-call]\n" + extra));
  }
  void active(const std::string& id, const std::string& extra = "") { advocate(id, "stage: active\n" + extra); }
  void ask(const std::string& id, const char* date, const char* type = "reference-call") {
    program.engagements.push_back(test::record_from<Engagement>("id: " + id + "-" + date + "\ndate: " + date +
                                                                "\nadvocate: " + id + "\ntype: " + type +
                                                                "\noutcome: completed\n"));
  }
  MatchResult match(const char* on = "2026-11-20") {
    program.build_indexes();
    return match_advocates(program, *program.settings.type("reference-call"), criteria, day(on));
  }
};

std::vector<std::string> ids(const std::vector<MatchCandidate>& list) {
  std::vector<std::string> out;
  for (const MatchCandidate& c : list) out.push_back(c.advocate->id.str());
  return out;
}

using Ids = std::vector<std::string>;

}  // namespace

TEST_CASE("eligible advocates are ordered by score descending") {
  Fixture f;
  f.active("industry-only", "industry: healthcare\n");  // (3 + 2) / 7 = 71.4
  f.active("both", "industry: healthcare\nregion: emea\n");  // 7 / 7 = 100
  f.active("neither", "industry: retail\n");  // recency only: 2 / 7 = 28.6
  const MatchResult m = f.match();
  CHECK(ids(m.eligible) == Ids{"both", "industry-only", "neither"});
  CHECK(m.eligible[0].score == 100.0);
  CHECK(m.eligible[1].score == doctest::Approx(71.4));
  CHECK(m.eligible[2].score == doctest::Approx(28.6));
  CHECK(m.excluded.empty());
}

TEST_CASE("the breakdown holds the request's criteria then recency") {
  Fixture f;
  f.active("a", "industry: healthcare\nregion: na\n");
  f.ask("a", "2026-08-22");  // 90 days before: recency 90 / 365
  const MatchResult m = f.match();
  const MatchCandidate& c = m.eligible.at(0);
  REQUIRE(c.breakdown.size() == 3);
  CHECK(c.breakdown[0].criterion == Criterion::industry);
  CHECK(c.breakdown[1].criterion == Criterion::region);
  CHECK(c.breakdown[1].match == 0.0);
  CHECK(c.breakdown[2].criterion == Criterion::recency);
  CHECK(c.breakdown[2].match == doctest::Approx(90.0 / 365.0));
  // (3 + 0 + 2 × 90/365) / 7 = 0.49902 → 49.9
  CHECK(c.score == doctest::Approx(49.9));
  REQUIRE(c.last_ask.has_value());
  CHECK(c.last_ask->date.str() == "2026-08-22");
  CHECK(c.asks_365 == 1);
}

TEST_CASE("equal scores go to fewer asks in the last 365 days before the id") {
  Fixture f;
  // Both last asked on the same day, so recency is equal; "abe" was also
  // asked in February, and an ask 365 days back or more does not count.
  f.active("abe", "industry: healthcare\n");
  f.active("zed", "industry: healthcare\n");
  f.ask("abe", "2026-02-01");
  f.ask("abe", "2026-05-24");
  f.ask("zed", "2025-11-20");
  f.ask("zed", "2026-05-24");
  const MatchResult m = f.match();
  CHECK(ids(m.eligible) == Ids{"zed", "abe"});
  CHECK(m.eligible[0].score == m.eligible[1].score);
  CHECK(m.eligible[0].asks_365 == 1);
  CHECK(m.eligible[1].asks_365 == 2);
}

TEST_CASE("identical candidates are ordered by id") {
  Fixture f;
  f.active("twin-b", "industry: healthcare\n");
  f.active("twin-a", "industry: healthcare\n");
  f.active("twin-c", "industry: healthcare\n");
  CHECK(ids(f.match().eligible) == Ids{"twin-a", "twin-b", "twin-c"});
}

TEST_CASE("a better score outranks fewer asks") {
  Fixture f;
  f.active("busy", "industry: healthcare\nregion: emea\n");
  f.ask("busy", "2025-12-01");
  f.ask("busy", "2026-01-15");
  f.active("idle", "industry: healthcare\n");
  CHECK(ids(f.match().eligible) == Ids{"busy", "idle"});
}

TEST_CASE("the rules of rest exclude advocates with their reasons and next available day") {
  Fixture f;
  f.active("free", "industry: healthcare\n");
  f.active("resting", "industry: healthcare\nregion: emea\n");
  f.ask("resting", "2026-10-01");  // reference-call rests until 2026-11-30
  f.active("blocked", "do_not_contact: true\n");
  f.advocate("nominee", "stage: nominated\n");
  const MatchResult m = f.match();
  CHECK(ids(m.eligible) == Ids{"free"});
  REQUIRE(ids(m.excluded) == Ids{"resting", "blocked", "nominee"});
  CHECK(m.excluded[0].availability.next_available.str() == "2026-11-30");
  CHECK(to_string(m.excluded[0].availability.reasons.at(0).code) == "resting");
  CHECK_FALSE(m.excluded[1].availability.next_available.valid());
  CHECK(to_string(m.excluded[2].availability.reasons.at(0).code) == "not-active");
  // The excluded are scored too, for the nearest and for --all.
  CHECK(m.excluded[0].score > m.eligible[0].score);
}

TEST_CASE("the excluded are ordered by next available day then id") {
  Fixture f;
  f.active("late");
  f.ask("late", "2026-11-10");  // rests until 2027-01-09
  f.active("soon-b");
  f.ask("soon-b", "2026-10-01");  // until 2026-11-30
  f.active("soon-a", "limits: {max_per_quarter: 1}\n");
  f.ask("soon-a", "2026-09-01", "webinar");  // quarter cap until 2026-11-30
  f.active("never-b", "do_not_contact: true\n");
  f.active("never-a", "do_not_contact: true\n");
  const MatchResult m = f.match();
  CHECK(m.eligible.empty());
  CHECK(ids(m.excluded) == Ids{"soon-a", "soon-b", "late", "never-a", "never-b"});
}

TEST_CASE("the same input gives the same order whatever the order of the records") {
  Fixture one;
  Fixture two;
  const char* names[] = {"c", "a", "d", "b"};
  for (const char* n : names) one.active(n, "industry: healthcare\n");
  for (auto it = std::rbegin(names); it != std::rend(names); ++it) two.active(*it, "industry: healthcare\n");
  CHECK(ids(one.match().eligible) == ids(two.match().eligible));
  CHECK(ids(one.match().eligible) == Ids{"a", "b", "c", "d"});
}

TEST_CASE("limits on asking are the reasons that come from the log") {
  CHECK(limits_asking(RestCode::resting));
  CHECK(limits_asking(RestCode::min_gap));
  CHECK(limits_asking(RestCode::cap_quarter));
  CHECK(limits_asking(RestCode::cap_year));
  CHECK(limits_asking(RestCode::scheduled));
  CHECK_FALSE(limits_asking(RestCode::blackout));
  CHECK_FALSE(limits_asking(RestCode::no_consent));
  CHECK_FALSE(limits_asking(RestCode::do_not_contact));
  CHECK_FALSE(limits_asking(RestCode::not_willing));
  CHECK_FALSE(limits_asking(RestCode::not_active));
}

TEST_CASE("the nearest three are the first free then the best fits held back by rest") {
  Fixture f;
  // holiday: a perfect fit away until 2026-11-22 (a blackout, never relaxed)
  f.active("holiday", "industry: healthcare\nregion: emea\nunavailable: [{from: 2026-11-01, to: 2026-11-21}]\n");
  // gap: min-gap until 2026-11-29, no fit: recency 2 × 5/365 only
  f.active("gap", "industry: retail\n");
  f.ask("gap", "2026-11-15", "webinar");
  // rested: resting until 2026-11-30, industry fits
  f.active("rested", "industry: healthcare\n");
  f.ask("rested", "2026-10-01");
  // late: a perfect fit resting until 2027-01-09
  f.active("late", "industry: healthcare\nregion: emea\n");
  f.ask("late", "2026-11-10");
  f.active("gone", "industry: healthcare\nregion: emea\ndo_not_contact: true\n");
  const MatchResult m = f.match();
  REQUIRE(m.eligible.empty());
  const auto near = nearest_candidates(m);
  REQUIRE(near.size() == 3);
  // 1. free soonest: holiday (2026-11-22), though a blackout is never relaxed
  CHECK(m.excluded[near[0].excluded].advocate->id.str() == "holiday");
  CHECK(near[0].why == Nearness::free_soonest);
  // 2, 3. best fits held back by rest: late (5.05 / 7 = 72.2) before
  // rested (3.27 / 7 = 46.8) before gap (0.03 / 7 = 0.4)
  CHECK(m.excluded[near[1].excluded].advocate->id.str() == "late");
  CHECK(near[1].why == Nearness::best_fit);
  CHECK(m.excluded[near[2].excluded].advocate->id.str() == "rested");
  CHECK(near[2].why == Nearness::best_fit);
}

TEST_CASE("the nearest fill up with the next free and leave out who never clears") {
  Fixture f;
  f.active("away-1", "unavailable: [{from: 2026-11-01, to: 2026-11-25}]\n");
  f.active("away-2", "industry: healthcare\nunavailable: [{from: 2026-11-01, to: 2026-12-25}]\n");
  f.active("away-3", "industry: healthcare\nregion: emea\nunavailable: [{from: 2026-11-01, to: 2027-01-25}]\n");
  f.active("resting");
  f.ask("resting", "2026-11-10");  // until 2027-01-09; min-gap until 2026-11-24
  f.active("capped", "industry: healthcare\nregion: emea\nlimits: {max_per_quarter: 0}\n");  // never clears
  f.active("gone", "industry: healthcare\nregion: emea\ndo_not_contact: true\n");
  const MatchResult m = f.match();
  const auto near = nearest_candidates(m);
  REQUIRE(near.size() == 3);
  CHECK(m.excluded[near[0].excluded].advocate->id.str() == "away-1");  // 2026-11-26
  CHECK(m.excluded[near[1].excluded].advocate->id.str() == "resting");  // the only one rest holds back
  CHECK(near[1].why == Nearness::best_fit);
  CHECK(m.excluded[near[2].excluded].advocate->id.str() == "away-2");  // 2026-12-26
  CHECK(near[2].why == Nearness::free_soonest);
  CHECK(nearest_candidates(m, 1).size() == 1);
  CHECK(nearest_candidates(m, 10).size() == 4);  // capped and gone never
}

TEST_CASE("no candidate is near when nobody can clear") {
  Fixture f;
  f.active("gone", "do_not_contact: true\n");
  f.advocate("nominee", "stage: nominated\n");
  CHECK(nearest_candidates(f.match()).empty());
}
