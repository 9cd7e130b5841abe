// Id prefixes in the reference fields of queries (reference_prefixes.hpp).
#include "advo/domain/reference_prefixes.hpp"

#include <algorithm>

namespace advo {
namespace {

RecordKind record_kind(RefKind kind) {
  switch (kind) {
    case RefKind::story:
      return RecordKind::story;
    case RefKind::request:
      return RecordKind::request;
    default:
      return RecordKind::advocate;
  }
}

template <class R>
size_t count_prefixed(const std::vector<R>& records, std::string_view prefix, bool& exact) {
  // Records are sorted by id, so those starting with `prefix` are adjacent.
  auto it = std::lower_bound(records.begin(), records.end(), prefix,
                             [](const R& r, std::string_view key) { return r.id.view() < key; });
  size_t n = 0;
  for (; it != records.end() && it->id.view().starts_with(prefix); ++it) {
    if (it->id.view() == prefix) exact = true;
    ++n;
  }
  return n;
}

}  // namespace

std::string expand_reference(const Program& program, RefKind kind, std::string_view value) {
  std::string lower(value);
  for (char& c : lower) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  if (lower.empty() || kind == RefKind::none) return std::string(value);
  bool exact = false;
  size_t n = 0;
  switch (kind) {
    case RefKind::story:
      n = count_prefixed(program.stories, lower, exact);
      break;
    case RefKind::request:
      n = count_prefixed(program.requests, lower, exact);
      break;
    default:
      n = count_prefixed(program.advocates, lower, exact);
      break;
  }
  if (exact || n == 0) return std::string(value);
  // One candidate: its id; several: resolve_id's message listing them.
  return record_id(program, resolve_id(program, lower, {record_kind(kind)})).str();
}

ReferenceLookup reference_lookup(const Program& program) {
  return [&program](RefKind kind, std::string_view value) { return expand_reference(program, kind, value); };
}

}  // namespace advo
