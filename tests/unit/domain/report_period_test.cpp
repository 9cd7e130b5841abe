#include "advo/domain/report_period.hpp"

#include <doctest/doctest.h>

#include "advo/domain/domain_error.hpp"

using namespace advo;

namespace {
Date day(const char* text) { return *Date::parse(text); }
std::string range(const Period& p) { return p.from.str() + ".." + p.to.str(); }
}  // namespace

TEST_CASE("periods name quarters years and months") {
  const Date today = day("2026-11-16");
  CHECK(range(parse_period("2026-Q3", today)) == "2026-07-01..2026-09-30");
  CHECK(parse_period("2026-Q3", today).label == "2026-Q3");
  CHECK(range(parse_period("2026-q1", today)) == "2026-01-01..2026-03-31");
  CHECK(range(parse_period("2026-Q4", today)) == "2026-10-01..2026-12-31");
  CHECK(range(parse_period("2026", today)) == "2026-01-01..2026-12-31");
  CHECK(range(parse_period("2026-02", today)) == "2026-02-01..2026-02-28");
  CHECK(range(parse_period("2024-02", today)) == "2024-02-01..2024-02-29");
}

TEST_CASE("relative periods count from today") {
  const Date today = day("2026-11-16");
  CHECK(range(parse_period("this-quarter", today)) == "2026-10-01..2026-12-31");
  CHECK(range(parse_period("last-quarter", today)) == "2026-07-01..2026-09-30");
  CHECK(parse_period("last-quarter", today).label == "2026-Q3");
  // The twelve months that end today: from the day after the same day a year ago.
  CHECK(range(parse_period("last-12-months", today)) == "2025-11-17..2026-11-16");
  // In January the last quarter is the year before's fourth.
  CHECK(range(parse_period("last-quarter", day("2026-01-05"))) == "2025-10-01..2025-12-31");
  CHECK(range(quarter_of(day("2026-03-31"))) == "2026-01-01..2026-03-31");
}

TEST_CASE("bad periods are usage errors that list the accepted forms") {
  const Date today = day("2026-11-16");
  for (const char* bad : {"2026-Q5", "2026-Q0", "2026-13", "2026-00", "26", "Q3", "last-year", "2026-1", "", "2026-11-01"})
    CHECK_THROWS_WITH_AS(parse_period(bad, today), doctest::Contains("YYYY-Qn"), DomainError);
}

TEST_CASE("from and to are inclusive and ordered") {
  const Period p = period_between("2026-08-01", "2026-08-31");
  CHECK(range(p) == "2026-08-01..2026-08-31");
  CHECK(p.contains(day("2026-08-01")));
  CHECK(p.contains(day("2026-08-31")));
  CHECK_FALSE(p.contains(day("2026-09-01")));
  CHECK_FALSE(p.contains(Date()));
  CHECK(range(period_between("2026-08-01", "2026-08-01")) == "2026-08-01..2026-08-01");
  CHECK_THROWS_AS(period_between("2026-08-02", "2026-08-01"), DomainError);
  CHECK_THROWS_AS(period_between("2026-8-1", "2026-08-31"), DomainError);
  CHECK_THROWS_AS(period_between("2026-08-01", "soon"), DomainError);
}

TEST_CASE("the as-of day is the period end or today when that is earlier") {
  const Period q4 = parse_period("2026-Q4", day("2026-11-16"));
  CHECK(q4.as_of(day("2026-11-16")).str() == "2026-11-16");
  CHECK(q4.as_of(day("2027-02-01")).str() == "2026-12-31");
}
