#include "advo/domain/suggest.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "advo/domain/folding.hpp"

namespace advo {

size_t edit_distance(std::string_view a, std::string_view b) {
  // Optimal string alignment distance: insertions, deletions, substitutions
  // and transpositions of neighbours each cost one.
  const size_t n = a.size();
  const size_t m = b.size();
  std::vector<std::vector<size_t>> d(n + 1, std::vector<size_t>(m + 1));
  for (size_t i = 0; i <= n; ++i) d[i][0] = i;
  for (size_t j = 0; j <= m; ++j) d[0][j] = j;
  for (size_t i = 1; i <= n; ++i) {
    for (size_t j = 1; j <= m; ++j) {
      const size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[n][m];
}

namespace {
template <class S>
std::optional<std::string> nearest_of(std::string_view word, std::span<const S> candidates) {
  if (word.size() > 200) return std::nullopt;
  const std::string w = lower_ascii(word);
  std::optional<std::string> best;
  size_t best_distance = SIZE_MAX;
  for (const S& c : candidates) {
    const std::string_view cand(c);
    if (cand.size() > 200) continue;
    const std::string lc = lower_ascii(cand);
    size_t dist = edit_distance(w, lc);
    // A typed prefix of a long name is as good as a one-letter slip.
    if (w.size() >= 3 && lc.rfind(w, 0) == 0) dist = std::min<size_t>(dist, 1);
    const size_t allowed = std::max<size_t>(1, std::min(w.size(), lc.size()) / 3);
    if (dist <= allowed && dist < best_distance) {
      best = std::string(cand);
      best_distance = dist;
    }
  }
  return best;
}

template <class S>
std::string did_you_mean_of(std::string_view word, std::span<const S> candidates) {
  auto best = nearest(word, candidates);
  return best ? fmt::format(" (did you mean '{}'?)", *best) : std::string();
}

template <class S>
std::string unknown_value_of(std::string_view what, std::string_view value, std::span<const S> known) {
  std::optional<std::string> best = nearest(value, known);
  if (!best && value.size() >= 3 && value.size() <= 200) {
    // A word of its own for the same thing ("fintech"): the one value
    // starting as it does.
    const std::string start = lower_ascii(value.substr(0, 3));
    for (const S& k : known) {
      if (lower_ascii(std::string_view(k)).rfind(start, 0) != 0) continue;
      if (best) {
        best.reset();
        break;
      }
      best = std::string(k);
    }
  }
  std::string list;
  for (const S& k : known) list += (list.empty() ? "" : ", ") + std::string(k);
  return fmt::format("unknown {} '{}'{}; known: {}", what, value,
                     best ? fmt::format(" (did you mean '{}'?)", *best) : std::string(), list);
}
}  // namespace

std::optional<std::string> nearest(std::string_view word, std::span<const std::string> candidates) {
  return nearest_of(word, candidates);
}
std::optional<std::string> nearest(std::string_view word, std::span<const std::string_view> candidates) {
  return nearest_of(word, candidates);
}
std::string did_you_mean(std::string_view word, std::span<const std::string> candidates) {
  return did_you_mean_of(word, candidates);
}
std::string did_you_mean(std::string_view word, std::span<const std::string_view> candidates) {
  return did_you_mean_of(word, candidates);
}
std::string unknown_value(std::string_view what, std::string_view value, std::span<const std::string> known) {
  return unknown_value_of(what, value, known);
}
std::string unknown_value(std::string_view what, std::string_view value, std::span<const std::string_view> known) {
  return unknown_value_of(what, value, known);
}

}  // namespace advo
