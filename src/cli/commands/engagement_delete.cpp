// advo engagement delete ID [--force]: removes an entry logged by mistake
// from its month file. An entry that answers a request or concerns a story
// is part of that record's history, so it is kept unless --force.
#include <fmt/format.h>

#include "advo/domain/schema.hpp"
#include "advo/error.hpp"
#include "cli/commands/engagement_commands.hpp"
#include "cli/engagement_update.hpp"

namespace advo::cli {
namespace {

struct EngagementDeleteOptions {
  std::string id;
  bool force = false;
};

int run_engagement_delete(Context& ctx, const EngagementDeleteOptions& o) {
  const Program& program = ctx.program_for_write();
  const Engagement& e = engagement_arg(program, o.id);
  if (!o.force && (!e.request.empty() || !e.story.empty())) {
    const std::string linked = !e.request.empty() ? fmt::format("request {}", e.request.view())
                                                  : fmt::format("story {}", e.story.view());
    throw RefusedError(fmt::format("{} is linked to {}; nothing written; to cancel it instead, run: advo engagement "
                                   "cancel {}; to delete it anyway, add --force",
                                   e.id.view(), linked, e.id.view()));
  }
  const std::string id = e.id.str();
  const std::string file = program.files.at(e.origin.file);
  write_engagement_change(ctx, program, &e, nullptr);
  ctx.note(fmt::format("deleted {} from {}", id, ctx.display(file)));
  ctx.describe_change(fmt::format("engagement delete: {}", id));
  return 0;
}

}  // namespace

Runner setup_engagement_delete(CommandOptions& app) {
  auto o = std::make_shared<EngagementDeleteOptions>();
  app.add_option("ID", o->id, "Id or unique id prefix of the engagement").required();
  app.add_flag("--force", o->force, "Delete it even when it answers a request or concerns a story");
  return [o](Context& ctx) { return run_engagement_delete(ctx, *o); };
}

}  // namespace advo::cli
