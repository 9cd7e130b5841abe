#include "advo/storage/record_reader.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include "../test_records.hpp"

using namespace advo;

namespace {
std::vector<std::string> messages(const Problems& problems) {
  std::vector<std::string> out;
  for (const auto& p : problems) out.push_back(fmt::format("{}:{}: {}", p.where.line, p.where.column, p.message));
  return out;
}
}  // namespace

TEST_CASE("a full advocate reads every field") {
  const Advocate a = test::record_from<Advocate>(R"(id: jane-doe-acme
name: Jane Doe
company: Acme
segment: mid-market
employees: 1200
products: [analytics, reporting]
stage: active
nominated: {by: sam, date: 2026-01-05, source: success}
nps: {score: 9, date: 2026-02-01}
consent:
  logo: {granted: 2026-01-01, expires: 2027-01-01}
limits: {max_per_quarter: 1}
unavailable:
  - {from: 2026-12-20, to: 2027-01-05, reason: holidays}
do_not_contact: false
)");
  CHECK(a.name.view() == "Jane Doe");
  CHECK(a.segment == Segment::mid_market);
  CHECK(a.employees == 1200);
  CHECK(a.products.size() == 2);
  CHECK(a.nominated.source == Source::success);
  CHECK(a.nps.score == 9);
  CHECK(a.grant(Scope::logo).expires.str() == "2027-01-01");
  CHECK(a.limits.max_per_quarter == 1);
  CHECK(a.limits.max_per_year == kNoInt);
  REQUIRE(a.unavailable.size() == 1);
  CHECK(a.unavailable[0].reason.view() == "holidays");
  CHECK_FALSE(a.do_not_contact);
}

TEST_CASE("every problem is reported with its place") {
  Problems problems;
  test::read_yaml<Advocate>(R"(id: jane
name: [Jane]
stage: activ
emial: x@y.z
nps: {score: 11}
stage_on: 2026-02-30
products: analytics
consent: {logos: {granted: 2026-01-01}}
unavailable: [{from: 2026-01-01}]
name: again
)",
                            problems);
  CHECK(messages(problems) == std::vector<std::string>{
                                  "2:7: name must be a single value, found a list",
                                  "3:8: unknown stage 'activ' (did you mean 'active'?); known: nominated, qualified, "
                                  "active, paused, alumni, declined",
                                  "4:1: unknown key 'emial' in advocate (did you mean 'email'?)",
                                  "5:14: score must be between 0 and 10, not 11",
                                  "6:11: invalid date '2026-02-30' (expected YYYY-MM-DD)",
                                  "7:11: products must be a list, found a value",
                                  "8:11: unknown consent scope 'logos' (did you mean 'logo'?)",
                                  "9:15: missing required field 'to' in unavailable",
                                  "10:1: duplicate key 'name'",
                                  "1:1: missing required field 'company' in advocate",
                              });
}

TEST_CASE("nulls and empty values are absent and required ones are reported") {
  Problems problems;
  const Advocate a = test::read_yaml<Advocate>("id: x\nname:\ncompany: ''\nstage: active\ntitle: ~\n", problems);
  CHECK(messages(problems) == std::vector<std::string>{"2:1: required field 'name' is empty in advocate",
                                                       "3:10: required field 'company' is empty in advocate"});
  CHECK(a.title.empty());
}

TEST_CASE("the old key 'on' of nominated and nps reads as 'date' with a warning") {
  Problems problems;
  const Advocate a = test::read_yaml<Advocate>(
      "id: x\nname: N\ncompany: C\nstage: active\nnominated: {by: sam, on: 2026-06-15}\nnps:\n  score: 9\n  on: 2026-07-01\n",
      problems);
  CHECK(a.nominated.on.str() == "2026-06-15");
  CHECK(a.nps.on.str() == "2026-07-01");
  REQUIRE(problems.size() == 2);
  CHECK(problems[0].severity == Severity::warning);
  CHECK(problems[0].code == "old-key");
  CHECK(messages(problems) ==
        std::vector<std::string>{"5:22: 'on' in nominated is the old name of 'date' ('advo fmt' renames it)",
                                 "8:3: 'on' in nps is the old name of 'date' ('advo fmt' renames it)"});
}

TEST_CASE("the old and the new key together are an error at the later one") {
  Problems problems;
  test::read_yaml<Advocate>("id: x\nname: N\ncompany: C\nstage: active\nnominated:\n  date: 2026-06-15\n  on: 2026-06-16\n"
                            "nps: {on: 2026-01-01, date: 2026-01-02}\n",
                            problems);
  std::vector<std::string> errors;
  for (const Problem& p : problems)
    if (p.severity == Severity::error) errors.push_back(fmt::format("{}:{}: {}", p.where.line, p.where.column, p.message));
  CHECK(errors == std::vector<std::string>{"7:3: 'date' and its old name 'on' both given in nominated: keep one",
                                           "8:23: 'date' and its old name 'on' both given in nps: keep one"});
  problems.clear();
  test::read_yaml<Advocate>("id: x\nname: N\ncompany: C\nstage: active\nnps: {on: 2026-01-01, on: 2026-01-02}\n", problems);
  CHECK(problems.back().message == "duplicate key 'on'");
}

TEST_CASE("'On' and 'ON' are not the old key: an unknown key pointing at 'date'") {
  Problems problems;
  const Advocate a = test::read_yaml<Advocate>(
      "id: x\nname: N\ncompany: C\nstage: active\nnominated: {On: 2026-06-15}\nnps: {ON: 2026-06-15}\n", problems);
  CHECK_FALSE(a.nominated.on.valid());
  CHECK(messages(problems) == std::vector<std::string>{"5:13: unknown key 'On' in nominated (did you mean 'date'?)",
                                                       "6:7: unknown key 'ON' in nps (did you mean 'date'?)"});
}

TEST_CASE("an invalid id makes the record unusable") {
  Problems problems;
  Advocate a{};
  CHECK_FALSE(read_record(parse_yaml("id: ../etc\nname: N\ncompany: C\nstage: active\n", "f"), schema_for<Advocate>(),
                          &a, "f", problems));
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].code == "id");
  CHECK_FALSE(read_record(parse_yaml("- a\n", "f"), schema_for<Advocate>(), &a, "f", problems));
}

TEST_CASE("find_node points at fields and list items") {
  const YamlNode n = parse_yaml("id: x\nnps:\n  score: 9\nproducts:\n  - a\n  - b\n", "f");
  CHECK(find_node(n, "nps.score")->line == 3);
  CHECK(find_node(n, "products", 1)->line == 6);
  CHECK(find_node(n, "missing") == nullptr);
}
