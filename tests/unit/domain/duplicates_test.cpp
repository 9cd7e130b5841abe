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
