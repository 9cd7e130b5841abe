// How `advo stories --for` prints ranked stories: a table (or Markdown)
// with the score first; with --explain each story's score broken down by
// criterion; JSON always with the breakdown; CSV the score and every field.
#pragma once

#include <string>
#include <vector>

#include "advo/domain/story_ranking.hpp"
#include "cli/context.hpp"

namespace advo::cli {

// `criteria` are what the stories were ranked against (for the JSON
// breakdown's wanted values).
void print_ranked_stories(Context& ctx, const Criteria& criteria, const std::vector<RankedStory>& ranked,
                          const std::string& format, bool explain);

}  // namespace advo::cli
