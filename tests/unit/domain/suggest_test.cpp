#include "advo/domain/suggest.hpp"

#include <string>
#include <vector>

#include <doctest/doctest.h>

using namespace advo;

TEST_CASE("nearest names catch typos but not unrelated words") {
  const std::vector<std::string> names = {"email", "name", "company", "industry", "use_cases"};
  CHECK(nearest("emial", names) == std::optional<std::string>("email"));
  CHECK(nearest("industy", names) == std::optional<std::string>("industry"));
  CHECK(nearest("usecases", names) == std::optional<std::string>("use_cases"));
  CHECK_FALSE(nearest("zebra", names).has_value());
  CHECK(did_you_mean("compnay", names) == " (did you mean 'company'?)");
  CHECK(did_you_mean("xyz", names).empty());
  CHECK(edit_distance("kitten", "sitting") == 3);
  CHECK(edit_distance("ab", "ba") == 1);
}

TEST_CASE("a refused enumerated value is told with the nearest value and every known one") {
  const std::vector<std::string> industries = {"healthcare", "financial-services", "retail"};
  CHECK(unknown_value("industry", "helthcare", industries) ==
        "unknown industry 'helthcare' (did you mean 'healthcare'?); known: healthcare, financial-services, retail");
  // A word of its own for a value: the one value starting the same way.
  CHECK(unknown_value("industry", "fintech", industries) ==
        "unknown industry 'fintech' (did you mean 'financial-services'?); known: healthcare, financial-services, "
        "retail");
  CHECK(unknown_value("industry", "zoology", industries) ==
        "unknown industry 'zoology'; known: healthcare, financial-services, retail");
  // Two values starting the same way: no guess.
  const std::vector<std::string> two = {"retail", "return"};
  CHECK(unknown_value("kind", "retro", two) == "unknown kind 'retro'; known: retail, return");
}
