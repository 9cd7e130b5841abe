// Engagements and utilisation on the report fixture. The working is in the
// comments.
#include <doctest/doctest.h>
#include <fmt/format.h>

#include "advo/domain/report.hpp"
#include "../report_fixture.hpp"

using namespace advo;
using test::day;

namespace {
std::vector<std::string> ids(const std::vector<AdvocateUse>& list) {
  std::vector<std::string> out;
  for (const AdvocateUse& u : list) out.push_back(u.advocate->id.str());
  return out;
}
}  // namespace

TEST_CASE("engagements of the period: asks gives months types and acceptance") {
  const EngagementsSection e = engagements_section(test::report_fixture(), test::q3());
  // In Q3: 07-10 ada call (completed), 07-12 ivy quote (completed), 07-15 cy
  // case study (completed), 08-01 ivy quote (declined), 08-05 bo call
  // (completed), 08-06 bo thank-you (a give), 08-20 ada quote (declined),
  // 08-20 ivy quote (completed), 09-10 cy call (cancelled: neither).
  CHECK(e.engagements.size() == 9);
  CHECK(e.asks == 7);
  CHECK(e.gives == 1);
  CHECK(e.completed == 5);
  CHECK(e.declined == 2);
  // 5 / (5 + 2) = 0.714…
  CHECK(e.acceptance.numerator == 5);
  CHECK(e.acceptance.denominator == 7);
  REQUIRE(e.by_month.size() == 3);
  CHECK(e.by_month[0].month == "2026-07");
  CHECK(e.by_month[0].asks == 3);
  CHECK(e.by_month[0].gives == 0);
  CHECK(e.by_month[1].asks == 4);
  CHECK(e.by_month[1].gives == 1);
  CHECK(e.by_month[2].month == "2026-09");  // a month with nothing is still listed
  CHECK(e.by_month[2].asks == 0);
  // quote 4 (ivy 3, ada 1), reference-call 2, then case-study and thank-you 1 each, by name.
  REQUIRE(e.by_type.size() == 4);
  CHECK(e.by_type[0].type == "quote");
  CHECK(e.by_type[0].count == 4);
  CHECK(e.by_type[1].type == "reference-call");
  CHECK(e.by_type[1].count == 2);
  CHECK(e.by_type[2].type == "case-study");
  CHECK(e.by_type[3].type == "thank-you");
  CHECK_FALSE(e.by_type[3].ask);
}

TEST_CASE("an empty period has no engagements and an undefined acceptance rate") {
  const EngagementsSection e = engagements_section(test::report_fixture(), parse_period("2020-Q1", day("2026-11-16")));
  CHECK(e.engagements.empty());
  CHECK(e.asks == 0);
  CHECK_FALSE(e.acceptance.defined());
  CHECK(e.by_month.size() == 3);
}

TEST_CASE("utilisation as of the period end") {
  const UtilisationSection u = utilisation_section(test::report_fixture(), day("2026-09-30"));
  // Asks in the 365 days to 09-30: ivy 5 quotes (effort 5 × 10 = 50), ada
  // a call and a quote (40 + 10 = 50), cy a case study (250), bo a call
  // (40), hal a call (40), gus a quote of 2025-12-01 (10). Cy's cancelled
  // call and planned call of 12-01 do not count. Ties go to effort, then id.
  CHECK(ids(u.most_asked) == std::vector<std::string>{"ivy-irwin-iota", "ada-ames-alpha", "cy-cole-gamma",
                                                      "bo-berg-beta", "hal-hart-theta", "gus-gray-eta"});
  CHECK(u.most_asked[0].asks_365 == 5);
  CHECK(u.most_asked[0].effort_365 == 50);
  CHECK(u.most_asked[2].effort_365 == 250);
  // ivy's five quotes, 06-10 to 08-20, are all within 120 days of 09-30
  // (06-10 is 112 days before).
  CHECK(ids(u.fatigue_risk) == std::vector<std::string>{"ivy-irwin-iota"});
  CHECK(u.fatigue_risk[0].asks_120 == 5);
  // Active and no ask in 180 days: jo, never asked. hal (last ask 06-15) is
  // not to be contacted anyway.
  CHECK(ids(u.idle) == std::vector<std::string>{"jo-judd-kappa"});
  CHECK_FALSE(u.idle[0].last_ask.valid());
  // Asked twice or more and no give: ivy (5) and ada (2; her thank-you of
  // 10-05 comes after 09-30). bo got a thank-you but was asked once.
  CHECK(ids(u.give_ask) == std::vector<std::string>{"ivy-irwin-iota", "ada-ames-alpha"});
}

TEST_CASE("the utilisation windows end on the as-of day") {
  // On 2026-10-09 ivy's quote of 06-10 is 121 days old: four asks in 120 days.
  const UtilisationSection u = utilisation_section(test::report_fixture(), day("2026-10-09"));
  CHECK(u.fatigue_risk.empty());
  // ada's thank-you of 10-05 now counts: she leaves give_ask.
  CHECK(ids(u.give_ask) == std::vector<std::string>{"ivy-irwin-iota"});
}

TEST_CASE("most asked keeps the top ten") {
  Program p;
  p.settings.types = default_activity_types();
  for (int i = 0; i < 12; ++i) {
    Advocate a;
    a.id = Sym(fmt::format("a{:02}", i));
    a.stage = Stage::active;
    p.advocates.push_back(a);
    Engagement e;
    e.id = Sym(fmt::format("e{:02}", i));
    e.date = day("2026-09-01");
    e.advocate = a.id;
    e.type = Sym("quote");
    e.outcome = Outcome::completed;
    p.engagements.push_back(e);
  }
  p.build_indexes();
  const UtilisationSection u = utilisation_section(p, day("2026-09-30"));
  REQUIRE(u.most_asked.size() == 10);
  CHECK(u.most_asked.front().advocate->id.view() == "a00");
  CHECK(u.most_asked.back().advocate->id.view() == "a09");
}
