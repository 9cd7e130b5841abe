#include "advo/domain/forget.hpp"

#include <algorithm>

#include <doctest/doctest.h>

#include "../test_records.hpp"

using namespace advo;

namespace {
Program sample() {
  Program p;
  p.advocates.push_back(test::record_from<Advocate>(
      "id: jane-doe-acme\nname: Jane Doe\ntitle: CTO\ncompany: Acme\nemail: jane@acme.example\nphone: '+1 555'\n"
      "stage: active\nnominated:\n  by: sam\n  reason: loves us\nunavailable:\n  - from: 2026-01-01\n"
      "    to: 2026-02-01\n    reason: leave\nnotes: met at the summit\n"));
  p.advocates.push_back(test::record_from<Advocate>("id: forgotten-advocate\nname: forgotten-advocate\ncompany: C\nstage: alumni\n"));
  p.advocates.push_back(test::record_from<Advocate>("id: john-roe-globex\nname: John Roe\ncompany: Globex\nstage: active\n"));
  for (const char* line : {"id: 2026-01-05-jane-doe-acme-gift\ndate: 2026-01-05\nadvocate: jane-doe-acme\ntype: gift\n"
                           "outcome: completed\nnotes: Jane liked it\n",
                           "id: 2026-01-06-john-roe-globex-gift\ndate: 2026-01-06\nadvocate: john-roe-globex\ntype: gift\n"
                           "outcome: completed\n"})
    p.engagements.push_back(test::record_from<Engagement>(line));
  p.stories.push_back(test::record_from<Story>(
      "id: s\ntitle: T\nkind: quote\nstatus: draft\nadvocates:\n  - john-roe-globex\n  - jane-doe-acme\n"));
  p.requests.push_back(test::record_from<Request>(
      "id: r\ntype: gift\nstatus: open\nrequested_by: sam\nrequested_on: 2026-01-01\n"));
  p.build_indexes();
  return p;
}
}  // namespace

TEST_CASE("forgetting removes personal data and renames the record everywhere") {
  const Program p = sample();
  const ForgetPlan plan = plan_forget(p, *p.find_advocate("jane-doe-acme"), *Date::parse("2026-03-01"), false);
  CHECK(plan.old_id == "jane-doe-acme");
  CHECK(plan.new_id == "forgotten-advocate-2");
  const Advocate& a = plan.advocate;
  CHECK(a.id.view() == "forgotten-advocate-2");
  CHECK(a.name.view() == "forgotten-advocate-2");
  CHECK(a.company.view() == "Acme");
  CHECK(a.stage == Stage::alumni);
  CHECK(a.stage_on.str() == "2026-03-01");
  CHECK(a.title.empty());
  CHECK(a.email.empty());
  CHECK(a.phone.empty());
  CHECK(a.notes.empty());
  CHECK(a.nominated.reason.empty());
  CHECK(a.nominated.by.view() == "sam");
  CHECK(a.unavailable.size() == 1);
  CHECK(a.unavailable[0].reason.empty());
  CHECK(a.do_not_contact);
  CHECK(plan.removed == std::vector<std::string>{"name", "title", "email", "phone", "notes", "nominated.reason",
                                                  "unavailable.reason"});
  REQUIRE(plan.engagements.size() == 1);
  const Engagement& e = plan.engagements[0].second;
  CHECK(e.advocate.view() == "forgotten-advocate-2");
  CHECK(e.id.view() == "2026-01-05-forgotten-advocate-2-gift");
  CHECK(e.notes.empty());
  CHECK(e.date.str() == "2026-01-05");
  REQUIRE(plan.stories.size() == 1);
  CHECK(plan.stories[0].second.advocates.to_vector() ==
        std::vector<Sym>{Sym("john-roe-globex"), Sym("forgotten-advocate-2")});
  CHECK(plan.stories[0].second.status == StoryStatus::draft);
  CHECK(plan.unretired_stories == std::vector<std::string>{"s"});
  CHECK(plan.requests.empty());
}

TEST_CASE("a person's values are gathered from every version of their record and kept longest first") {
  const Program p = sample();
  PersonalValues values;
  values.add(*p.find_advocate("jane-doe-acme"));
  values.add(test::record_from<Advocate>("id: jane-doe-acme\nname: Jane Roe\ncompany: Acme\nstage: active\n"
                                         "email: jane@old.example\nphone: '+1 555'\ntitle: VP\n"
                                         "notes: \"first line here\\n  -\\nok\\nsecond line\"\n"));
  CHECK(values.names == std::vector<std::string>{"Jane Doe", "Jane Roe"});
  CHECK(values.contacts == std::vector<std::string>{"jane@acme.example", "jane@old.example", "+1 555"});
  // Lines of free text, each alone; a line too short to say anything is left out.
  for (const char* text : {"CTO", "VP", "loves us", "leave", "first line here", "second line"})
    CHECK(std::find(values.details.begin(), values.details.end(), text) != values.details.end());
  for (const char* text : {"-", "ok"})
    CHECK(std::find(values.details.begin(), values.details.end(), text) == values.details.end());
  CHECK(std::is_sorted(values.details.begin(), values.details.end(),
                       [](const std::string& x, const std::string& y) { return x.size() > y.size(); }));
}

TEST_CASE("forgetting retires the stories featuring the person only when asked") {
  const Program p = sample();
  const ForgetPlan plan = plan_forget(p, *p.find_advocate("jane-doe-acme"), *Date::parse("2026-03-01"), true);
  REQUIRE(plan.stories.size() == 1);
  CHECK(plan.stories[0].second.status == StoryStatus::retired);
  CHECK(plan.unretired_stories == std::vector<std::string>{"s"});
}

TEST_CASE("a declined or alumni record keeps its stage and its date") {
  Program p = sample();
  p.advocates.push_back(test::record_from<Advocate>(
      "id: dee-declined\nname: Dee\ncompany: C\nstage: declined\nstage_on: 2026-01-02\n"));
  p.advocates.push_back(test::record_from<Advocate>(
      "id: al-alumni\nname: Al\ncompany: C\nstage: alumni\nstage_on: 2026-01-03\n"));
  p.build_indexes();
  for (const char* id : {"dee-declined", "al-alumni"}) {
    const Advocate& before = *p.find_advocate(id);
    const ForgetPlan plan = plan_forget(p, before, *Date::parse("2026-03-01"), false);
    CHECK(plan.advocate.stage == before.stage);
    CHECK(plan.advocate.stage_on == before.stage_on);
    CHECK(plan.advocate.do_not_contact);
  }
}

TEST_CASE("an anonymous record still in the pools keeps its id and only leaves them") {
  Program p = sample();
  p.advocates.push_back(test::record_from<Advocate>(
      "id: forgotten-advocate-3\nname: forgotten-advocate-3\ncompany: C\nstage: active\nstage_on: 2026-01-02\n"));
  p.stories.push_back(test::record_from<Story>(
      "id: t\ntitle: T\nkind: quote\nstatus: retired\nadvocates:\n  - forgotten-advocate-3\n"));
  p.build_indexes();
  const Advocate& before = *p.find_advocate("forgotten-advocate-3");
  const ForgetPlan plan = plan_forget(p, before, *Date::parse("2026-03-01"), true);
  CHECK(plan.new_id == "forgotten-advocate-3");
  CHECK(plan.advocate.name.view() == "forgotten-advocate-3");
  CHECK(plan.advocate.stage == Stage::alumni);
  CHECK(plan.advocate.stage_on.str() == "2026-03-01");
  CHECK(plan.advocate.do_not_contact);
  CHECK(plan.stories.empty());  // its only story is retired already
  CHECK(plan.unretired_stories.empty());
  CHECK(plan.engagements.empty());
}

TEST_CASE("anonymous ids are recognised") {
  const Program p = sample();
  CHECK(is_forgotten(*p.find_advocate("forgotten-advocate")));
  CHECK_FALSE(is_forgotten(*p.find_advocate("john-roe-globex")));
}

TEST_CASE("forgetting relinks the job moves of the person and names their other records") {
  Program p;
  p.advocates.push_back(test::record_from<Advocate>(
      "id: jane-doe-acme\nname: Jane Doe\ncompany: Acme\nstage: alumni\nmoved_to: jane-doe-hooli\n"));
  p.advocates.push_back(test::record_from<Advocate>(
      "id: jane-doe-hooli\nname: Jane Doe\ncompany: Hooli\nstage: active\nmoved_from: jane-doe-acme\n"));
  p.advocates.push_back(test::record_from<Advocate>("id: john-roe-globex\nname: John Roe\ncompany: Globex\nstage: active\n"));
  p.build_indexes();
  const ForgetPlan plan = plan_forget(p, *p.find_advocate("jane-doe-acme"), *Date::parse("2026-03-01"), false);
  REQUIRE(plan.moves.size() == 1);
  CHECK(plan.moves[0].second.id.view() == "jane-doe-hooli");
  CHECK(plan.moves[0].second.moved_from.view() == "forgotten-advocate");
  CHECK(plan.same_person == std::vector<std::string>{"jane-doe-hooli"});
  CHECK(plan.advocate.moved_to.view() == "jane-doe-hooli");
}
