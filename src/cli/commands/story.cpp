// advo story add|set|status: the command group that writes stories.
#include <fmt/format.h>

#include "advo/domain/domain_error.hpp"
#include "advo/domain/list_text.hpp"
#include "advo/domain/story_status.hpp"
#include "advo/domain/suggest.hpp"
#include "advo/error.hpp"
#include "cli/commands/story_commands.hpp"

namespace advo::cli {

const Story& story_arg(const Program& program, std::string_view text) {
  return program.stories[resolve_id(program, text, {RecordKind::story}).index];
}

std::string featured_advocates(const Program& program, std::string_view value, const std::string& assignment,
                               std::vector<AssignmentError>& errors) {
  std::vector<std::string> ids;
  for (const std::string& item : split_list(value)) {
    try {
      ids.push_back(program.advocates[resolve_id(program, item, {RecordKind::advocate}).index].id.str());
    } catch (const DomainError& e) {
      errors.push_back({assignment, e.what()});
    }
  }
  return join_list(ids);
}

AssignmentRules story_rules(const Program& program, Date today) {
  AssignmentRules rules;
  rules.locked.emplace_back("status", "use 'advo story status ID STATUS', which keeps to the workflow");
  rules.exists = [&program](RefKind kind, std::string_view id) {
    return kind != RefKind::advocate || program.find_advocate(id) != nullptr;
  };
  rules.validate = [today](const void* record) { return story_rule_issues(*static_cast<const Story*>(record), today); };
  return rules;
}

Runner setup_story(CommandOptions& app) {
  const StorySubcommand add = setup_story_add(app);
  const StorySubcommand set = setup_story_set(app);
  const StorySubcommand status = setup_story_status(app);
  // Words that name no sub-command reach the fallback, which names them.
  auto words = std::make_shared<std::vector<std::string>>();
  app.add_option("WORD", *words).hidden();
  return dispatch_subcommands(app, {{add.app, add.run}, {set.app, set.run}, {status.app, status.run}},
                              [words](Context&) -> int {
                                const std::vector<std::string> names = {"add", "set", "status"};
                                if (words->empty()) throw UsageError("story needs a sub-command: add, set or status");
                                throw UsageError(fmt::format("unknown story sub-command '{}'{}; story takes add, set or "
                                                             "status",
                                                             words->front(),
                                                             did_you_mean(words->front(), names)));
                              });
}

}  // namespace advo::cli
