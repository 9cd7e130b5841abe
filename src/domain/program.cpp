#include "advo/domain/program.hpp"

#include <algorithm>
#include <bit>
#include <numeric>

#include <fmt/format.h>

#include "advo/domain/domain_error.hpp"
#include "advo/domain/schema.hpp"

namespace advo {
namespace {

template <class R>
void sort_by_id(std::vector<R>& records) {
  auto less = [](const R& a, const R& b) { return a.id.view() < b.id.view(); };
  if (!std::is_sorted(records.begin(), records.end(), less)) std::stable_sort(records.begin(), records.end(), less);
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
  auto by_date_then_id = [](const Engagement& a, const Engagement& b) {
    if (a.date != b.date) return a.date < b.date;
    return a.id.view() < b.id.view();
  };
  if (!std::is_sorted(engagements.begin(), engagements.end(), by_date_then_id))
    std::stable_sort(engagements.begin(), engagements.end(), by_date_then_id);

  const size_t n = engagements.size();
  auto built = std::make_shared<Indexes>();
  built->storage.resize(2 * n + advocates.size() + 2);
  const std::span<uint32_t> by_id(built->storage.data(), n);
  const std::span<uint32_t> by_advocate(built->storage.data() + n, n);
  const std::span<uint32_t> start(built->storage.data() + 2 * n, advocates.size() + 2);

  // By id: engagement ids usually begin with their date, so the date order
  // is mostly the id order already; merge its ascending runs.
  std::iota(by_id.begin(), by_id.end(), 0u);
  auto id_less = [&](uint32_t a, uint32_t b) { return engagements[a].id.view() < engagements[b].id.view(); };
  std::vector<uint32_t> run_starts;
  for (size_t i = 0; i < n; ++i)
    if (i == 0 || id_less(static_cast<uint32_t>(i), static_cast<uint32_t>(i - 1))) run_starts.push_back(static_cast<uint32_t>(i));
  if (run_starts.size() > 1) {
    std::vector<uint32_t> buffer(n);
    while (run_starts.size() > 1) {
      std::vector<uint32_t> merged_starts;
      for (size_t r = 0; r < run_starts.size(); r += 2) {
        const size_t a = run_starts[r];
        const size_t b = r + 1 < run_starts.size() ? run_starts[r + 1] : n;
        const size_t c = r + 2 < run_starts.size() ? run_starts[r + 2] : n;
        std::merge(by_id.begin() + static_cast<ptrdiff_t>(a), by_id.begin() + static_cast<ptrdiff_t>(b),
                   by_id.begin() + static_cast<ptrdiff_t>(b), by_id.begin() + static_cast<ptrdiff_t>(c),
                   buffer.begin() + static_cast<ptrdiff_t>(a), id_less);
        merged_starts.push_back(static_cast<uint32_t>(a));
      }
      std::copy(buffer.begin(), buffer.end(), by_id.begin());
      run_starts.swap(merged_starts);
    }
  }

  // Group engagements by advocate position; a counting sort keeps them in
  // date order within each advocate. Slot advocates.size() collects the
  // engagements of unknown advocates. Advocates are looked up by handle.
  std::vector<uint32_t> slots(std::bit_ceil(advocates.size() * 2 + 2), UINT32_MAX);
  const size_t mask = slots.size() - 1;
  auto slot_of = [&](uint32_t id) {
    size_t i = (id * 0x9E3779B9u) & mask;
    while (slots[i] != UINT32_MAX && advocates[slots[i]].id.id() != id) i = (i + 1) & mask;
    return i;
  };
  for (size_t a = 0; a < advocates.size(); ++a) {
    const size_t i = slot_of(advocates[a].id.id());
    if (slots[i] == UINT32_MAX) slots[i] = static_cast<uint32_t>(a);  // the first of duplicates, as find_advocate
  }
  std::vector<uint32_t> owner(n);
  std::fill(start.begin(), start.end(), 0u);
  for (size_t i = 0; i < n; ++i) {
    const uint32_t slot = engagements[i].advocate.empty() ? UINT32_MAX : slots[slot_of(engagements[i].advocate.id())];
    owner[i] = slot != UINT32_MAX ? slot : static_cast<uint32_t>(advocates.size());
    ++start[owner[i] + 1];
  }
  std::partial_sum(start.begin(), start.end(), start.begin());
  std::vector<uint32_t> next(start.begin(), start.end() - 1);
  for (size_t i = 0; i < n; ++i) by_advocate[next[owner[i]]++] = static_cast<uint32_t>(i);
  built->arrays = IndexArrays{by_id, by_advocate, start};
  indexes_ = std::move(built);
}

Program::IndexArrays Program::index_arrays() const { return indexes_ ? indexes_->arrays : IndexArrays{}; }

void Program::adopt_indexes(IndexArrays arrays, std::shared_ptr<const void> keep_alive) {
  auto adopted = std::make_shared<Indexes>();
  adopted->arrays = arrays;
  adopted->keep_alive = std::move(keep_alive);
  indexes_ = std::move(adopted);
}

const Advocate* Program::find_advocate(std::string_view id) const { return find_by_id(advocates, id); }
const Story* Program::find_story(std::string_view id) const { return find_by_id(stories, id); }
const Request* Program::find_request(std::string_view id) const { return find_by_id(requests, id); }

const Engagement* Program::find_engagement(std::string_view id) const {
  if (!indexes_) return nullptr;
  const auto by_id = indexes_->arrays.engagements_by_id;
  auto it = std::lower_bound(by_id.begin(), by_id.end(), id,
                             [&](uint32_t i, std::string_view key) { return engagements[i].id.view() < key; });
  return it != by_id.end() && engagements[*it].id.view() == id ? &engagements[*it] : nullptr;
}

std::span<const uint32_t> Program::engagements_of(const Advocate& a) const {
  if (!indexes_ || indexes_->arrays.by_advocate_start.empty()) return {};
  const auto pos = static_cast<size_t>(&a - advocates.data());
  if (pos >= advocates.size()) return engagements_of_id(a.id.view());
  const auto start = indexes_->arrays.by_advocate_start;
  return indexes_->arrays.by_advocate.subspan(start[pos], start[pos + 1] - start[pos]);
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
