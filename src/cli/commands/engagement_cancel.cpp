// advo engagement cancel ID [--reason R]: an engagement was called off. Its
// outcome becomes cancelled (no longer an ask for the rules of rest) and
// the reason is added to its notes.
#include <fmt/format.h>

#include "advo/domain/folding.hpp"
#include "advo/domain/schema.hpp"
#include "advo/error.hpp"
#include "cli/commands/engagement_commands.hpp"
#include "cli/engagement_update.hpp"

namespace advo::cli {
namespace {

struct EngagementCancelOptions {
  std::string id;
  std::string reason;
};

int run_engagement_cancel(Context& ctx, const EngagementCancelOptions& o) {
  if (!valid_utf8(o.reason)) throw UsageError("--reason is not valid UTF-8 text");
  const Program& program = ctx.program_for_write();
  const Engagement& before = engagement_arg(program, o.id);
  if (before.outcome == Outcome::cancelled && o.reason.empty()) {
    ctx.note(fmt::format("{}: already cancelled; nothing changed", before.id.view()));
    return 0;
  }
  Engagement after = before;
  after.outcome = Outcome::cancelled;
  if (!o.reason.empty()) {
    const std::string line = "cancelled: " + o.reason;
    after.notes = Sym(before.notes.empty() ? line : before.notes.str() + "\n" + line);
  }
  write_engagement_change(ctx, program, &before, &after);
  if (before.outcome == Outcome::cancelled)
    ctx.note(fmt::format("{}: still cancelled; the reason is added to its notes", before.id.view()));
  else
    ctx.note(fmt::format("{}: {} → cancelled", before.id.view(), to_string(before.outcome)));
  if (!after.request.empty())
    if (const Request* r = program.find_request(after.request.view()); r != nullptr && r->status == RequestStatus::scheduled)
      ctx.note(fmt::format("request {} is still scheduled; to reopen it, run: advo request set {} status=matched",
                           r->id.view(), r->id.view()));
  ctx.describe_change(fmt::format("engagement cancel: {}", before.id.view()));
  return 0;
}

}  // namespace

Runner setup_engagement_cancel(CommandOptions& app) {
  auto o = std::make_shared<EngagementCancelOptions>();
  app.add_option("ID", o->id, "Id or unique id prefix of the engagement").required();
  app.add_option("--reason", o->reason, "Why, added to its notes as 'cancelled: REASON'").value_name("TEXT");
  return [o](Context& ctx) { return run_engagement_cancel(ctx, *o); };
}

}  // namespace advo::cli
