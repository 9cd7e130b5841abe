// advo request set ID FIELD=VALUE…: changes fields of a request, all or
// nothing, as `advo set` does for advocates. Status moves keep to the life
// of a request (request_status.hpp); closing is `advo request close`.
#include <fmt/format.h>

#include "advo/domain/request_status.hpp"
#include "cli/commands/request_commands.hpp"
#include "cli/record_update.hpp"

namespace advo::cli {
namespace {

struct RequestSetOptions {
  std::string id;
  std::vector<std::string> assignments;
};

void error_at(std::span<const Assignment> assignments, std::string_view path, std::string message,
              std::vector<AssignmentError>& errors) {
  for (const Assignment& a : assignments)
    if (a.path == path) {
      errors.push_back({a.text, std::move(message)});
      return;
    }
}

// What the schema cannot tell: the status keeps to its moves, the type
// stays an ask, and a request is not needed before it was made.
void check_request(const Settings& settings, const Request& before, const Request& after,
                   std::span<const Assignment> assignments, std::vector<AssignmentError>& errors) {
  const std::string refusal = status_change_refusal(before.id.view(), before.status, after.status);
  if (!refusal.empty()) error_at(assignments, "status", refusal, errors);
  if (after.type != before.type)
    if (const ActivityType* t = settings.type(after.type); t != nullptr && t->kind == ActivityKind::give)
      error_at(assignments, "type", fmt::format("{} is a give; a request's type is an ask type", t->name), errors);
  if (after.needed_by && after.requested_on && after.needed_by < after.requested_on &&
      (after.needed_by != before.needed_by || after.requested_on != before.requested_on)) {
    const std::string message = fmt::format("needed_by ({}) would be before requested_on ({})", after.needed_by.str(),
                                            after.requested_on.str());
    error_at(assignments, after.needed_by != before.needed_by ? "needed_by" : "requested_on", message, errors);
  }
}

int run_request_set(Context& ctx, const RequestSetOptions& o) {
  const std::vector<Assignment> assignments = assignments_arg(ctx, o.assignments);
  const Program& program = ctx.program_for_write();
  const Request& before = request_arg(program, o.id);
  AssignmentRules rules;
  rules.exists = [&program](RefKind kind, std::string_view id) { return names_record(program, kind, id); };
  update_record<Request>(ctx, program, before, assignments, rules,
                         [&](const Request& b, const Request& a, std::span<const Assignment> as,
                             std::vector<AssignmentError>& errors) { check_request(program.settings, b, a, as, errors); });
  std::string change = fmt::format("request set: {}", before.id.view());
  for (const std::string& text : o.assignments) change += " " + text;
  ctx.describe_change(std::move(change));
  return 0;
}

}  // namespace

Runner setup_request_set(CommandOptions& app) {
  auto o = std::make_shared<RequestSetOptions>();
  app.add_option("ID", o->id, "Id or unique id prefix of the request").required();
  app.add_option("ASSIGNMENT", o->assignments,
                 "FIELD=VALUE, FIELD= (clear), LIST+=VALUE, LIST-=VALUE; dotted paths (criteria.products+=x)")
      .required();
  return [o](Context& ctx) { return run_request_set(ctx, *o); };
}

}  // namespace advo::cli
