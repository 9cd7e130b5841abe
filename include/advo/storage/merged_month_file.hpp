// The text of a merged month file (domain/engagement_merge.hpp): the
// canonical month file of the merged entries, and where entries conflict,
// both versions between git's conflict markers, each at its place in the
// order of date, then id.
#pragma once

#include <string>

#include "advo/domain/engagement_merge.hpp"

namespace advo {

// A conflict reads:
//   <<<<<<< ours
//   - id: …            (our version; nothing when we deleted it)
//   =======
//   - id: …            (their version; nothing when they deleted it)
//   >>>>>>> theirs
std::string write_merged_month_file(const EngagementMerge& merge);

}  // namespace advo
