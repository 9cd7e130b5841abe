// advo set ID FIELD=VALUE…: changes fields of an advocate, all or nothing.
#include <fmt/format.h>

#include "advo/domain/assignment.hpp"
#include "advo/domain/duplicates.hpp"
#include "cli/command.hpp"
#include "cli/completion.hpp"
#include "cli/record_update.hpp"

namespace advo::cli {
namespace {

struct SetOptions {
  std::string id;
  std::vector<std::string> assignments;
  std::string override_reason;
  OptionRef override_option;
};

// Two advocates never share an e-mail address.
void check_email(const Program& program, const Advocate& before, const Advocate& after,
                 std::span<const Assignment> assignments, std::vector<AssignmentError>& errors) {
  if (after.email == before.email) return;
  const Advocate* same = advocate_with_email(program, after.email.view(), before.id.view());
  if (same == nullptr) return;
  for (const Assignment& a : assignments)
    if (a.path == "email")
      errors.push_back({a.text, fmt::format("{} is already the e-mail address of advocate '{}'", after.email.view(),
                                            same->id.view())});
}

int run_set(Context& ctx, const SetOptions& o) {
  const std::vector<Assignment> assignments = assignments_arg(ctx, o.assignments);
  if (o.override_option.given() && o.override_reason.find_first_not_of(" \t\n") == std::string::npos)
    throw UsageError("--override needs the reason the rule is broken");
  ctx.offer_override(o.override_reason);
  const Program& program = ctx.program_for_write();
  const Advocate& before = advocate_arg(program, o.id);
  AssignmentRules rules;
  rules.locked.emplace_back("stage", "use 'advo stage ID STAGE', which keeps to the pipeline and sets stage_on");
  update_record<Advocate>(ctx, program, before, assignments, rules,
                          [&](const Advocate& b, const Advocate& a, std::span<const Assignment> as,
                              std::vector<AssignmentError>& errors) { check_email(program, b, a, as, errors); });
  std::string change = fmt::format("set: {}", before.id.view());
  for (const std::string& text : o.assignments) change += " " + text;
  ctx.describe_change(std::move(change));
  return 0;
}

}  // namespace

Runner setup_set(CommandOptions& app) {
  auto o = std::make_shared<SetOptions>();
  app.add_option("ID", o->id, "Id or unique id prefix of the advocate").required();
  complete_assignments(app.add_option("ASSIGNMENT", o->assignments,
                                      "FIELD=VALUE, FIELD= (clear), LIST+=VALUE, LIST-=VALUE; dotted paths for nested fields")
                           .required(),
                       RecordKind::advocate);
  o->override_option = app.add_option("--override", o->override_reason,
                                      "Keep asks the change leaves breaking a rule of rest, recording why on each");
  return [o](Context& ctx) { return run_set(ctx, *o); };
}

}  // namespace advo::cli
