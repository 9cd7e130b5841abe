#include "advo/render/report_text.hpp"

#include <doctest/doctest.h>

using namespace advo;

TEST_CASE("amounts are whole units with thousands separated") {
  CHECK(amount_text(0) == "0");
  CHECK(amount_text(999) == "999");
  CHECK(amount_text(1000) == "1,000");
  CHECK(amount_text(1234567.5) == "1,234,568");
  CHECK(amount_text(-45000) == "-45,000");
  CHECK(money_text(Money{2, 300000, 0}, "USD") == "USD 300,000 (2 deals)");
  CHECK(money_text(Money{1, 0, 1}, "EUR") == "EUR 0 (1 deal), 1 without an amount");
}

TEST_CASE("counts days and bars") {
  CHECK(count_text(1, "story") == "1 story");
  CHECK(count_text(2, "story") == "2 stories");
  CHECK(count_text(0, "request") == "0 requests");
  CHECK(days_text(1) == "1 day");
  CHECK(days_text(std::nullopt) == "n/a");
  CHECK(text_bar(0, 10, 20).empty());
  CHECK(text_bar(1, 0, 20).empty());
  CHECK(text_bar(10, 10, 4) == "\u2588\u2588\u2588\u2588");
  CHECK(text_bar(0.1, 10, 4) == "\u2588");  // a value is never invisible
  CHECK(round_amount(0.1 + 0.2) == 0.3);
}

TEST_CASE("the period is named with its dates and the as-of day") {
  Report r;
  r.period = Period{*Date::parse("2026-10-01"), *Date::parse("2026-12-31"), "2026-Q4"};
  r.as_of = *Date::parse("2026-11-16");
  CHECK(period_text(r) == "2026-Q4 (2026-10-01 to 2026-12-31), state as of 2026-11-16");
  r.period.label = "2026-10-01 to 2026-12-31";
  r.as_of = r.period.to;
  CHECK(period_text(r) == "2026-10-01 to 2026-12-31");
}

TEST_CASE("an advocate is named by name and company as far as the record gives them") {
  Advocate a;
  a.id = Sym("hannah-schmidt-klinikum-rhein");
  CHECK(advocate_text(a) == "hannah-schmidt-klinikum-rhein");
  a.name = Sym("Hannah Schmidt");
  CHECK(advocate_text(a) == "Hannah Schmidt");
  a.company = Sym("Klinikum Rhein");
  CHECK(advocate_text(a) == "Hannah Schmidt (Klinikum Rhein)");
}
