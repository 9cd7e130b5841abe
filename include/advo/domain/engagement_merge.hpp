// The three-way merge of one month of engagements, entry by entry, as git
// asks a merge driver for it: the common ancestor (base) and the two sides
// (ours, theirs), each a month file's engagements, matched by id.
//
// - added on one side: kept; added on both sides alike: kept once;
// - changed on one side only: that side's version;
// - deleted on one side and unchanged on the other: deleted;
// - anything else (changed differently on both sides, added differently on
//   both, changed on one side and deleted on the other) is a conflict that
//   keeps both versions for a person to resolve.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "advo/domain/records.hpp"

namespace advo {

struct EngagementConflict {
  enum class Kind : uint8_t { changed_on_both, added_on_both, deleted_by_ours, deleted_by_theirs };
  Kind kind;
  Sym id;
  std::optional<Engagement> ours;    // nullopt: deleted on our side
  std::optional<Engagement> theirs;  // nullopt: deleted on their side
};

// "changed on both sides", "added on both sides with different fields"…
std::string_view describe(EngagementConflict::Kind kind);

struct EngagementMerge {
  std::vector<Engagement> merged;               // in no particular order
  std::vector<EngagementConflict> conflicts;    // by id
  bool clean() const { return conflicts.empty(); }
};

// Merges by id. Each side must hold every id at most once
// (first_duplicate_id); entries compare by their fields alone.
EngagementMerge merge_engagements(std::span<const Engagement> base, std::span<const Engagement> ours,
                                  std::span<const Engagement> theirs);

// An id held by more than one entry, or the empty Sym: a list that cannot
// be merged by id.
Sym first_duplicate_id(std::span<const Engagement> engagements);

}  // namespace advo
