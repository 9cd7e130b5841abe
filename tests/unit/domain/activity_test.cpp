#include "advo/domain/activity.hpp"

#include <doctest/doctest.h>

#include "../test_records.hpp"

using namespace advo;

namespace {

Date day(const char* text) { return *Date::parse(text); }

Program sample() {
  Program p;
  p.settings.types = default_activity_types();  // reference-call: effort 40, rest 60; quote: 10
  for (ActivityType& t : p.settings.types)
    if (t.name == "thank-you") t.effort = 5;
  p.advocates.push_back(test::record_from<Advocate>(
      "id: jane\nname: Jane\ncompany: Acme\nstage: active\nactivities: [reference-call, quote, gift, nonsense]\n"
      "consent: {quote: {granted: 2026-01-01}}\n"));
  for (const char* line : {
           "id: a\ndate: 2025-11-20\nadvocate: jane\ntype: quote\noutcome: completed\n",           // 365 days ago: out
           "id: b\ndate: 2025-11-21\nadvocate: jane\ntype: quote\noutcome: completed\n",           // in the year
           "id: c\ndate: 2026-08-22\nadvocate: jane\ntype: reference-call\noutcome: declined\n",   // 90 days ago: out
           "id: d\ndate: 2026-08-23\nadvocate: jane\ntype: reference-call\noutcome: completed\n",  // in the quarter
           "id: e\ndate: 2026-11-01\nadvocate: jane\ntype: thank-you\noutcome: completed\n",
           "id: f\ndate: 2026-11-02\nadvocate: jane\ntype: gift\noutcome: cancelled\n",
           "id: g\ndate: 2026-11-10\nadvocate: jane\ntype: quote\noutcome: cancelled\n",
           "id: h\ndate: 2026-12-01\nadvocate: jane\ntype: quote\noutcome: scheduled\n",
           "id: i\ndate: 2027-01-01\nadvocate: jane\ntype: reference-call\noutcome: scheduled\n",
       })
    p.engagements.push_back(test::record_from<Engagement>(line));
  p.build_indexes();
  return p;
}

}  // namespace

TEST_CASE("activity counts asks and gives in windows that end on the day") {
  const Program p = sample();
  const AdvocateActivity act = advocate_activity(p, p.advocates.front(), day("2026-11-20"));
  REQUIRE(act.last_ask.has_value());
  CHECK(act.last_ask->date.str() == "2026-08-23");
  CHECK(act.last_ask->type.view() == "reference-call");
  REQUIRE(act.next_ask.has_value());
  CHECK(act.next_ask->date.str() == "2026-12-01");
  CHECK(act.asks_90.count == 1);
  CHECK(act.asks_90.effort == 40);
  CHECK(act.asks_365.count == 3);  // b, c, d: a declined ask counts, a cancelled one does not
  CHECK(act.asks_365.effort == 10 + 40 + 40);
  CHECK(act.gives_365.count == 1);  // the cancelled gift does not count
  CHECK(act.gives_365.effort == 5);
}

TEST_CASE("activity gives the next available day of each willing ask type") {
  const Program p = sample();
  const AdvocateActivity act = advocate_activity(p, p.advocates.front(), day("2026-11-20"));
  REQUIRE(act.availability.size() == 2);  // the gift and the unknown type are left out
  CHECK(act.availability[0].type->name == "quote");
  CHECK(act.availability[1].type->name == "reference-call");
  // Both wait for the planned call of 2027-01-01. Then a quote rests 90
  // days after the quote planned for 2026-12-01, and the quarter cap holds
  // as long (both to 2027-03-01); a call rests 60 days after the call.
  CHECK(act.availability[0].availability.next_available.str() == "2027-03-01");
  CHECK(act.availability[1].availability.next_available.str() == "2027-03-02");
}

TEST_CASE("an advocate with no engagements has no last ask") {
  Program p = sample();
  p.engagements.clear();
  p.build_indexes();
  const AdvocateActivity act = advocate_activity(p, p.advocates.front(), day("2026-11-20"));
  CHECK_FALSE(act.last_ask.has_value());
  CHECK_FALSE(act.next_ask.has_value());
  CHECK(act.asks_365.count == 0);
  CHECK(act.availability[0].availability.available());
}

TEST_CASE("activity of a record with earlier ones also gives the asks of the person that rest counts") {
  Program p = sample();
  p.advocates.push_back(test::record_from<Advocate>(
      "id: jane-initech\nname: Jane\ncompany: Initech\nstage: active\nactivities: [quote]\nmoved_from: jane\n"));
  p.advocates.front().moved_to = Sym("jane-initech");
  p.engagements.push_back(test::record_from<Engagement>(
      "id: j\ndate: 2026-11-15\nadvocate: jane-initech\ntype: thank-you\noutcome: completed\n"));
  p.build_indexes();
  const Advocate* moved = p.find_advocate("jane-initech");
  REQUIRE(moved != nullptr);
  const AdvocateActivity act = advocate_activity(p, *moved, day("2026-11-20"));
  CHECK_FALSE(act.last_ask.has_value());  // none here
  CHECK(act.asks_365.count == 0);
  CHECK(act.gives_365.count == 1);
  REQUIRE(act.as_person.has_value());
  REQUIRE(act.as_person->last_ask.has_value());
  CHECK(act.as_person->last_ask->date.str() == "2026-08-23");
  REQUIRE(act.as_person->next_ask.has_value());
  CHECK(act.as_person->next_ask->date.str() == "2026-12-01");
  CHECK(act.as_person->asks_90.count == 1);
  CHECK(act.as_person->asks_365.count == 3);
  CHECK(act.as_person->asks_365.effort == 10 + 40 + 40);
  // The record the person left has no earlier one.
  CHECK_FALSE(advocate_activity(p, *p.find_advocate("jane"), day("2026-11-20")).as_person.has_value());
}
