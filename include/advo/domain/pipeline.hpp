// The advocate pipeline (advo-files(5)): which stage may follow which.
//
//   nominated → qualified | declined     qualified → active | declined
//   active    → paused | alumni          paused    → active | alumni
//   declined  → nominated                alumni    → nominated
#pragma once

#include <span>

#include "advo/domain/records.hpp"

namespace advo {

// The stages an advocate in `from` may move to, in pipeline order.
std::span<const Stage> allowed_moves(Stage from);
bool can_move(Stage from, Stage to);

}  // namespace advo
