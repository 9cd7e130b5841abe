// How `advo stories --for` prints ranked stories: a table (or Markdown)
// with the score first; with --explain each story's score broken down by
// criterion; JSON always with the breakdown; CSV the score and every field.
#pragma once

#include <string>
#include <vector>

#include "advo/domain/story_ranking.hpp"
#include "advo/render/record_list.hpp"
#include "cli/context.hpp"

namespace advo::cli {

// The columns of a story table, listed (`advo stories`) or ranked (after
// the score).
std::vector<ListColumn<Story>> story_columns();

// `criteria` are what the stories were ranked against (for the JSON
// breakdown's wanted values).
void print_ranked_stories(Context& ctx, const Criteria& criteria, const std::vector<RankedStory>& ranked,
                          const std::string& format, bool explain);

}  // namespace advo::cli
