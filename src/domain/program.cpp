#include "advo/domain/program.hpp"

#include <algorithm>
#include <numeric>

#include <fmt/format.h>

#include "advo/domain/schema.hpp"
#include "advo/error.hpp"

namespace advo {
namespace {

template <class R>
void sort_by_id(std::vector<R>& records) {
  std::stable_sort(records.begin(), records.end(), [](const R& a, const R& b) { return a.id.view() < b.id.view(); });
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
  sort_by_id(advocates);
  sort_by_id(stories);
  sort_by_id(requests);
  std::stable_sort(engagements.begin(), engagements.end(), [](const Engagement& a, const Engagement& b) {
    if (a.date != b.date) return a.date < b.date;
    return a.id.view() < b.id.view();
  });

  engagements_by_id_.resize(engagements.size());
  std::iota(engagements_by_id_.begin(), engagements_by_id_.end(), 0u);
  std::stable_sort(engagements_by_id_.begin(), engagements_by_id_.end(), [&](uint32_t a, uint32_t b) {
    return engagements[a].id.view() < engagements[b].id.view();
  });

  // Group engagements by advocate position; a counting sort keeps them in
  // date order within each advocate. Slot advocates.size() collects the
  // engagements of unknown advocates.
  std::vector<uint32_t> owner(engagements.size());
  by_advocate_start_.assign(advocates.size() + 2, 0);
  for (size_t i = 0; i < engagements.size(); ++i) {
    const Advocate* a = find_advocate(engagements[i].advocate.view());
    owner[i] = a != nullptr ? static_cast<uint32_t>(a - advocates.data()) : static_cast<uint32_t>(advocates.size());
    ++by_advocate_start_[owner[i] + 1];
  }
  std::partial_sum(by_advocate_start_.begin(), by_advocate_start_.end(), by_advocate_start_.begin());
  by_advocate_.resize(engagements.size());
  std::vector<uint32_t> next(by_advocate_start_.begin(), by_advocate_start_.end() - 1);
  for (size_t i = 0; i < engagements.size(); ++i) by_advocate_[next[owner[i]]++] = static_cast<uint32_t>(i);
}

const Advocate* Program::find_advocate(std::string_view id) const { return find_by_id(advocates, id); }
const Story* Program::find_story(std::string_view id) const { return find_by_id(stories, id); }
const Request* Program::find_request(std::string_view id) const { return find_by_id(requests, id); }

const Engagement* Program::find_engagement(std::string_view id) const {
  auto it = std::lower_bound(engagements_by_id_.begin(), engagements_by_id_.end(), id,
                             [&](uint32_t i, std::string_view key) { return engagements[i].id.view() < key; });
  return it != engagements_by_id_.end() && engagements[*it].id.view() == id ? &engagements[*it] : nullptr;
}

std::span<const uint32_t> Program::engagements_of(const Advocate& a) const {
  if (by_advocate_start_.empty()) return {};
  const auto pos = static_cast<size_t>(&a - advocates.data());
  if (pos >= advocates.size()) return engagements_of_id(a.id.view());
  return std::span<const uint32_t>(by_advocate_).subspan(by_advocate_start_[pos],
                                                         by_advocate_start_[pos + 1] - by_advocate_start_[pos]);
}

std::span<const uint32_t> Program::engagements_of_id(std::string_view advocate_id) const {
  const Advocate* a = find_advocate(advocate_id);
  if (a != nullptr) return engagements_of(*a);
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
          for (size_t i = 0; i < program.engagements.size(); ++i)
            if (program.engagements[i].id.view().substr(0, text.size()) == text)
              prefixed.push_back(RecordRef{kind, i});
        break;
    }
  }
  for (const RecordRef& r : prefixed)
    if (record_id(program, r).view() == text) exact.push_back(r);
  if (exact.size() == 1) return exact.front();
  const std::vector<RecordRef>& candidates = exact.empty() ? prefixed : exact;
  if (candidates.size() == 1) return candidates.front();
  if (candidates.empty()) throw UsageError(fmt::format("no {} '{}'", kind_list(kinds), text));
  std::vector<std::string> ids;
  for (const RecordRef& r : candidates) ids.push_back(fmt::format("{} ({})", record_id(program, r).view(), to_string(r.kind)));
  std::sort(ids.begin(), ids.end());
  constexpr size_t kShown = 10;
  std::string list;
  for (size_t i = 0; i < ids.size() && i < kShown; ++i) list += "\n  " + ids[i];
  if (ids.size() > kShown) list += fmt::format("\n  … and {} more", ids.size() - kShown);
  throw UsageError(fmt::format("'{}' is ambiguous; it matches:{}", text, list));
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
