#include "advo/domain/date.hpp"

#include <doctest/doctest.h>

using advo::Date;

TEST_CASE("dates parse strictly as YYYY-MM-DD") {
  CHECK(Date::parse("2026-11-23").has_value());
  CHECK(Date::parse("2024-02-29").has_value());
  CHECK_FALSE(Date::parse("2026-02-29").has_value());
  CHECK_FALSE(Date::parse("2026-13-01").has_value());
  CHECK_FALSE(Date::parse("2026-00-10").has_value());
  CHECK_FALSE(Date::parse("2026-1-01").has_value());
  CHECK_FALSE(Date::parse("2026-01-01 ").has_value());
  CHECK_FALSE(Date::parse("20260101").has_value());
  CHECK_FALSE(Date::parse("").has_value());
  CHECK_FALSE(Date::parse("2026-04-31").has_value());
  CHECK_FALSE(Date::parse("1900-02-29").has_value());
  CHECK(Date::parse("2000-02-29").has_value());
}

TEST_CASE("dates format and count days") {
  const Date d = *Date::parse("2026-11-23");
  CHECK(d.str() == "2026-11-23");
  CHECK(d.month_key() == "2026-11");
  CHECK(d.year() == 2026);
  CHECK(d.month() == 11);
  CHECK(d.day() == 23);
  CHECK(d.quarter() == 4);
  CHECK((d + 8).str() == "2026-12-01");
  CHECK((d - 23).str() == "2026-10-31");
  CHECK(*Date::parse("2027-01-01") - *Date::parse("2026-01-01") == 365);
  CHECK(Date::parse("1970-01-01")->days() == 0);
  CHECK(Date().str().empty());
  CHECK_FALSE(Date().valid());
}

TEST_CASE("periods start where the calendar says") {
  const Date d = *Date::parse("2026-08-17");
  CHECK(advo::first_of_month(d).str() == "2026-08-01");
  CHECK(advo::first_of_quarter(d).str() == "2026-07-01");
  CHECK(advo::first_of_year(d).str() == "2026-01-01");
  CHECK(advo::add_months(*Date::parse("2026-01-31"), 1).str() == "2026-02-28");
  CHECK(advo::add_months(*Date::parse("2026-11-15"), 3).str() == "2027-02-15");
  CHECK(advo::add_months(*Date::parse("2026-03-15"), -3).str() == "2025-12-15");
}
