// Requests and revenue on the report fixture. The working is in the
// comments.
#include <doctest/doctest.h>

#include "advo/domain/report.hpp"
#include "../report_fixture.hpp"

using namespace advo;
using test::day;

TEST_CASE("nearest-rank percentiles of none one two and more values") {
  CHECK_FALSE(nearest_rank({}, 50).has_value());
  // One value is every percentile.
  CHECK(nearest_rank({7}, 50) == 7);
  CHECK(nearest_rank({7}, 90) == 7);
  // Two values: the median is rank ceil(0.5 × 2) = 1, the 90th rank ceil(1.8) = 2.
  CHECK(nearest_rank({2, 4}, 50) == 2);
  CHECK(nearest_rank({2, 4}, 90) == 4);
  // Ten values 1..10: the 90th percentile is rank 9.
  CHECK(nearest_rank({1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, 90) == 9);
  CHECK(nearest_rank({1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, 50) == 5);
  CHECK(nearest_rank({1, 2, 3}, 100) == 3);
}

TEST_CASE("requests of the period") {
  const RequestsSection r = requests_section(test::report_fixture(), test::q3());
  // Requested in Q3: acme 07-08 (fulfilled 07-10: 2 days), hart 07-20
  // (unfulfilled, no reason), bolt 08-01 (fulfilled 08-05: 4 days), cora
  // 08-10 (fulfilled 08-20: 10 days), dyno 09-01 (unfulfilled), kilo 09-05
  // (fulfilled 09-07: 2 days), echo 09-15 (open), fern 09-20 (cancelled).
  // gale (06-20) and iris, jade (November) are of other periods.
  REQUIRE(r.rows.size() == 8);
  CHECK(r.rows.front().request->id.view() == "2026-07-08-acme-health-reference-call");
  CHECK(r.rows.back().request->id.view() == "2026-09-20-fern-inc-reference-call");
  // open, matched, scheduled, fulfilled, unfulfilled, cancelled
  CHECK(r.by_status == std::array<size_t, 6>{1, 0, 0, 4, 2, 1});
  // 4 / (4 + 2)
  CHECK(r.fulfilment.numerator == 4);
  CHECK(r.fulfilment.denominator == 6);
  // Days 2, 2, 4, 10: median rank ceil(2) = 2 → 2; 90th rank ceil(3.6) = 4 → 10.
  CHECK(r.median_days == 2);
  CHECK(r.p90_days == 10);
  // Within the 5-day SLA: 2, 2 and 4 days; cora's 10 is not.
  CHECK(r.within_sla.numerator == 3);
  CHECK(r.within_sla.denominator == 4);
  REQUIRE(r.unfulfilled_reasons.size() == 2);
  CHECK(r.unfulfilled_reasons[0].reason == "No case-study advocate in retail");
  CHECK(r.unfulfilled_reasons[1].reason.empty());  // no reason given: last
}

TEST_CASE("a period with no requests has undefined rates and no days") {
  // December 2025 has gus's quote and nothing else.
  const RequestsSection r = requests_section(test::report_fixture(), parse_period("2025-12", day("2026-11-16")));
  CHECK(r.rows.empty());
  CHECK_FALSE(r.fulfilment.defined());
  CHECK_FALSE(r.within_sla.defined());
  CHECK_FALSE(r.median_days.has_value());
  CHECK_FALSE(r.p90_days.has_value());
}

TEST_CASE("percentiles of one fulfilled request and of two") {
  // June: gale, requested 06-20, fulfilled 06-25: 5 days.
  const RequestsSection june = requests_section(test::report_fixture(), parse_period("2026-06", day("2026-11-16")));
  CHECK(june.median_days == 5);
  CHECK(june.p90_days == 5);
  CHECK(june.within_sla.numerator == 1);  // 5 days is within 5
  // 07-01 to 08-05: acme (2 days), hart (unfulfilled), bolt (4 days).
  const RequestsSection two = requests_section(test::report_fixture(), period_between("2026-07-01", "2026-08-05"));
  CHECK(two.median_days == 2);
  CHECK(two.p90_days == 4);
  CHECK(two.fulfilment.numerator == 2);
  CHECK(two.fulfilment.denominator == 3);
}

TEST_CASE("a period whose requests are none fulfilled has no days but a rate") {
  // Only cancelled fern (09-20) falls on 09-16 to 09-30 with open echo (09-15)
  // outside: nothing fulfilled or unfulfilled.
  const RequestsSection r = requests_section(test::report_fixture(), period_between("2026-09-16", "2026-09-30"));
  CHECK(r.rows.size() == 1);
  CHECK_FALSE(r.fulfilment.defined());
  CHECK_FALSE(r.median_days.has_value());
}

TEST_CASE("revenue influenced in the program currency with other currencies apart") {
  const RevenueSection r = revenue_section(test::report_fixture(), test::q3());
  // Fulfilled requests whose deal closed in Q3: gale won 07-20 (USD
  // 200,000; requested in June, which does not matter), acme won 08-15 (USD
  // 100,000), bolt lost 09-10 (EUR 50,000). dyno's lost deal is of an
  // unfulfilled request: not influenced.
  CHECK(r.main.currency == "USD");
  CHECK(r.main.won.count == 2);
  CHECK(r.main.won.amount == doctest::Approx(300000));
  CHECK(r.main.lost.count == 0);
  CHECK(r.main.lost.amount == doctest::Approx(0));
  // Open at 09-30: cora (deal open, USD by default, 80,000) and kilo (won
  // only on 10-10, 60,000).
  CHECK(r.main.open_pipeline.count == 2);
  CHECK(r.main.open_pipeline.amount == doctest::Approx(140000));
  REQUIRE(r.others.size() == 1);
  CHECK(r.others[0].currency == "EUR");
  CHECK(r.others[0].lost.count == 1);
  CHECK(r.others[0].lost.amount == doctest::Approx(50000));
  CHECK(r.others[0].won.count == 0);
  // Win rate counts deals of every currency: 2 won of 3 closed.
  CHECK(r.win_rate.numerator == 2);
  CHECK(r.win_rate.denominator == 3);
  CHECK(r.rows.size() == 5);
}

TEST_CASE("revenue of the next quarter counts kilo's win") {
  const RevenueSection r = revenue_section(test::report_fixture(), parse_period("2026-Q4", day("2026-11-16")));
  // Q4: kilo won 10-10 (60,000). cora is still open at 12-31. Nothing lost.
  CHECK(r.main.won.count == 1);
  CHECK(r.main.won.amount == doctest::Approx(60000));
  CHECK(r.main.open_pipeline.count == 1);
  CHECK(r.others.empty());
  CHECK(r.win_rate.numerator == 1);
  CHECK(r.win_rate.denominator == 1);
}

TEST_CASE("an empty period has no revenue and no win rate") {
  const RevenueSection r = revenue_section(test::report_fixture(), parse_period("2020", day("2026-11-16")));
  CHECK(r.main.won.count == 0);
  CHECK(r.main.open_pipeline.count == 0);
  CHECK_FALSE(r.win_rate.defined());
}

TEST_CASE("a deal without an amount counts but adds nothing") {
  Program p = test::report_fixture();
  for (Request& q : p.requests)
    if (q.id.view() == "2026-07-08-acme-health-reference-call") q.opportunity.amount = kNoNumber;
  const RevenueSection r = revenue_section(p, test::q3());
  CHECK(r.main.won.count == 2);
  CHECK(r.main.won.amount == doctest::Approx(200000));
  CHECK(r.main.won.without_amount == 1);
}
