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
