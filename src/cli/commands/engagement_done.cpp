// advo engagement done ID: a scheduled engagement took place. Its outcome
// becomes completed (on or after its day), and a request it answers is
// fulfilled, as `advo log` does for a completed engagement.
#include <fmt/format.h>

#include "advo/domain/schema.hpp"
#include "advo/error.hpp"
#include "cli/commands/engagement_commands.hpp"
#include "cli/engagement_update.hpp"

namespace advo::cli {
namespace {

struct EngagementDoneOptions {
  std::string id;
};

int run_engagement_done(Context& ctx, const EngagementDoneOptions& o) {
  const Date today = ctx.today();
  const Program& program = ctx.program_for_write();
  const Engagement& before = engagement_arg(program, o.id);
  if (before.outcome == Outcome::completed) {
    ctx.note(fmt::format("{}: already completed; nothing changed", before.id.view()));
    return 0;
  }
  if (before.outcome != Outcome::scheduled)
    throw UsageError(fmt::format("{} is {}, not scheduled; to change its outcome anyway, run: advo engagement set {} "
                                 "outcome=completed",
                                 before.id.view(), to_string(before.outcome), before.id.view()));
  if (before.date > today)
    throw UsageError(fmt::format("{} is on {}, after today ({}); it can be done on or after its day", before.id.view(),
                                 before.date.str(), today.str()));
  Engagement after = before;
  after.outcome = Outcome::completed;
  write_engagement_change(ctx, program, &before, &after);
  ctx.note(fmt::format("{}: scheduled → completed", before.id.view()));
  if (!after.request.empty())
    if (const Request* r = program.find_request(after.request.view())) update_answered_request(ctx, program, *r, after);
  ctx.describe_change(fmt::format("engagement done: {}", before.id.view()));
  return 0;
}

}  // namespace

Runner setup_engagement_done(CommandOptions& app) {
  auto o = std::make_shared<EngagementDoneOptions>();
  app.add_option("ID", o->id, "Id or unique id prefix of the engagement").required();
  return [o](Context& ctx) { return run_engagement_done(ctx, *o); };
}

}  // namespace advo::cli
