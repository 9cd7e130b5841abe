// The stories under `advo match`: the top usable stories of the library
// for the request's criteria (story_ranking.hpp), so the seller gets proof
// to send along with the advocates to ask.
#pragma once

#include <optional>
#include <vector>

#include "advo/domain/story_ranking.hpp"
#include "advo/render/json.hpp"
#include "cli/match_output.hpp"

namespace advo::cli {

// How many stories `advo match` lists.
inline constexpr size_t kMatchStories = 3;

// The usable stories that fit `criteria` on `day`, best first, at most
// kMatchStories; nullopt when the criteria give nothing a story is scored
// on (every usable story would fit equally).
std::optional<std::vector<RankedStory>> match_stories(const Program& program, const Criteria& criteria, Date day);

// "Stories that fit (usable on DAY):" and a table of rank, id, title,
// kind, status and score, or a line saying none fits.
OutputSection story_section(const std::vector<RankedStory>& stories, Date day);

// [{"id", "title", "kind", "status", "score"}], best first.
Json stories_json(const std::vector<RankedStory>& stories);

}  // namespace advo::cli
