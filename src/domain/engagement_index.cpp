// Building the engagement index (engagement_index.hpp) from the records.
#include "advo/domain/engagement_index.hpp"

#include <algorithm>
#include <bit>
#include <numeric>
#include <vector>

namespace advo {

EngagementIndex EngagementIndex::build(std::span<const Advocate> advocates, std::span<const Engagement> engagements) {
  const size_t n = engagements.size();
  auto storage = std::make_shared<std::vector<uint32_t>>(2 * n + advocates.size() + 2);
  const std::span<uint32_t> by_id(storage->data(), n);
  const std::span<uint32_t> by_advocate(storage->data() + n, n);
  const std::span<uint32_t> start(storage->data() + 2 * n, advocates.size() + 2);

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
  EngagementIndex index;
  index.arrays_ = Arrays{by_id, by_advocate, start};
  index.owner_ = std::move(storage);
  return index;
}

EngagementIndex EngagementIndex::from_arrays(Arrays arrays, std::shared_ptr<const void> owner) {
  EngagementIndex index;
  index.arrays_ = arrays;
  index.owner_ = std::move(owner);
  return index;
}

}  // namespace advo
