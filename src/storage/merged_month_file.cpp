#include "advo/storage/merged_month_file.hpp"

#include <algorithm>
#include <tuple>

#include "advo/storage/record_writer.hpp"

namespace advo {
namespace {

std::string entry_text(const Engagement& e) { return write_month_file(std::span<const Engagement>(&e, 1)); }

struct Piece {
  Date date;
  std::string_view id;
  std::string text;
};

}  // namespace

std::string write_merged_month_file(const EngagementMerge& merge) {
  std::vector<Piece> pieces;
  pieces.reserve(merge.merged.size() + merge.conflicts.size());
  for (const Engagement& e : merge.merged) pieces.push_back(Piece{e.date, e.id.view(), entry_text(e)});
  for (const EngagementConflict& c : merge.conflicts) {
    const Engagement& placed = c.ours ? *c.ours : *c.theirs;
    std::string text = "<<<<<<< ours\n";
    if (c.ours) text += entry_text(*c.ours);
    text += "=======\n";
    if (c.theirs) text += entry_text(*c.theirs);
    text += ">>>>>>> theirs\n";
    pieces.push_back(Piece{placed.date, c.id.view(), std::move(text)});
  }
  std::stable_sort(pieces.begin(), pieces.end(), [](const Piece& a, const Piece& b) {
    return std::tie(a.date, a.id) < std::tie(b.date, b.id);
  });
  std::string out;
  for (const Piece& p : pieces) out += p.text;
  return out;
}

}  // namespace advo
