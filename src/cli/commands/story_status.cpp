// advo story status ID STATUS: moves a story through its workflow
// (story_status.hpp). Approved and published need approved_on; a story is
// published only when it is usable today.
#include <fmt/format.h>

#include "advo/domain/field_values.hpp"
#include "advo/domain/story_status.hpp"
#include "advo/domain/story_usability.hpp"
#include "advo/error.hpp"
#include "advo/render/terminal.hpp"
#include "cli/commands/story_commands.hpp"
#include "cli/date_option.hpp"
#include "cli/record_update.hpp"

namespace advo::cli {
namespace {

struct StoryStatusOptions {
  std::string id;
  std::string status;
  std::string approved_on;
  std::string expires_on;
  std::string reason;
};

std::string moves_text(StoryStatus from) {
  const auto moves = allowed_status_moves(from);
  if (moves.empty()) return fmt::format("a {} story stays {}", to_string(from), to_string(from));
  std::string out = fmt::format("from {} it can move to ", to_string(from));
  for (size_t i = 0; i < moves.size(); ++i) {
    if (i > 0) out += i + 1 == moves.size() ? " or " : ", ";
    out += to_string(moves[i]);
  }
  return out;
}

StoryStatus parse_status(std::string_view text) {
  const auto field = resolve_path(schema_for<Story>(), "status");
  StoryStatus status = StoryStatus::none;
  const std::string error = store_scalar(*field->def, &status, 0, text);
  if (!error.empty()) throw UsageError(error);
  return status;
}

// No date when the option is not given.
Date optional_date_option(Context& ctx, std::string_view flag, const std::string& text) {
  if (text.empty()) return Date();
  return date_option(flag, text, ctx.today());
}

int run_story_status(Context& ctx, const StoryStatusOptions& o) {
  const StoryStatus to = parse_status(o.status);
  const Date approved_on = optional_date_option(ctx, "--approved-on", o.approved_on);
  const Date expires_on = optional_date_option(ctx, "--expires-on", o.expires_on);
  if ((approved_on || expires_on) && !needs_approval_date(to))
    throw UsageError("--approved-on and --expires-on go with the statuses approved and published");

  const Program& program = ctx.program_for_write();
  const Story& before = story_arg(program, o.id);
  const StoryStatus from = before.status;
  const std::string id = terminal_safe(before.id.view());
  if (from == to) throw RefusedError(fmt::format("'{}' is already {}; {}", id, to_string(to), moves_text(from)));
  if (!can_move_status(from, to))
    throw RefusedError(fmt::format("'{}' cannot move from {} to {}; {}", id, to_string(from), to_string(to),
                                   moves_text(from)));

  const Date today = ctx.today();
  Story after = before;
  after.status = to;
  if (approved_on) after.approved_on = approved_on;
  if (expires_on) after.expires_on = expires_on;
  settle_assigned_approvals(before, after);
  if (needs_approval_date(to) && !after.approved_on)
    throw RefusedError(fmt::format("'{}' has no approved_on; give --approved-on DATE, the day the customer signed the "
                                   "story off",
                                   id));
  if (to == StoryStatus::published) {
    const auto reasons = story_unusable_reasons(program, after, today);
    if (!reasons.empty()) {
      std::string text = fmt::format("'{}' cannot be published: it is not usable on {}", id, today.str());
      for (const StoryReason& r : reasons) text += fmt::format("\n  {}: {}", to_string(r.code), terminal_safe(r.message));
      throw RefusedError(text + "\n  nothing written");
    }
  }
  if (const auto issues = story_rule_issues(after, today); !issues.empty())
    throw RefusedError(fmt::format("'{}' cannot be {}: {}", id, to_string(to), issues.front().message));
  const std::string_view reason = o.reason;
  if (!reason.empty()) {
    // The reason is kept with the record, as a dated line of its notes.
    const std::string line = fmt::format("{} {} → {}: {}", today.str(), to_string(from), to_string(to), reason);
    after.notes = Sym(before.notes.empty() ? line : fmt::format("{}\n{}", before.notes.view(), line));
  }
  save_record(ctx, program, after);
  ctx.note(fmt::format("{}: {} → {}", id, to_string(from), to_string(to)));
  ctx.describe_change(fmt::format("story status: {} {} → {}", id, to_string(from), to_string(to)));
  return 0;
}

}  // namespace

StorySubcommand setup_story_status(CommandOptions& story) {
  CommandOptions app =
      story.add_subcommand("status", "Move a story through draft, in-review, approved, published, retired");
  app.fallthrough();
  auto o = std::make_shared<StoryStatusOptions>();
  app.add_option("ID", o->id, "Id or unique id prefix of the story").required();
  app.add_option("STATUS", o->status, "draft, in-review, approved, published or retired").required();
  app.add_option("--approved-on", o->approved_on, "With approved or published: the day the customer signed it off")
      .value_name("DATE");
  app.add_option("--expires-on", o->expires_on, "With approved or published: the last day the approval holds")
      .value_name("DATE");
  app.add_option("--reason", o->reason, "Why; added to the story's notes with the date").value_name("TEXT");
  return {app, [o](Context& ctx) { return run_story_status(ctx, *o); }};
}

}  // namespace advo::cli
