// Dates as typed: words, offsets (with month clamping and leap years),
// weekday names, and what is refused.
#include "advo/domain/date_input.hpp"

#include <string>

#include <doctest/doctest.h>

using advo::Date;

namespace {

const Date kMonday = *Date::parse("2026-12-07");

std::string typed(std::string_view text, Date today = kMonday) {
  const auto d = advo::parse_date_input(text, today);
  return d ? d->str() : "none";
}

}  // namespace

TEST_CASE("typed dates: YYYY-MM-DD and the words for days around today") {
  CHECK(typed("2026-02-28") == "2026-02-28");
  CHECK(typed("2026-02-29") == "none");
  CHECK(typed("today") == "2026-12-07");
  CHECK(typed("yesterday") == "2026-12-06");
  CHECK(typed("tomorrow") == "2026-12-08");
  CHECK(typed("Today") == "2026-12-07");
  CHECK(typed("TOMORROW") == "2026-12-08");
  CHECK(typed("2026-12-31", Date()) == "2026-12-31");
  CHECK(typed("today", Date()) == "none");
}

TEST_CASE("typed dates: offsets in days and weeks") {
  CHECK(typed("+0d") == "2026-12-07");
  CHECK(typed("+7d") == "2026-12-14");
  CHECK(typed("-30d") == "2026-11-07");
  CHECK(typed("+25d") == "2027-01-01");
  CHECK(typed("+2w") == "2026-12-21");
  CHECK(typed("-1w") == "2026-11-30");
  CHECK(typed("+1W") == "2026-12-14");
  CHECK(typed("+1d", *Date::parse("2028-02-28")) == "2028-02-29");
  CHECK(typed("+1d", *Date::parse("2027-02-28")) == "2027-03-01");
}

TEST_CASE("typed dates: months keep the day of the month clamped to the month end") {
  CHECK(typed("+1m") == "2027-01-07");
  CHECK(typed("-12m") == "2025-12-07");
  CHECK(typed("+1m", *Date::parse("2026-01-31")) == "2026-02-28");
  CHECK(typed("+1m", *Date::parse("2028-01-31")) == "2028-02-29");
  CHECK(typed("+12m", *Date::parse("2028-02-29")) == "2029-02-28");
  CHECK(typed("+48m", *Date::parse("2028-02-29")) == "2032-02-29");
  CHECK(typed("-1m", *Date::parse("2026-03-31")) == "2026-02-28");
  CHECK(typed("+3m", *Date::parse("2026-11-30")) == "2027-02-28");
  CHECK(typed("+1m", *Date::parse("2026-08-31")) == "2026-09-30");
}

TEST_CASE("typed dates: a weekday is the next one strictly after today") {
  // 2026-12-07 is a Monday.
  CHECK(typed("tuesday") == "2026-12-08");
  CHECK(typed("friday") == "2026-12-11");
  CHECK(typed("fri") == "2026-12-11");
  CHECK(typed("Sunday") == "2026-12-13");
  CHECK(typed("monday") == "2026-12-14");
  CHECK(typed("mon") == "2026-12-14");
  CHECK(typed("thu", *Date::parse("2026-12-31")) == "2027-01-07");
  CHECK(typed("sat", *Date::parse("2028-02-25")) == "2028-02-26");
  CHECK(typed("tue", *Date::parse("2028-02-25")) == "2028-02-29");
}

TEST_CASE("typed dates: anything else is refused as are days outside the calendar") {
  for (const char* text : {"", "soon", "7d", "+7", "+d", "+ 7d", "+-7d", "++7d", "+7y", "+7dd", "fr", "frid",
                           "next friday", "2026-1-5", " today", "+99999999d"})
    CHECK_MESSAGE(typed(text) == "none", text);
  CHECK(typed("+1d", *Date::parse("9999-12-31")) == "none");
  CHECK(typed("+1m", *Date::parse("9999-12-01")) == "none");
  CHECK(typed("-1d", *Date::parse("0001-01-01")) == "none");
  CHECK(typed("fri", *Date::parse("9999-12-31")) == "none");
  CHECK(typed("+3650000d") == "none");
  CHECK(typed("-24000m") == "0026-12-07");
  CHECK(typed("-30000m") == "none");
}

TEST_CASE("typed dates: one message lists the forms") {
  const std::string message = advo::invalid_date_input("soon");
  CHECK(message.starts_with("invalid date 'soon' (expected YYYY-MM-DD, today, yesterday, tomorrow"));
  CHECK(message.find("+Nm") != std::string::npos);
  CHECK(message.find("friday") != std::string::npos);
}
