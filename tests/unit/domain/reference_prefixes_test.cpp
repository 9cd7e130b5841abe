#include "advo/domain/reference_prefixes.hpp"

#include <doctest/doctest.h>

#include "../test_records.hpp"
#include "advo/domain/domain_error.hpp"

using namespace advo;

namespace {

Program sample() {
  Program p;
  for (const char* id : {"jane-doe-northwind-health", "jane-roe-globex", "john-smith-initech"})
    p.advocates.push_back(test::record_from<Advocate>(std::string("id: ") + id + "\nname: N\ncompany: C\nstage: active\n"));
  p.stories.push_back(test::record_from<Story>("id: northwind-rollout\ntitle: T\nkind: quote\nstatus: draft\n"));
  p.requests.push_back(test::record_from<Request>(
      "id: 2026-11-01-acme-reference-call\ntype: reference-call\nstatus: open\nrequested_by: s\n"
      "requested_on: 2026-11-01\nadvocates: [jane-doe-northwind-health]\nstories: [northwind-rollout]\n"));
  p.requests.push_back(test::record_from<Request>(
      "id: 2026-11-02-acme-reference-call\ntype: reference-call\nstatus: open\nrequested_by: s\n"
      "requested_on: 2026-11-02\nadvocates: [john-smith-initech]\n"));
  p.build_indexes();
  return p;
}

std::vector<std::string> request_ids(const Program& p, const std::string& query) {
  const std::vector<std::string> words = {query};
  const Query q = Query::parse(schema_for<Request>(), words, nullptr, {}, reference_lookup(p));
  std::vector<std::string> out;
  for (const Request& r : p.requests)
    if (q(r)) out.push_back(r.id.str());
  return out;
}

using Ids = std::vector<std::string>;

}  // namespace

TEST_CASE("a unique prefix of an id stands for that id") {
  const Program p = sample();
  CHECK(expand_reference(p, RefKind::advocate, "jane-d") == "jane-doe-northwind-health");
  CHECK(expand_reference(p, RefKind::advocate, "JOHN") == "john-smith-initech");
  CHECK(expand_reference(p, RefKind::story, "north") == "northwind-rollout");
  CHECK(expand_reference(p, RefKind::request, "2026-11-02") == "2026-11-02-acme-reference-call");
}

TEST_CASE("an id or a value no id starts with stands for itself") {
  const Program p = sample();
  CHECK(expand_reference(p, RefKind::advocate, "jane-roe-globex") == "jane-roe-globex");
  CHECK(expand_reference(p, RefKind::advocate, "someone-gone") == "someone-gone");
  // Prefixes are looked up among records of the field's kind only.
  CHECK(expand_reference(p, RefKind::advocate, "north") == "north");
}

TEST_CASE("an ambiguous prefix is an error listing the candidates") {
  const Program p = sample();
  CHECK_THROWS_WITH_AS(expand_reference(p, RefKind::advocate, "jane"),
                       "'jane' is ambiguous; it matches:\n  jane-doe-northwind-health (advocate)\n"
                       "  jane-roe-globex (advocate)",
                       DomainError);
}

TEST_CASE("queries take prefixes in reference fields and only there") {
  const Program p = sample();
  CHECK(request_ids(p, "advocates:jane-doe") == Ids{"2026-11-01-acme-reference-call"});
  CHECK(request_ids(p, "advocates:jane-doe,john") ==
        Ids{"2026-11-01-acme-reference-call", "2026-11-02-acme-reference-call"});
  CHECK(request_ids(p, "stories:northwind") == Ids{"2026-11-01-acme-reference-call"});
  CHECK(request_ids(p, "not:advocates:john") == Ids{"2026-11-01-acme-reference-call"});
  CHECK(request_ids(p, "advocates:jane-d*") == Ids{"2026-11-01-acme-reference-call"});
  CHECK(request_ids(p, "requested_by:s") == Ids{"2026-11-01-acme-reference-call", "2026-11-02-acme-reference-call"});
  CHECK(request_ids(p, "requested_by:sa").empty());
  CHECK_THROWS_WITH_AS(request_ids(p, "advocates:jane"),
                       "'advocates:jane': 'jane' is ambiguous; it matches:\n  jane-doe-northwind-health (advocate)\n"
                       "  jane-roe-globex (advocate)",
                       DomainError);
}
