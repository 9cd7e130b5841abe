#include "advo/domain/duplicates.hpp"

#include <doctest/doctest.h>

#include "../test_records.hpp"

using namespace advo;

namespace {
Program sample() {
  Program p;
  p.advocates.push_back(test::record_from<Advocate>(
      "id: jose-muller-initech\nname: José Müller\ncompany: Initech GmbH\nemail: Jose@Initech.example\nstage: active\n"));
  p.advocates.push_back(test::record_from<Advocate>("id: li-lei-hooli\nname: 李雷\ncompany: Hooli\nstage: active\n"));
  p.build_indexes();
  return p;
}
}  // namespace

TEST_CASE("the same e-mail ignoring case is a duplicate") {
  const Program p = sample();
  REQUIRE(advocate_with_email(p, "jose@initech.EXAMPLE") != nullptr);
  CHECK(advocate_with_email(p, "jose@initech.example")->id.view() == "jose-muller-initech");
  CHECK(advocate_with_email(p, "jose@initech.example", "jose-muller-initech") == nullptr);
  CHECK(advocate_with_email(p, "") == nullptr);
}

TEST_CASE("the same name at the same company ignoring case accents and spacing is a duplicate") {
  const Program p = sample();
  CHECK(advocate_with_name(p, "jose  MULLER ", "initech gmbh") != nullptr);
  CHECK(advocate_with_name(p, "Jose Muller", "Initech") == nullptr);
  CHECK(advocate_with_name(p, "Josef Muller", "Initech GmbH") == nullptr);
  CHECK(advocate_with_name(p, "李雷", "hooli") != nullptr);
  CHECK(advocate_with_name(p, "王芳", "Hooli") == nullptr);
  CHECK(advocate_with_name(p, "José Müller", "Initech GmbH", "jose-muller-initech") == nullptr);
}

namespace {
std::vector<std::string> keys_of(const std::vector<DuplicateKey>& keys) {
  std::vector<std::string> out;
  for (const DuplicateKey& k : keys) out.push_back(k.key);
  return out;
}
bool share_key(const std::vector<DuplicateKey>& a, const std::vector<DuplicateKey>& b) {
  for (const std::string& x : keys_of(a))
    for (const std::string& y : keys_of(b))
      if (x == y) return true;
  return false;
}
}  // namespace

TEST_CASE("duplicate keys of advocates agree with the lookups") {
  Advocate a{};
  a.name = Sym("José  Müller");
  a.company = Sym("Initech");
  a.email = Sym("Jose@Initech.example");
  Advocate b{};
  b.name = Sym("jose muller");
  b.company = Sym("INITECH ");
  CHECK(share_key(duplicate_keys(a), duplicate_keys(b)));
  Advocate c{};
  c.name = Sym("Other Person");
  c.company = Sym("Elsewhere");
  c.email = Sym("jose@initech.example");
  CHECK(share_key(duplicate_keys(a), duplicate_keys(c)));
  c.email = Sym("someone@initech.example");
  CHECK_FALSE(share_key(duplicate_keys(a), duplicate_keys(c)));
  CHECK(duplicate_keys(a).size() == 2);
  a.id = Sym("jose-muller-initech");
  CHECK(duplicate_keys(a).front().what == "same id");
}

TEST_CASE("duplicate stories share a title and duplicate requests their day and opportunity") {
  Story s{};
  s.title = Sym("Acme cuts reporting time");
  Story t{};
  t.title = Sym("ACME  cuts reporting time");
  CHECK(share_key(duplicate_keys(s), duplicate_keys(t)));
  t.title = Sym("Acme cuts reporting costs");
  CHECK_FALSE(share_key(duplicate_keys(s), duplicate_keys(t)));

  Request r{};
  r.type = Sym("reference-call");
  r.requested_on = *Date::parse("2026-11-02");
  r.requested_by = Sym("Kate Morgan");
  r.opportunity.account = Sym("Umbrella");
  Request q = r;
  q.requested_by = Sym("kate morgan");
  CHECK(share_key(duplicate_keys(r), duplicate_keys(q)));
  q.opportunity.id = Sym("OPP-2");
  CHECK_FALSE(share_key(duplicate_keys(r), duplicate_keys(q)));
  q = r;
  q.requested_on = *Date::parse("2026-11-03");
  CHECK_FALSE(share_key(duplicate_keys(r), duplicate_keys(q)));
}
