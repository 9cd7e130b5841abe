// plan_job_move and the links between a person's records (job_move.hpp).
#include "advo/domain/job_move.hpp"

#include <doctest/doctest.h>

#include "../test_records.hpp"

using namespace advo;

namespace {

Date job_move_day(const char* text) { return *Date::parse(text); }

Advocate moving_advocate() {
  return test::record_from<Advocate>(
      "id: jane-doe-acme\nname: Jane Doe\ntitle: VP Engineering\ncompany: Acme\nemail: jane@acme.example\n"
      "phone: '+49 30 1234'\naccount_owner: sam\nindustry: healthcare\nsegment: enterprise\nemployees: 5000\n"
      "region: emea\ncountry: DE\nlanguages: [de, en]\nproducts: [analytics]\nuse_cases: [reporting]\n"
      "persona: engineering-leader\ntopics: [data]\nactivities: [reference-call]\nstage: active\n"
      "stage_on: 2026-01-10\nnominated: {by: sam, date: 2026-01-02, source: sales, reason: loves it}\n"
      "nps: {score: 9, date: 2026-06-01}\nconsent: {logo: {granted: 2026-01-10}, case-study: {granted: 2026-01-10}}\n"
      "limits: {max_per_quarter: 1}\n"
      "unavailable: [{from: 2026-01-01, to: 2026-01-31}, {from: 2026-12-20, to: 2027-01-05}]\n"
      "commitment: {activities: [reference-call], until: 2027-01-01}\nverified_on: 2026-09-01\n"
      "tags: [champion]\nnotes: met at the summit\n");
}

}  // namespace

TEST_CASE("a job move makes the old record alumni and carries the person over but not the employer") {
  const Advocate old = moving_advocate();
  JobMove move;
  move.company = Sym("Initech");
  move.title = Sym("CTO");
  move.email = Sym("jane@initech.example");
  move.on = job_move_day("2026-11-16");
  const JobMovePlan plan = plan_job_move(old, move, "jane-doe-initech");

  CHECK(plan.old_record.stage == Stage::alumni);
  CHECK(plan.old_record.stage_on.str() == "2026-11-16");
  CHECK(plan.old_record.moved_to.view() == "jane-doe-initech");
  CHECK(plan.old_record.email == old.email);  // the old record keeps its data

  const Advocate& a = plan.new_record;
  CHECK(a.id.view() == "jane-doe-initech");
  CHECK(a.moved_from.view() == "jane-doe-acme");
  CHECK(a.company.view() == "Initech");
  CHECK(a.title.view() == "CTO");
  CHECK(a.email.view() == "jane@initech.example");
  CHECK(a.stage == Stage::nominated);
  CHECK(a.stage_on.str() == "2026-11-16");
  CHECK(a.nominated.on.str() == "2026-11-16");
  CHECK(a.nominated.by.view() == "sam");
  CHECK(a.nominated.reason.empty());
  // The person.
  CHECK(a.name == old.name);
  CHECK(a.phone == old.phone);
  CHECK(a.country == old.country);
  CHECK(a.languages == old.languages);
  CHECK(a.persona == old.persona);
  CHECK(a.topics == old.topics);
  CHECK(a.activities == old.activities);
  CHECK(a.limits.max_per_quarter == 1);
  REQUIRE(a.unavailable.size() == 1);  // the window over before the day is left behind
  CHECK(a.unavailable[0].from.str() == "2026-12-20");
  CHECK(a.tags == old.tags);
  CHECK(a.notes == old.notes);
  // The employer.
  CHECK(a.account_owner.empty());
  CHECK(a.industry.empty());
  CHECK(a.segment == Segment::none);
  CHECK(a.employees == kNoInt);
  CHECK(a.products.empty());
  CHECK(a.use_cases.empty());
  CHECK(a.nps.score == kNoInt);
  CHECK(a.commitment.activities.empty());
  CHECK_FALSE(a.verified_on.valid());
  for (const Grant& g : a.consent) CHECK_FALSE(g.granted.valid());
  CHECK(plan.dropped_consents == std::vector<std::string>{"logo", "case-study"});
}

TEST_CASE("a job move without a new e-mail leaves the new record without one and keep_stage keeps the stage") {
  JobMove move;
  move.company = Sym("Initech");
  move.on = job_move_day("2026-11-16");
  move.keep_stage = true;
  const JobMovePlan plan = plan_job_move(moving_advocate(), move, "jane-doe-initech");
  CHECK(plan.new_record.email.empty());
  CHECK(plan.new_record.title.empty());
  CHECK(plan.new_record.stage == Stage::active);
}

TEST_CASE("earlier and later records follow the links and stop at a broken or circular one") {
  Program p;
  for (const char* text : {"id: a\nname: A\ncompany: One\nstage: alumni\nmoved_to: b\n",
                           "id: b\nname: A\ncompany: Two\nstage: alumni\nmoved_from: a\nmoved_to: c\n",
                           "id: c\nname: A\ncompany: Three\nstage: active\nmoved_from: b\n",
                           "id: x\nname: X\ncompany: One\nstage: active\nmoved_from: y\nmoved_to: gone\n",
                           "id: y\nname: X\ncompany: Two\nstage: alumni\nmoved_from: x\n"})
    p.advocates.push_back(test::record_from<Advocate>(text));
  p.build_indexes();
  const auto ids = [](const std::vector<const Advocate*>& records) {
    std::vector<std::string> out;
    for (const Advocate* r : records) out.emplace_back(r->id.view());
    return out;
  };
  const auto record = [&](const char* id) -> const Advocate& { return *p.find_advocate(id); };
  CHECK(ids(earlier_records(p, record("c"))) == std::vector<std::string>{"b", "a"});
  CHECK(ids(later_records(p, record("a"))) == std::vector<std::string>{"b", "c"});
  CHECK(ids(earlier_records(p, record("a"))).empty());
  CHECK(ids(earlier_records(p, record("x"))) == std::vector<std::string>{"y"});
  CHECK(ids(later_records(p, record("x"))).empty());
}
