#include "advo/domain/program.hpp"

#include <doctest/doctest.h>

#include "../test_records.hpp"
#include "advo/error.hpp"

using namespace advo;

namespace {
Program sample() {
  Program p;
  for (const char* id : {"jane-doe-acme", "jane-roe-globex", "john-smith-initech"})
    p.advocates.push_back(test::record_from<Advocate>(std::string("id: ") + id + "\nname: N\ncompany: C\nstage: active\n"));
  p.stories.push_back(test::record_from<Story>("id: jane-story\ntitle: T\nkind: quote\nstatus: draft\n"));
  for (const char* line : {"id: e2\ndate: 2026-02-01\nadvocate: john-smith-initech\ntype: gift\noutcome: completed\n",
                           "id: e1\ndate: 2026-01-01\nadvocate: john-smith-initech\ntype: gift\noutcome: completed\n",
                           "id: e3\ndate: 2026-01-15\nadvocate: jane-doe-acme\ntype: gift\noutcome: completed\n"})
    p.engagements.push_back(test::record_from<Engagement>(line));
  p.build_indexes();
  return p;
}
}  // namespace

TEST_CASE("records are found by id and by unique prefix") {
  const Program p = sample();
  CHECK(p.find_advocate("jane-roe-globex") != nullptr);
  CHECK(p.find_advocate("jane") == nullptr);
  const RecordRef r = resolve_id(p, "john", {RecordKind::advocate});
  CHECK(record_id(p, r).view() == "john-smith-initech");
  CHECK(record_id(p, resolve_id(p, "jane-d", {RecordKind::advocate})).view() == "jane-doe-acme");
  CHECK(record_id(p, resolve_id(p, "jane-s", {RecordKind::advocate, RecordKind::story})).view() == "jane-story");
  CHECK(resolve_id(p, "e1", {RecordKind::engagement}).kind == RecordKind::engagement);
}

TEST_CASE("an ambiguous prefix lists the candidates") {
  const Program p = sample();
  try {
    resolve_id(p, "jane", {RecordKind::advocate, RecordKind::story});
    FAIL("expected an error");
  } catch (const UsageError& e) {
    CHECK(std::string(e.what()) ==
          "'jane' is ambiguous; it matches:\n  jane-doe-acme (advocate)\n  jane-roe-globex (advocate)\n  jane-story (story)");
  }
  CHECK_THROWS_WITH_AS(resolve_id(p, "zed", {RecordKind::advocate}), "no advocate 'zed'", UsageError);
}

TEST_CASE("engagements are indexed by advocate in date order") {
  const Program p = sample();
  const Advocate* john = p.find_advocate("john-smith-initech");
  REQUIRE(john != nullptr);
  const auto list = p.engagements_of(*john);
  REQUIRE(list.size() == 2);
  CHECK(p.engagements[list[0]].id.view() == "e1");
  CHECK(p.engagements[list[1]].id.view() == "e2");
  CHECK(p.engagements_of(*p.find_advocate("jane-roe-globex")).empty());
  CHECK(p.engagements.front().id.view() == "e1");
}
