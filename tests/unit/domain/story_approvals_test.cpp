// A story's approvals: reading the old form, renewals and the approval in
// force on a date.
#include "advo/domain/story_approvals.hpp"

#include <doctest/doctest.h>

#include "../test_records.hpp"

using namespace advo;

namespace {

Date day(const char* text) { return *Date::parse(text); }

Story story_with(std::vector<Window> approvals) {
  Story s;
  s.id = Sym("s");
  s.approvals = WindowList(approvals);
  settle_read_approvals(s);
  return s;
}

}  // namespace

TEST_CASE("story approvals: the old form is read as one approval") {
  Story s;
  s.approved_on = day("2026-01-10");
  s.expires_on = day("2027-01-09");
  settle_read_approvals(s);
  REQUIRE(s.approvals.size() == 1);
  CHECK(s.approvals[0].from == day("2026-01-10"));
  CHECK(s.approvals[0].to == day("2027-01-09"));
}

TEST_CASE("story approvals: approved_on and expires_on are the latest approval") {
  const Story s = story_with({{day("2025-01-01"), day("2025-12-31"), Sym()}, {day("2026-02-01"), Date(), Sym()}});
  CHECK(s.approved_on == day("2026-02-01"));
  CHECK(!s.expires_on);
}

TEST_CASE("story approvals: the approval in force on a date") {
  const Story s = story_with({{day("2025-01-01"), day("2025-06-30"), Sym()}, {day("2026-02-01"), day("2027-01-31"), Sym()}});
  CHECK(!approval_on(s, day("2024-12-31")));
  REQUIRE(approval_on(s, day("2025-01-01")));
  CHECK(approval_on(s, day("2025-01-01"))->to == day("2025-06-30"));
  // Between the two the first is in force, though it has ended.
  CHECK(approval_on(s, day("2025-09-01"))->from == day("2025-01-01"));
  CHECK(approval_on(s, day("2026-02-01"))->from == day("2026-02-01"));
  CHECK(approval_on(s, day("2030-01-01"))->to == day("2027-01-31"));
}

TEST_CASE("story approvals: a story built in memory has approved_on as its approval") {
  Story s;
  s.approved_on = day("2026-03-01");
  CHECK(!approval_on(s, day("2026-02-28")));
  CHECK(approval_on(s, day("2026-03-01"))->from == day("2026-03-01"));
}

TEST_CASE("story approvals: a later approved_on adds an approval and keeps the first") {
  const Story before = story_with({{day("2025-01-01"), day("2025-12-31"), Sym()}});
  Story after = before;
  after.approved_on = day("2026-01-15");
  settle_assigned_approvals(before, after);
  REQUIRE(after.approvals.size() == 2);
  CHECK(after.approvals[0].from == day("2025-01-01"));
  CHECK(after.approvals[0].to == day("2025-12-31"));
  CHECK(after.approvals[1].from == day("2026-01-15"));
  CHECK(!after.approvals[1].to);  // the old expiry is not carried over
  CHECK(after.approved_on == day("2026-01-15"));
  CHECK(!after.expires_on);

  Story renewed = before;
  renewed.approved_on = day("2026-01-15");
  renewed.expires_on = day("2027-01-14");
  settle_assigned_approvals(before, renewed);
  REQUIRE(renewed.approvals.size() == 2);
  CHECK(renewed.approvals[1].to == day("2027-01-14"));
}

TEST_CASE("story approvals: a new expires_on alone changes the latest approval") {
  const Story before = story_with({{day("2025-01-01"), day("2025-12-31"), Sym()}});
  Story after = before;
  after.expires_on = day("2026-06-30");
  settle_assigned_approvals(before, after);
  REQUIRE(after.approvals.size() == 1);
  CHECK(after.approvals[0].to == day("2026-06-30"));
}

TEST_CASE("story approvals: the first approval of a story starts the list") {
  Story before;
  Story after = before;
  after.approved_on = day("2026-04-01");
  after.expires_on = day("2027-03-31");
  settle_assigned_approvals(before, after);
  REQUIRE(after.approvals.size() == 1);
  CHECK(after.approvals[0].to == day("2027-03-31"));
}

TEST_CASE("story approvals: dates set in memory are taken into the list before writing") {
  Story added;
  added.approved_on = day("2026-04-01");
  CHECK(settle_approvals_for_writing(added));
  REQUIRE(added.approvals.size() == 1);
  CHECK(!settle_approvals_for_writing(added));

  Story imported = story_with({{day("2025-01-01"), day("2025-12-31"), Sym()}});
  imported.approved_on = day("2026-01-15");
  imported.expires_on = day("2027-01-14");
  CHECK(settle_approvals_for_writing(imported));
  REQUIRE(imported.approvals.size() == 2);
  CHECK(imported.approvals[1].to == day("2027-01-14"));
}
