#include "advo/domain/story_usage.hpp"

#include <doctest/doctest.h>

#include "../test_records.hpp"

using namespace advo;

namespace {

Request request(const std::string& status, const std::string& extra = "") {
  return test::record_from<Request>("id: r\ntype: reference-call\nstatus: " + status +
                                    "\nrequested_by: s\nrequested_on: 2026-10-01\nstories: [s]\n" + extra);
}

Engagement engagement(const std::string& advocate, const std::string& outcome) {
  return test::record_from<Engagement>("id: e-" + advocate + "-" + outcome + "\ndate: 2026-10-05\nadvocate: " +
                                       advocate + "\ntype: reference-call\noutcome: " + outcome + "\nstory: s\n");
}

const Date kToday = *Date::parse("2026-11-16");

}  // namespace

TEST_CASE("requests in progress use their stories today") {
  CHECK(story_use_day(request("open"), kToday) == kToday);
  CHECK(story_use_day(request("matched"), kToday) == kToday);
  CHECK(story_use_day(request("scheduled"), kToday) == kToday);
}

TEST_CASE("closed requests used their stories on fulfilled_on or else requested_on") {
  CHECK(story_use_day(request("fulfilled", "fulfilled_on: 2026-10-04\n"), kToday) == *Date::parse("2026-10-04"));
  CHECK(story_use_day(request("fulfilled"), kToday) == *Date::parse("2026-10-01"));
  CHECK(story_use_day(request("unfulfilled"), kToday) == *Date::parse("2026-10-01"));
  CHECK(story_use_day(request("cancelled"), kToday) == *Date::parse("2026-10-01"));
}

TEST_CASE("an engagement uses a story when it took place or is planned and is not the featured advocate's") {
  const Story s = test::record_from<Story>("id: s\ntitle: S\nkind: case-study\nstatus: draft\nadvocates: [ana]\n");
  CHECK(engagement_uses_story(engagement("ben", "completed"), s));
  CHECK(engagement_uses_story(engagement("ben", "scheduled"), s));
  CHECK_FALSE(engagement_uses_story(engagement("ben", "cancelled"), s));
  CHECK_FALSE(engagement_uses_story(engagement("ben", "declined"), s));
  CHECK_FALSE(engagement_uses_story(engagement("ben", "no-show"), s));
  CHECK_FALSE(engagement_uses_story(engagement("ana", "completed"), s));
}

TEST_CASE("references list requests by id then engagements by date") {
  Program p;
  p.stories.push_back(test::record_from<Story>("id: s\ntitle: S\nkind: blog\nstatus: published\nadvocates: [ana]\n"));
  p.stories.push_back(test::record_from<Story>("id: t\ntitle: T\nkind: blog\nstatus: published\n"));
  p.requests.push_back(request("open"));
  p.requests.push_back(test::record_from<Request>(
      "id: q\ntype: reference-call\nstatus: open\nrequested_by: s\nrequested_on: 2026-10-01\nstories: [t]\n"));
  p.engagements.push_back(engagement("ana", "completed"));
  p.engagements.push_back(engagement("ben", "cancelled"));
  p.build_indexes();
  const auto refs = story_references(p, p.stories[0], kToday);
  REQUIRE(refs.size() == 3);
  CHECK(refs[0].request->id.view() == "r");
  CHECK(refs[0].day == kToday);
  CHECK(refs[1].engagement->id.view() == "e-ana-completed");
  CHECK_FALSE(refs[1].use);
  CHECK(refs[2].engagement->id.view() == "e-ben-cancelled");
  CHECK_FALSE(refs[2].use);
  CHECK(story_references(p, p.stories[1], kToday).size() == 1);
}
