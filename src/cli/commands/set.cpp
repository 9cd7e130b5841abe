// advo set ID FIELD=VALUE…: changes fields of an advocate, all or nothing.
#include <fmt/format.h>

#include "advo/domain/assignment.hpp"
#include "advo/domain/duplicates.hpp"
#include "advo/error.hpp"
#include "cli/command.hpp"
#include "cli/completion.hpp"
#include "cli/record_update.hpp"

namespace advo::cli {
namespace {

struct SetOptions {
  std::string id;
  std::vector<std::string> assignments;
};

int run_set(Context& ctx, const SetOptions& o) {
  std::vector<Assignment> assignments;
  std::vector<AssignmentError> errors;
  for (const std::string& text : o.assignments) {
    if (auto a = parse_assignment(text))
      assignments.push_back(std::move(*a));
    else
      errors.push_back({text, "not an assignment: write FIELD=VALUE, LIST+=VALUE or LIST-=VALUE"});
  }
  if (!errors.empty()) refuse_assignments(ctx, errors);

  const Program& program = ctx.program_for_write();
  const Advocate& before = advocate_arg(program, o.id);
  Advocate after = before;
  AssignmentRules rules;
  rules.locked.emplace_back("stage", "use 'advo stage ID STAGE', which keeps to the pipeline and sets stage_on");
  errors = apply_assignments(after, assignments, program.settings, rules);
  if (errors.empty() && after.email != before.email)
    if (const Advocate* same = advocate_with_email(program, after.email.view(), before.id.view()))
      for (const Assignment& a : assignments)
        if (a.path == "email")
          errors.push_back({a.text, fmt::format("{} is already the e-mail address of advocate '{}'",
                                                after.email.view(), same->id.view())});
  if (!errors.empty()) refuse_assignments(ctx, errors);

  if (same_record(before, after)) {
    ctx.note(fmt::format("{}: nothing changed", before.id.view()));
    return 0;
  }
  save_record(ctx, program, after);
  std::string change = fmt::format("set: {}", before.id.view());
  for (const std::string& text : o.assignments) change += " " + text;
  ctx.describe_change(std::move(change));
  ctx.note(fmt::format("updated {}", ctx.display(record_file(program, before.origin))));
  return 0;
}

}  // namespace

Runner setup_set(CLI::App& app) {
  auto o = std::make_shared<SetOptions>();
  app.add_option("ID", o->id, "Id or unique id prefix of the advocate")->required();
  complete_assignments(app.add_option("ASSIGNMENT", o->assignments,
                                      "FIELD=VALUE, FIELD= (clear), LIST+=VALUE, LIST-=VALUE; dotted paths for nested fields")
                           ->required(),
                       RecordKind::advocate);
  return [o](Context& ctx) { return run_set(ctx, *o); };
}

}  // namespace advo::cli
