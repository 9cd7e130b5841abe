// Membership, nominations and coverage on the report fixture, 2026-Q3
// (as of 2026-09-30). The working is in the comments.
#include <doctest/doctest.h>

#include "advo/domain/report.hpp"
#include "../report_fixture.hpp"

using namespace advo;
using test::day;

namespace {
std::vector<std::string> ids(const std::vector<const Advocate*>& list) {
  std::vector<std::string> out;
  for (const Advocate* a : list) out.push_back(a->id.str());
  return out;
}
}  // namespace

TEST_CASE("membership counts stages now and who came in during the period") {
  const MembershipSection m = membership_section(test::report_fixture(), test::q3());
  // Ten advocates: dee nominated; eve qualified; ada, bo, cy, hal, ivy, jo
  // active; gus paused; fay declined; no alumni.
  CHECK(m.advocates.size() == 10);
  CHECK(m.by_stage == std::array<size_t, 6>{1, 1, 6, 1, 0, 1});
  // Nominated in Q3: bo 07-05, fay 07-20, eve 08-10, dee 09-20 (by id).
  CHECK(ids(m.added) == std::vector<std::string>{"bo-berg-beta", "dee-dunn-delta", "eve-east-epsilon", "fay-fox-zeta"});
  // Active with stage_on in Q3: only bo (08-01); cy, hal, ivy, jo and ada
  // became active before.
  CHECK(ids(m.activated) == std::vector<std::string>{"bo-berg-beta"});
}

TEST_CASE("nominations of the period by source and nominator with conversion and aging") {
  const NominationsSection n = nominations_section(test::report_fixture(), test::q3(), day("2026-09-30"));
  // By date: bo 07-05 (success, lee.park, active), fay 07-20 (support,
  // lee.park, declined), eve 08-10 (sales, sam.ortiz, qualified), dee 09-20
  // (self, nobody named, nominated).
  CHECK(ids(n.nominations) ==
        std::vector<std::string>{"bo-berg-beta", "fay-fox-zeta", "eve-east-epsilon", "dee-dunn-delta"});
  // Qualified or beyond: bo and eve. Declined fay does not count.
  CHECK(n.qualified == 2);
  CHECK(n.conversion.numerator == 2);
  CHECK(n.conversion.denominator == 4);
  // One each; ties by name.
  REQUIRE(n.by_source.size() == 4);
  CHECK(n.by_source[0].name == "sales");
  CHECK(n.by_source[0].qualified == 1);
  CHECK(n.by_source[1].name == "self");
  CHECK(n.by_source[1].qualified == 0);
  CHECK(n.by_source[2].name == "success");
  CHECK(n.by_source[3].name == "support");
  // lee.park 2 (bo qualified, fay not); then 1 each, the unnamed last.
  REQUIRE(n.by_nominator.size() == 3);
  CHECK(n.by_nominator[0].name == "lee.park");
  CHECK(n.by_nominator[0].nominated == 2);
  CHECK(n.by_nominator[0].qualified == 1);
  CHECK(n.by_nominator[1].name == "sam.ortiz");
  CHECK(n.by_nominator[2].name == "");
  // dee is still nominated, 09-30 − 09-20 = 10 days ≥ 7.
  CHECK(ids(n.aging) == std::vector<std::string>{"dee-dunn-delta"});
  // Six days after her nomination she is not aging yet; at seven she is.
  CHECK(nominations_section(test::report_fixture(), test::q3(), day("2026-09-26")).aging.empty());
  CHECK(nominations_section(test::report_fixture(), test::q3(), day("2026-09-27")).aging.size() == 1);
}

TEST_CASE("an empty period has no nominations and an undefined conversion") {
  const Period p = parse_period("2020", day("2026-11-16"));
  const NominationsSection n = nominations_section(test::report_fixture(), p, p.to);
  CHECK(n.nominations.empty());
  CHECK_FALSE(n.conversion.defined());
  CHECK(percent_text(n.conversion) == "n/a");
  const MembershipSection m = membership_section(test::report_fixture(), p);
  CHECK(m.added.empty());
  CHECK(m.by_stage[2] == 6);  // stages are of now, whatever the period
}

TEST_CASE("coverage counts active and available advocates against each target") {
  const CoverageSection c = coverage_section(test::report_fixture(), day("2026-09-30"));
  CHECK(c.available_for == "reference-call");
  REQUIRE(c.targets.size() == 3);
  // industry healthcare, wanted 2: active ada and bo. Neither is free for a
  // reference call on 09-30: ada asked 07-10 and 08-20 (2 asks in 90 days,
  // the quarter cap), bo's call of 08-05 rests calls until 10-04.
  CHECK(c.targets[0].active == 2);
  CHECK(c.targets[0].available == std::optional<size_t>(0));
  CHECK(c.targets[0].gap == 0);
  CHECK(c.targets[0].met());
  // region emea, wanted 3: active ada, cy, hal, jo (eve is qualified, gus
  // paused). Available: only jo; cy has a call scheduled on 12-01 and hal
  // is not to be contacted.
  CHECK(c.targets[1].active == 4);
  CHECK(c.targets[1].available == std::optional<size_t>(1));
  CHECK(c.targets[1].gap == 0);
  // products analytics, wanted 5: ada, bo, hal, jo; gap 1; available jo.
  CHECK(c.targets[2].active == 4);
  CHECK(c.targets[2].available == std::optional<size_t>(1));
  CHECK(c.targets[2].gap == 1);
  CHECK_FALSE(c.targets[2].met());
  CHECK(c.targets_met.numerator == 2);
  CHECK(c.targets_met.denominator == 3);
}

TEST_CASE("coverage without a reference-call type counts no one as available") {
  Program p = test::report_fixture();
  std::erase_if(p.settings.types, [](const ActivityType& t) { return t.name == "reference-call"; });
  const CoverageSection c = coverage_section(p, day("2026-09-30"));
  CHECK(c.available_for.empty());
  REQUIRE(c.targets.size() == 3);
  CHECK_FALSE(c.targets[0].available.has_value());
  CHECK(c.targets[1].active == 4);
}

TEST_CASE("no targets: nothing met and the share undefined") {
  Program p = test::report_fixture();
  p.settings.targets.clear();
  const CoverageSection c = coverage_section(p, day("2026-09-30"));
  CHECK(c.targets.empty());
  CHECK_FALSE(c.targets_met.defined());
}

TEST_CASE("targets match scalar fields ignoring case and list fields by membership") {
  const Program& p = test::report_fixture();
  const Advocate& bo = *p.find_advocate("bo-berg-beta");
  CHECK(advocate_matches(bo, "industry", "Healthcare"));
  CHECK(advocate_matches(bo, "region", "NA"));
  CHECK(advocate_matches(bo, "products", "reporting"));
  CHECK_FALSE(advocate_matches(bo, "products", "report"));
  CHECK_FALSE(advocate_matches(bo, "segment", "enterprise"));
  CHECK(nomination_date(bo).str() == "2026-07-05");
  CHECK(qualified_or_beyond(Stage::alumni));
  CHECK_FALSE(qualified_or_beyond(Stage::declined));
  CHECK_FALSE(qualified_or_beyond(Stage::nominated));
}
