// Stories and hygiene on the report fixture. The working is in the
// comments.
#include <doctest/doctest.h>

#include "advo/domain/report.hpp"
#include "../report_fixture.hpp"

using namespace advo;
using test::day;

TEST_CASE("stories by status added expiring and expired but published") {
  const StoriesSection s = stories_section(test::report_fixture(), test::q3(), day("2026-09-30"));
  // draft delta; approved beta; published alpha, gamma, iota; retired eta.
  CHECK(s.by_status == std::array<size_t, 5>{1, 0, 1, 3, 1});
  // Approved in Q3: alpha (08-01).
  CHECK(s.added == 1);
  // beta (approved) expires 10-15: 15 days after 09-30, within 30. iota
  // expires 12-10, 71 days away.
  REQUIRE(s.expiring.size() == 1);
  CHECK(s.expiring[0]->id.view() == "beta-clinics-quote");
  // gamma expired 09-01 and is still published; eta expired but is retired.
  REQUIRE(s.expired_published.size() == 1);
  CHECK(s.expired_published[0]->id.view() == "gamma-retail-video");
  REQUIRE(s.rows.size() == 6);
}

TEST_CASE("stories expiring on the as-of day or exactly at the warning horizon count") {
  // On 2026-11-10 iota (12-10) is 30 days away: expiring. On 11-09, 31: not.
  CHECK(stories_section(test::report_fixture(), test::q3(), day("2026-11-10")).expiring.size() == 1);
  CHECK(stories_section(test::report_fixture(), test::q3(), day("2026-11-09")).expiring.empty());
  // beta expires 10-15 and is only approved: on 10-16 it is neither.
  const StoriesSection s = stories_section(test::report_fixture(), test::q3(), day("2026-10-16"));
  CHECK(s.expiring.empty());
  CHECK(s.expired_published.size() == 1);
}

TEST_CASE("hygiene as of the period end") {
  const HygieneSection h = hygiene_section(test::report_fixture(), day("2026-09-30"));
  // Active: ada (verified 09-01), bo (03-01: 213 days), cy (never), hal
  // (06-01: 121 days), ivy (08-15), jo (09-15). Stale: cy, then bo.
  CHECK(h.active == 6);
  REQUIRE(h.stale_profiles.size() == 2);
  CHECK(h.stale_profiles[0].advocate->id.view() == "cy-cole-gamma");
  CHECK_FALSE(h.stale_profiles[0].days.has_value());
  CHECK(h.stale_profiles[1].advocate->id.view() == "bo-berg-beta");
  CHECK(h.stale_profiles[1].days == 213);
  CHECK(h.stale_share().numerator == 2);
  CHECK(h.stale_share().denominator == 6);
  // dee, nominated 09-20: 10 days.
  REQUIRE(h.aging_nominations.size() == 1);
  CHECK(h.aging_nominations[0].days == 10);
  // Quote consents: gus (paused, still counts) 10-10, ada 10-20; ivy's
  // 12-01 is beyond 30 days.
  REQUIRE(h.expiring_consents.size() == 2);
  CHECK(h.expiring_consents[0].advocate->id.view() == "gus-gray-eta");
  CHECK(h.expiring_consents[0].days == 10);
  CHECK(h.expiring_consents[1].advocate->id.view() == "ada-ames-alpha");
  CHECK(h.expiring_consents[1].scope == Scope::quote);
  CHECK(h.expiring_consents[1].days == 20);
}

TEST_CASE("a profile verified exactly profile_days ago is stale") {
  // bo was verified 2026-03-01; 180 days later is 2026-08-28.
  const Program& p = test::report_fixture();
  auto stale_ids = [&](const char* on) {
    std::vector<std::string> out;
    for (const StaleProfile& s : hygiene_section(p, day(on)).stale_profiles) out.push_back(s.advocate->id.str());
    return out;
  };
  CHECK(stale_ids("2026-08-27") == std::vector<std::string>{"cy-cole-gamma"});
  CHECK(stale_ids("2026-08-28") == std::vector<std::string>{"cy-cole-gamma", "bo-berg-beta"});
}

TEST_CASE("no active advocates: the stale share is undefined") {
  Program p = test::report_fixture();
  for (Advocate& a : p.advocates)
    if (a.stage == Stage::active) a.stage = Stage::paused;
  const HygieneSection h = hygiene_section(p, day("2026-09-30"));
  CHECK(h.active == 0);
  CHECK_FALSE(h.stale_share().defined());
}
