#include "advo/domain/story_status.hpp"

#include <doctest/doctest.h>

#include "../test_records.hpp"
#include "advo/domain/schema.hpp"

using namespace advo;

namespace {
using S = StoryStatus;

std::vector<std::string> issues(const std::string& yaml, const char* today = "2026-11-16") {
  std::vector<std::string> out;
  for (const FieldIssue& i : story_rule_issues(test::record_from<Story>("id: s\ntitle: S\nkind: blog\n" + yaml),
                                               *Date::parse(today)))
    out.push_back(i.path + " " + i.code + ": " + i.message);
  return out;
}
}  // namespace

TEST_CASE("stories move forward and may skip steps") {
  CHECK(can_move_status(S::draft, S::in_review));
  CHECK(can_move_status(S::draft, S::approved));
  CHECK(can_move_status(S::draft, S::retired));
  CHECK(can_move_status(S::in_review, S::published));
  CHECK(can_move_status(S::approved, S::published));
  CHECK(can_move_status(S::published, S::retired));
}

TEST_CASE("the one move back is from in-review to draft") {
  CHECK(can_move_status(S::in_review, S::draft));
  CHECK_FALSE(can_move_status(S::approved, S::in_review));
  CHECK_FALSE(can_move_status(S::approved, S::draft));
  CHECK_FALSE(can_move_status(S::published, S::approved));
  CHECK(allowed_status_moves(S::retired).empty());
  CHECK_FALSE(can_move_status(S::draft, S::draft));
}

TEST_CASE("approved and published need approved_on") {
  CHECK(needs_approval_date(S::approved));
  CHECK(needs_approval_date(S::published));
  CHECK_FALSE(needs_approval_date(S::retired));
  CHECK(issues("status: approved\n") ==
        std::vector<std::string>{"approved_on approval-date: a story that is approved needs approved_on, the day "
                                 "the customer signed it off"});
  CHECK(issues("status: retired\n").empty());
  CHECK(issues("status: draft\n").empty());
}

TEST_CASE("the approval does not expire before it was given") {
  CHECK(issues("status: approved\napprovals: [{date: 2026-05-01, expires: 2026-04-30}]\n") ==
        std::vector<std::string>{"expires_on value: approval expires (2026-04-30) before it was given (2026-05-01)"});
  CHECK(issues("status: approved\napprovals: [{date: 2026-05-01, expires: 2026-05-01}]\n").empty());
}

TEST_CASE("a published story's approval has not expired") {
  const std::string published = "status: published\napprovals: [{date: 2024-01-01, expires: 2026-10-31}]\n";
  CHECK(issues(published, "2026-10-31").empty());
  CHECK(issues(published, "2026-11-01") ==
        std::vector<std::string>{"expires_on story-expired: published story whose approval expired 2026-10-31: renew "
                                 "the approval or retire the story"});
  // An approved story out of approval is not usable, but not wrong.
  CHECK(issues("status: approved\napprovals: [{date: 2024-01-01, expires: 2026-10-31}]\n").empty());
}
