// advo story set ID FIELD=VALUE…: changes fields of a story, all or
// nothing, as `advo set` does for advocates.
#include <fmt/format.h>

#include "advo/domain/story_approvals.hpp"
#include "advo/domain/story_status.hpp"
#include "advo/error.hpp"
#include "cli/commands/story_commands.hpp"
#include "cli/record_update.hpp"

namespace advo::cli {
namespace {

struct StorySetOptions {
  std::string id;
  std::vector<std::string> assignments;
};

int run_story_set(Context& ctx, const StorySetOptions& o) {
  std::vector<Assignment> assignments = assignments_arg(ctx, o.assignments);
  const Program& program = ctx.program_for_write();
  const Story& before = story_arg(program, o.id);

  // Featured advocates may be named by unique prefix when added; removals
  // name what the list holds.
  std::vector<AssignmentError> errors;
  for (Assignment& a : assignments)
    if (a.path == "advocates" && a.op != AssignOp::remove)
      a.value = featured_advocates(program, a.value, a.text, errors);
  if (!errors.empty()) refuse_assignments(ctx, errors);

  // The rules judge the story as it will be written: a later approved_on
  // is a new approval, not the old one's end moved.
  AssignmentRules rules = story_rules(program, ctx.today());
  rules.validate = [&before, today = ctx.today()](const void* record) {
    Story settled = *static_cast<const Story*>(record);
    settle_assigned_approvals(before, settled);
    return story_rule_issues(settled, today);
  };
  update_record(ctx, program, before, assignments, rules);
  std::string change = fmt::format("story set: {}", before.id.view());
  for (const Assignment& a : assignments) change += " " + a.text;
  ctx.describe_change(std::move(change));
  return 0;
}

}  // namespace

StorySubcommand setup_story_set(CommandOptions& story) {
  CommandOptions app = story.add_subcommand("set", "Change fields of a story: FIELD=VALUE, LIST+=VALUE, LIST-=VALUE");
  app.fallthrough();
  auto o = std::make_shared<StorySetOptions>();
  app.add_option("ID", o->id, "Id or unique id prefix of the story").required();
  app.add_option("ASSIGNMENT", o->assignments,
                  "FIELD=VALUE, FIELD= (clear), LIST+=VALUE, LIST-=VALUE; status through 'advo story status'")
      .required();
  return {app, [o](Context& ctx) { return run_story_set(ctx, *o); }};
}

}  // namespace advo::cli
