#include "advo/domain/program.hpp"

#include <doctest/doctest.h>

#include "../test_records.hpp"
#include "advo/domain/domain_error.hpp"

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
  } catch (const DomainError& e) {
    CHECK(e.kind() == DomainErrorKind::ambiguous_prefix);
    CHECK(std::string(e.what()) ==
          "'jane' is ambiguous; it matches:\n  jane-doe-acme (advocate)\n  jane-roe-globex (advocate)\n  jane-story (story)");
  }
  CHECK_THROWS_WITH_AS(resolve_id(p, "zed", {RecordKind::advocate}), "no advocate 'zed'", DomainError);
  try {
    resolve_id(p, "zed", {RecordKind::advocate});
    FAIL("expected an error");
  } catch (const DomainError& e) {
    CHECK(e.kind() == DomainErrorKind::unknown_id);
  }
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

TEST_CASE("indexes match a plain sort for engagements in any order") {
  // Ids that do not follow dates, duplicate ids, unknown and duplicate
  // advocates: the indexes must be what sorting everything would give.
  Program p;
  for (const char* id : {"b", "a", "c", "a"})
    p.advocates.push_back(test::record_from<Advocate>(std::string("id: ") + id + "\nname: N\ncompany: C\nstage: active\n"));
  uint64_t seed = 7;
  auto next = [&](uint64_t n) {
    seed = seed * 6364136223846793005ull + 1442695040888963407ull;
    return (seed >> 33) % n;
  };
  for (int i = 0; i < 300; ++i) {
    const std::string id = "e" + std::to_string(next(250));
    const std::string date = "2026-0" + std::to_string(1 + next(9)) + "-1" + std::to_string(next(10));
    const char* advocates[] = {"a", "b", "c", "nobody"};
    p.engagements.push_back(test::record_from<Engagement>("id: " + id + "\ndate: " + date + "\nadvocate: " +
                                                          advocates[next(4)] + "\ntype: gift\noutcome: completed\n"));
  }
  std::vector<Engagement> expected = p.engagements;
  std::stable_sort(expected.begin(), expected.end(), [](const Engagement& x, const Engagement& y) {
    return x.date != y.date ? x.date < y.date : x.id.view() < y.id.view();
  });
  p.build_indexes();
  REQUIRE(p.engagements.size() == expected.size());
  for (size_t i = 0; i < expected.size(); ++i) CHECK(same_record(p.engagements[i], expected[i]));
  CHECK(std::is_sorted(p.advocates.begin(), p.advocates.end(),
                       [](const Advocate& x, const Advocate& y) { return x.id.view() < y.id.view(); }));
  for (const Engagement& e : p.engagements) {
    const Engagement* found = p.find_engagement(e.id.view());
    REQUIRE(found != nullptr);
    // The first of equal ids in date order, as a stable sort by id gives.
    for (const Engagement& other : p.engagements) {
      if (other.id == e.id) {
        CHECK(found == &other);
        break;
      }
    }
  }
  size_t grouped = 0;
  for (const Advocate& a : p.advocates) {
    const auto list = p.engagements_of(a);
    const Advocate* first = p.find_advocate(a.id.view());
    if (&a != first) {
      CHECK(list.empty());  // a duplicate advocate gets none
      continue;
    }
    grouped += list.size();
    for (size_t i = 0; i < list.size(); ++i) {
      CHECK(p.engagements[list[i]].advocate == a.id);
      if (i > 0) CHECK(list[i - 1] < list[i]);
    }
  }
  size_t known = 0;
  for (const Engagement& e : p.engagements)
    if (e.advocate.view() != "nobody") ++known;
  CHECK(grouped == known);
}

TEST_CASE("a copy of a program keeps working indexes") {
  Program p = sample();
  const Program copy = p;
  p = Program();
  const Advocate* john = copy.find_advocate("john-smith-initech");
  REQUIRE(john != nullptr);
  CHECK(copy.engagements_of(*john).size() == 2);
  CHECK(copy.find_engagement("e3") != nullptr);
}
