#include "advo/domain/pipeline.hpp"

#include <algorithm>

namespace advo {
namespace {
constexpr Stage kFromNominated[] = {Stage::qualified, Stage::declined};
constexpr Stage kFromQualified[] = {Stage::active, Stage::declined};
constexpr Stage kFromActive[] = {Stage::paused, Stage::alumni};
constexpr Stage kFromPaused[] = {Stage::active, Stage::alumni};
constexpr Stage kFromEnded[] = {Stage::nominated};
}  // namespace

std::span<const Stage> allowed_moves(Stage from) {
  switch (from) {
    case Stage::nominated:
      return kFromNominated;
    case Stage::qualified:
      return kFromQualified;
    case Stage::active:
      return kFromActive;
    case Stage::paused:
      return kFromPaused;
    case Stage::alumni:
    case Stage::declined:
      return kFromEnded;
    case Stage::none:
      break;
  }
  return {};
}

bool can_move(Stage from, Stage to) {
  const auto moves = allowed_moves(from);
  return std::find(moves.begin(), moves.end(), to) != moves.end();
}

}  // namespace advo
