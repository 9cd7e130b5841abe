// The health verdict, section names and the whole report on the report
// fixture. The working is in the comments.
#include "advo/domain/report.hpp"

#include <doctest/doctest.h>

#include "../report_fixture.hpp"

using namespace advo;
using test::day;

TEST_CASE("health of 2026-Q3 is red and says why") {
  const Report r = build_report(test::report_fixture(), test::q3(), day("2026-11-16"));
  CHECK(r.as_of.str() == "2026-09-30");
  REQUIRE(r.health.measures.size() == 3);
  // Fulfilment 4 / 6 = 0.667 < 0.75: red.
  const HealthMeasure& f = r.health.measures[0];
  CHECK(f.name == "fulfilment_rate");
  CHECK(f.status == Rag::red);
  CHECK(f.message == "67% of the period's requests were fulfilled (4 fulfilled, 2 unfulfilled); green from 90%, "
                     "amber from 75%");
  // Targets met 2 / 3 = 0.667: at least 0.5, below 1: amber.
  CHECK(r.health.measures[1].name == "targets_met");
  CHECK(r.health.measures[1].status == Rag::amber);
  // Stale 2 / 6 = 0.333 > 0.25: red.
  CHECK(r.health.measures[2].name == "stale_profiles");
  CHECK(r.health.measures[2].status == Rag::red);
  CHECK(r.health.status == Rag::red);
}

TEST_CASE("health follows the thresholds of the settings") {
  Program p = test::report_fixture();
  p.settings.health.fulfilment_rate_green = 0.6;  // 0.667 ≥ 0.6: green
  p.settings.health.fulfilment_rate_amber = 0.5;
  p.settings.health.targets_met_green = 0.6;      // 0.667: green
  p.settings.health.stale_profiles_green = 0.2;
  p.settings.health.stale_profiles_amber = 0.34;  // 0.333 ≤ 0.34: amber
  const Report r = build_report(p, test::q3(), day("2026-11-16"));
  CHECK(r.health.measures[0].status == Rag::green);
  CHECK(r.health.measures[1].status == Rag::green);
  CHECK(r.health.measures[2].status == Rag::amber);
  CHECK(r.health.status == Rag::amber);
}

TEST_CASE("a measure exactly at its threshold takes the better colour") {
  Program p = test::report_fixture();
  p.settings.health.stale_profiles_green = 2.0 / 6.0;
  const Report r = build_report(p, test::q3(), day("2026-11-16"));
  CHECK(r.health.measures[2].status == Rag::green);
}

TEST_CASE("an empty period leaves undefined measures out of the verdict") {
  Program p = test::report_fixture();
  p.settings.targets.clear();
  const Period empty = parse_period("2020", day("2026-11-16"));
  const Report r = build_report(p, empty, day("2026-11-16"));
  // No request settled and no targets: unknown; the stale share as of
  // 2020-12-31: every active profile is verified after that day or never
  // (cy): 1 of 6 stale, 0.167: amber.
  CHECK(r.health.measures[0].status == Rag::unknown);
  CHECK(r.health.measures[0].message == "no request of the period was fulfilled or unfulfilled yet");
  CHECK(r.health.measures[1].status == Rag::unknown);
  CHECK(r.health.measures[2].status == Rag::amber);
  CHECK(r.health.status == Rag::amber);
  CHECK_FALSE(r.requests.fulfilment.defined());
  CHECK_FALSE(r.engagements.acceptance.defined());
  CHECK_FALSE(r.revenue.win_rate.defined());
  CHECK_FALSE(r.nominations.conversion.defined());
}

TEST_CASE("with nothing to measure the health is unknown") {
  Program p;
  p.build_indexes();
  const Report r = build_report(p, parse_period("2026-Q3", day("2026-11-16")), day("2026-11-16"));
  CHECK(r.health.status == Rag::unknown);
  CHECK(to_string(r.health.status) == "unknown");
}

TEST_CASE("sections by name") {
  CHECK(section_names().size() == kSectionCount);
  CHECK(section_names().front() == "health");
  CHECK(section_names().back() == "hygiene");
  CHECK(parse_section("coverage") == Section::coverage);
  CHECK_FALSE(parse_section("Coverage").has_value());
  CHECK(to_string(Section::utilisation) == "utilisation");
  CHECK(percent_text(Ratio{2, 3}) == "67%");
  CHECK(percent_text(Ratio{0, 0}) == "n/a");
}
