#include "cli/match_stories.hpp"

#include <fmt/format.h>

#include "advo/domain/schema.hpp"

namespace advo::cli {

std::optional<std::vector<RankedStory>> match_stories(const Program& program, const Criteria& criteria, Date day) {
  if (!has_story_criteria(criteria, program.settings.weights)) return std::nullopt;
  return rank_stories(program, criteria, day, kMatchStories);
}

OutputSection story_section(const std::vector<RankedStory>& stories, Date day) {
  OutputSection s;
  s.title = fmt::format("Stories that fit (usable on {}):", day.str());
  if (stories.empty()) {
    s.lines.push_back("none of the usable stories fits these criteria");
    return s;
  }
  s.columns = {{"RANK", Align::right, false},
               {"ID", Align::left, true, 24, false, true},
               {"TITLE", Align::left, true, 12, true},
               {"KIND", Align::left, false},
               {"STATUS", Align::left, false},
               {"SCORE", Align::right, false}};
  for (size_t i = 0; i < stories.size(); ++i) {
    const Story& story = *stories[i].story;
    s.rows.push_back({fmt::format("{}", i + 1), story.id.str(), story.title.str(), std::string(to_string(story.kind)),
                      std::string(to_string(story.status)), fmt::format("{:.1f}", stories[i].score)});
  }
  return s;
}

Json stories_json(const std::vector<RankedStory>& stories) {
  Json list = Json::array();
  for (const RankedStory& r : stories) {
    Json o = Json::object();
    o.set("id", r.story->id.view());
    o.set("title", r.story->title.view());
    o.set("kind", to_string(r.story->kind));
    o.set("status", to_string(r.story->status));
    o.set("score", r.score);
    list.push(std::move(o));
  }
  return list;
}

}  // namespace advo::cli
