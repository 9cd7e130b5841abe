#include "advo/domain/program.hpp"

#include <algorithm>
#include <functional>

#include <fmt/format.h>

#include "advo/domain/domain_error.hpp"
#include "advo/domain/schema.hpp"

namespace advo {
namespace {

template <class R>
void sort_in_program_order(std::vector<R>& records) {
  const auto before = in_program_order<R>;
  if (!std::is_sorted(records.begin(), records.end(), before)) std::stable_sort(records.begin(), records.end(), before);
}

template <class R>
const R* find_by_id(const std::vector<R>& records, std::string_view id) {
  auto it = std::lower_bound(records.begin(), records.end(), id,
                             [](const R& r, std::string_view key) { return r.id.view() < key; });
  return it != records.end() && it->id.view() == id ? &*it : nullptr;
}

// Ids of `records` that start with `prefix`, appended to out.
template <class R>
void collect_prefixed(const std::vector<R>& records, std::string_view prefix, RecordKind kind,
                      std::vector<RecordRef>& out) {
  auto it = std::lower_bound(records.begin(), records.end(), prefix,
                             [](const R& r, std::string_view key) { return r.id.view() < key; });
  for (; it != records.end() && it->id.view().substr(0, prefix.size()) == prefix; ++it)
    out.push_back(RecordRef{kind, static_cast<size_t>(it - records.begin())});
}

// Engagements whose ids start with `prefix`, from the index by id: only
// the ids next to the prefix are read (a scan would read every id, and with
// records from the cache, every page of its strings).
void collect_prefixed_engagements(const Program& program, std::string_view prefix, std::vector<RecordRef>& out) {
  const auto by_id = program.engagement_index().arrays().by_id;
  auto it = std::lower_bound(by_id.begin(), by_id.end(), prefix, [&](uint32_t i, std::string_view key) {
    return program.engagements[i].id.view() < key;
  });
  for (; it != by_id.end() && program.engagements[*it].id.view().substr(0, prefix.size()) == prefix; ++it)
    out.push_back(RecordRef{RecordKind::engagement, *it});
}

std::string kind_list(std::initializer_list<RecordKind> kinds) {
  std::string out;
  size_t i = 0;
  for (RecordKind k : kinds) {
    if (i > 0) out += i + 1 == kinds.size() ? " or " : ", ";
    out += to_string(k);
    ++i;
  }
  return out;
}

}  // namespace

void Program::build_indexes() {
  sort_in_program_order(advocates);
  sort_in_program_order(stories);
  sort_in_program_order(requests);
  sort_in_program_order(engagements);
  index_ = std::make_shared<const EngagementIndex>(EngagementIndex::build(advocates, engagements));
}

const EngagementIndex& Program::engagement_index() const {
  if (!index_) index_ = std::make_shared<const EngagementIndex>(EngagementIndex::build(advocates, engagements));
  return *index_;
}

void Program::use_engagement_index(EngagementIndex index) {
  index_ = std::make_shared<const EngagementIndex>(std::move(index));
}

const Advocate* Program::find_advocate(std::string_view id) const { return find_by_id(advocates, id); }
const Story* Program::find_story(std::string_view id) const { return find_by_id(stories, id); }
const Request* Program::find_request(std::string_view id) const { return find_by_id(requests, id); }

const Engagement* Program::find_engagement(std::string_view id) const {
  const auto by_id = engagement_index().arrays().by_id;
  auto it = std::lower_bound(by_id.begin(), by_id.end(), id,
                             [&](uint32_t i, std::string_view key) { return engagements[i].id.view() < key; });
  return it != by_id.end() && engagements[*it].id.view() == id ? &engagements[*it] : nullptr;
}

std::span<const uint32_t> Program::engagements_of(size_t advocate) const {
  if (advocate >= advocates.size()) return {};
  return engagement_index().of_advocate(advocate);
}

std::optional<size_t> Program::advocate_position(const Advocate& a) const {
  const Advocate* first = advocates.data();
  const Advocate* last = first + advocates.size();
  if (!std::less<const Advocate*>{}(&a, first) && std::less<const Advocate*>{}(&a, last))
    return static_cast<size_t>(&a - first);
  const Advocate* found = find_advocate(a.id.view());
  if (found == nullptr) return std::nullopt;
  return static_cast<size_t>(found - first);
}

std::span<const uint32_t> Program::engagements_of(const Advocate& a) const {
  const std::optional<size_t> position = advocate_position(a);
  return position ? engagements_of(*position) : std::span<const uint32_t>{};
}

std::span<const uint32_t> Program::engagements_of_id(std::string_view advocate_id) const {
  const Advocate* a = find_advocate(advocate_id);
  if (a != nullptr) return engagements_of(static_cast<size_t>(a - advocates.data()));
  return {};
}

std::string Program::display_path(uint32_t file) const {
  if (file >= files.size()) return display_root;
  return display_root + files[file];
}

RecordRef resolve_id(const Program& program, std::string_view text, std::initializer_list<RecordKind> kinds) {
  // An exact id wins over longer ids it is a prefix of.
  std::vector<RecordRef> exact;
  std::vector<RecordRef> prefixed;
  for (RecordKind kind : kinds) {
    switch (kind) {
      case RecordKind::advocate:
        collect_prefixed(program.advocates, text, kind, prefixed);
        break;
      case RecordKind::story:
        collect_prefixed(program.stories, text, kind, prefixed);
        break;
      case RecordKind::request:
        collect_prefixed(program.requests, text, kind, prefixed);
        break;
      case RecordKind::engagement:
        if (const Engagement* e = program.find_engagement(text))
          exact.push_back(RecordRef{kind, static_cast<size_t>(e - program.engagements.data())});
        else
          collect_prefixed_engagements(program, text, prefixed);
        break;
    }
  }
  for (const RecordRef& r : prefixed)
    if (record_id(program, r).view() == text) exact.push_back(r);
  if (exact.size() == 1) return exact.front();
  const std::vector<RecordRef>& candidates = exact.empty() ? prefixed : exact;
  if (candidates.size() == 1) return candidates.front();
  if (candidates.empty())
    throw DomainError(DomainErrorKind::unknown_id, fmt::format("no {} '{}'", kind_list(kinds), text));
  std::vector<std::string> ids;
  for (const RecordRef& r : candidates) ids.push_back(fmt::format("{} ({})", record_id(program, r).view(), to_string(r.kind)));
  std::sort(ids.begin(), ids.end());
  constexpr size_t kShown = 10;
  std::string list;
  for (size_t i = 0; i < ids.size() && i < kShown; ++i) list += "\n  " + ids[i];
  if (ids.size() > kShown) list += fmt::format("\n  … and {} more", ids.size() - kShown);
  throw DomainError(DomainErrorKind::ambiguous_prefix, fmt::format("'{}' is ambiguous; it matches:{}", text, list));
}

Sym record_id(const Program& program, RecordRef ref) {
  switch (ref.kind) {
    case RecordKind::advocate:
      return program.advocates[ref.index].id;
    case RecordKind::story:
      return program.stories[ref.index].id;
    case RecordKind::request:
      return program.requests[ref.index].id;
    case RecordKind::engagement:
      return program.engagements[ref.index].id;
  }
  return {};
}

const Origin& record_origin(const Program& program, RecordRef ref) {
  switch (ref.kind) {
    case RecordKind::advocate:
      return program.advocates[ref.index].origin;
    case RecordKind::story:
      return program.stories[ref.index].origin;
    case RecordKind::request:
      return program.requests[ref.index].origin;
    case RecordKind::engagement:
      return program.engagements[ref.index].origin;
  }
  return program.advocates[ref.index].origin;
}

}  // namespace advo
