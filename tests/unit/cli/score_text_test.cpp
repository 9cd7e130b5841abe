// How scores are written.
#include "cli/score_text.hpp"

#include <doctest/doctest.h>

using namespace advo;

TEST_CASE("a score has one decimal in text and four in JSON") {
  CHECK(cli::score_text(88.888) == "88.9");
  CHECK(cli::score_text(100) == "100.0");
  CHECK(cli::json_rounded(2.0 / 3.0) == 0.6667);
  CHECK(cli::json_rounded(0.5) == 0.5);
}
