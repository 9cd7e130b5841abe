#include "advo/domain/engagement_merge.hpp"

#include <map>
#include <set>

#include "advo/domain/schema.hpp"

namespace advo {
namespace {

using ById = std::map<Sym, const Engagement*, SymLess>;

ById by_id(std::span<const Engagement> engagements) {
  ById out;
  for (const Engagement& e : engagements) out.emplace(e.id, &e);
  return out;
}

const Engagement* lookup(const ById& map, Sym id) {
  const auto it = map.find(id);
  return it == map.end() ? nullptr : it->second;
}

bool same(const Engagement* a, const Engagement* b) {
  if (a == nullptr || b == nullptr) return a == b;
  return same_record(*a, *b);
}

std::optional<Engagement> copy_of(const Engagement* e) {
  return e == nullptr ? std::nullopt : std::optional<Engagement>(*e);
}

}  // namespace

std::string_view describe(EngagementConflict::Kind kind) {
  switch (kind) {
    case EngagementConflict::Kind::changed_on_both: return "changed differently on both sides";
    case EngagementConflict::Kind::added_on_both: return "added on both sides with different fields";
    case EngagementConflict::Kind::deleted_by_ours: return "deleted on our side, changed on theirs";
    case EngagementConflict::Kind::deleted_by_theirs: return "changed on our side, deleted on theirs";
  }
  return "conflict";
}

EngagementMerge merge_engagements(std::span<const Engagement> base, std::span<const Engagement> ours,
                                  std::span<const Engagement> theirs) {
  const ById b = by_id(base), o = by_id(ours), t = by_id(theirs);
  std::set<Sym, SymLess> ids;
  for (const ById* side : {&b, &o, &t})
    for (const auto& [id, e] : *side) ids.insert(id);

  EngagementMerge out;
  for (Sym id : ids) {
    const Engagement* in_base = lookup(b, id);
    const Engagement* in_ours = lookup(o, id);
    const Engagement* in_theirs = lookup(t, id);
    const Engagement* result = nullptr;
    if (same(in_ours, in_theirs)) {
      result = in_ours;  // alike on both sides (or deleted on both)
    } else if (same(in_base, in_ours)) {
      result = in_theirs;  // only their side changed it (added, changed or deleted)
    } else if (same(in_base, in_theirs)) {
      result = in_ours;
    } else {
      using Kind = EngagementConflict::Kind;
      const Kind kind = in_base == nullptr    ? Kind::added_on_both
                        : in_ours == nullptr  ? Kind::deleted_by_ours
                        : in_theirs == nullptr ? Kind::deleted_by_theirs
                                               : Kind::changed_on_both;
      out.conflicts.push_back(EngagementConflict{kind, id, copy_of(in_ours), copy_of(in_theirs)});
      continue;
    }
    if (result != nullptr) out.merged.push_back(*result);
  }
  return out;
}

Sym first_duplicate_id(std::span<const Engagement> engagements) {
  std::set<Sym, SymLess> seen;
  for (const Engagement& e : engagements)
    if (!seen.insert(e.id).second) return e.id;
  return Sym();
}

}  // namespace advo
