#include "advo/io/country_names.hpp"

#include <doctest/doctest.h>

#include "advo/domain/field_values.hpp"

using namespace advo;

TEST_CASE("countries by code in any case") {
  CHECK(country_code("DE") == "DE");
  CHECK(country_code("de") == "DE");
  CHECK(country_code("DEU") == "DE");
  CHECK(country_code("usa") == "US");
  CHECK_FALSE(country_code("XX"));
  CHECK_FALSE(country_code(""));
}

TEST_CASE("countries by English name") {
  CHECK(country_code("Germany") == "DE");
  CHECK(country_code("  united states of america ") == "US");
  CHECK(country_code("United States") == "US");
  CHECK(country_code("U.S.A.") == "US");
  CHECK(country_code("The Netherlands") == "NL");
  CHECK(country_code("Côte d'Ivoire") == "CI");
  CHECK(country_code("Cote dIvoire") == "CI");
  CHECK(country_code("Korea, Republic of") == "KR");
  CHECK(country_code("South Korea") == "KR");
  CHECK(country_code("UK") == "GB");
  CHECK(country_code("Türkiye") == "TR");
  CHECK(country_code("Turkey") == "TR");
  CHECK(country_code("Viet Nam") == "VN");
  CHECK(country_code("Curacao") == "CW");
  CHECK_FALSE(country_code("Germny"));
  CHECK_FALSE(country_code("Atlantis"));
}

TEST_CASE("every country name gives a valid code") {
  for (const std::string& name : country_names()) {
    const auto code = country_code(name);
    REQUIRE_MESSAGE(code, name);
    CHECK_MESSAGE(valid_country(*code), name);
  }
  CHECK(country_name("CH") == "Switzerland");
  CHECK(country_name("ZZ").empty());
}
