#include "advo/render/table.hpp"

#include <algorithm>
#include <numeric>

#include "advo/render/terminal.hpp"

namespace advo {

void Table::add_row(std::vector<std::string> cells) {
  cells.resize(columns_.size());
  rows_.push_back(std::move(cells));
}

std::string Table::render(size_t width) const {
  const size_t n = columns_.size();
  std::vector<size_t> widths(n, 0);
  for (size_t c = 0; c < n; ++c) {
    widths[c] = display_width(columns_[c].title);
    for (const auto& row : rows_) widths[c] = std::max(widths[c], display_width(row[c]));
  }
  // Hide columns that are empty in every row (except the first).
  std::vector<bool> shown(n, true);
  for (size_t c = 1; c < n; ++c) {
    shown[c] = std::any_of(rows_.begin(), rows_.end(), [&](const auto& row) { return !row[c].empty(); });
  }
  auto total = [&] {
    size_t sum = 0;
    size_t count = 0;
    for (size_t c = 0; c < n; ++c)
      if (shown[c]) {
        sum += widths[c];
        ++count;
      }
    return sum + (count > 0 ? 2 * (count - 1) : 0);
  };
  // Shrink the widest flexible column one step at a time; when no column
  // can shrink further, leave out the rightmost optional column and start
  // again; with none left, cut the cut_last columns too.
  auto shrink = [&](bool cut_last) {
    while (total() > width) {
      size_t widest = n;
      for (size_t c = 0; c < n; ++c) {
        if (!shown[c] || !columns_[c].flexible || (columns_[c].cut_last && !cut_last)) continue;
        const size_t floor = std::max(columns_[c].min_width, display_width(columns_[c].title));
        if (widths[c] <= floor) continue;
        if (widest == n || widths[c] > widths[widest]) widest = c;
      }
      if (widest == n) break;
      --widths[widest];
    }
  };
  const std::vector<size_t> natural = widths;
  while (true) {
    widths = natural;
    shrink(false);
    if (total() <= width) break;
    size_t drop = n;
    for (size_t c = n; c-- > 0;)
      if (shown[c] && columns_[c].optional) {
        drop = c;
        break;
      }
    if (drop == n) {
      shrink(true);
      break;
    }
    shown[drop] = false;
  }

  std::string out;
  auto line = [&](const std::vector<std::string>& cells) {
    std::string text;
    size_t pending = 0;  // spaces owed before the next cell
    bool first = true;
    for (size_t c = 0; c < n; ++c) {
      if (!shown[c]) continue;
      const std::string cell = truncate_to_width(cells[c], widths[c]);
      const size_t pad = widths[c] - display_width(cell);
      if (!first) pending += 2;
      first = false;
      if (columns_[c].align == Align::right) {
        text.append(pending + pad, ' ');
        text += cell;
        pending = 0;
      } else {
        text.append(pending, ' ');
        text += cell;
        pending = pad;
      }
    }
    // An empty cell at the end of a line leaves no trailing spaces.
    while (!text.empty() && text.back() == ' ') text.pop_back();
    out += text;
    out += '\n';
  };
  std::vector<std::string> titles;
  for (const auto& col : columns_) titles.push_back(col.title);
  line(titles);
  for (const auto& row : rows_) line(row);
  return out;
}

}  // namespace advo
