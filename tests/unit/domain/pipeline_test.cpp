#include "advo/domain/pipeline.hpp"

#include <doctest/doctest.h>

using namespace advo;

TEST_CASE("the pipeline allows exactly the moves of the issue") {
  const Stage all[] = {Stage::nominated, Stage::qualified, Stage::active, Stage::paused, Stage::alumni, Stage::declined};
  int allowed = 0;
  for (Stage from : all)
    for (Stage to : all)
      if (can_move(from, to)) ++allowed;
  CHECK(allowed == 10);
  CHECK(can_move(Stage::nominated, Stage::qualified));
  CHECK(can_move(Stage::nominated, Stage::declined));
  CHECK(can_move(Stage::qualified, Stage::active));
  CHECK(can_move(Stage::qualified, Stage::declined));
  CHECK(can_move(Stage::active, Stage::paused));
  CHECK(can_move(Stage::active, Stage::alumni));
  CHECK(can_move(Stage::paused, Stage::active));
  CHECK(can_move(Stage::paused, Stage::alumni));
  CHECK(can_move(Stage::declined, Stage::nominated));
  CHECK(can_move(Stage::alumni, Stage::nominated));
  CHECK_FALSE(can_move(Stage::nominated, Stage::active));
  CHECK_FALSE(can_move(Stage::active, Stage::active));
  CHECK(allowed_moves(Stage::none).empty());
}
