// advo engagement set ID FIELD=VALUE…: corrects fields of a logged
// engagement — date (moving it to the file of its month), outcome, notes,
// request, story, by — all or nothing. A change that makes it an ask on
// another day, or an ask again, is checked against the rules of rest as
// `advo log` checks a new entry: refused (exit 4) unless --override REASON.
#include <algorithm>

#include <fmt/format.h>

#include "advo/domain/assignment.hpp"
#include "advo/domain/domain_error.hpp"
#include "advo/domain/rest.hpp"
#include "advo/domain/schema.hpp"
#include "advo/error.hpp"
#include "cli/commands/engagement_commands.hpp"
#include "cli/engagement_update.hpp"
#include "cli/record_update.hpp"

namespace advo::cli {
namespace {

struct EngagementSetOptions {
  std::string id;
  std::vector<std::string> assignments;
  std::string override_reason;
  OptionRef override_option;
};

AssignmentRules engagement_rules(const Program& program) {
  AssignmentRules rules;
  rules.locked.emplace_back("advocate", "log the engagement for the right advocate and delete this one");
  rules.locked.emplace_back("type", "log the engagement with the right type and delete this one");
  rules.locked.emplace_back("override", "give --override REASON when a change breaks a rule of rest");
  rules.exists = [&program](RefKind kind, std::string_view id) {
    if (kind == RefKind::request) return program.find_request(id) != nullptr;
    if (kind == RefKind::story) return program.find_story(id) != nullptr;
    return true;
  };
  return rules;
}

// `by` is logged_by, as `advo log --by` and `advo engagements by:` name
// it; a request or story may be named by a unique id prefix.
std::vector<Assignment> engagement_assignments(const Program& program, std::vector<Assignment> assignments,
                                               std::vector<AssignmentError>& errors) {
  for (Assignment& a : assignments) {
    if (a.path == "by") a.path = "logged_by";
    const bool reference = a.path == "request" || a.path == "story";
    if (!reference || a.op != AssignOp::set || a.value.empty()) continue;
    try {
      const RecordKind kind = a.path == "request" ? RecordKind::request : RecordKind::story;
      a.value = record_id(program, resolve_id(program, a.value, {kind})).str();
    } catch (const DomainError& e) {
      errors.push_back({a.text, e.what()});
    }
  }
  // The others are still applied, so every mistake is named at once.
  std::erase_if(assignments, [&](const Assignment& a) {
    return std::any_of(errors.begin(), errors.end(), [&](const AssignmentError& e) { return e.assignment == a.text; });
  });
  return assignments;
}

int run_engagement_set(Context& ctx, const EngagementSetOptions& o) {
  const Date today = ctx.today();
  std::vector<Assignment> assignments = assignments_arg(ctx, o.assignments);
  const Program& program = ctx.program_for_write();
  const Engagement& before = engagement_arg(program, o.id);

  std::vector<AssignmentError> errors;
  assignments = engagement_assignments(program, std::move(assignments), errors);
  Engagement after = before;
  for (AssignmentError& e : apply_assignments(after, assignments, program.settings, engagement_rules(program)))
    errors.push_back(std::move(e));
  if (errors.empty())
    if (std::string error = future_outcome_error(after, today); !error.empty())
      errors.push_back({o.assignments.back(), std::move(error)});
  if (!errors.empty()) refuse_assignments(ctx, errors);

  if (o.override_option.given()) {
    if (o.override_reason.find_first_not_of(" \t\n") == std::string::npos)
      throw UsageError("--override needs the reason the rule is broken");
    store_engagement_field(after, "override", "--override", o.override_reason);
  }
  // The rules are checked when the change makes it an ask on a day it was
  // not one: a new date, or an outcome that counts as an ask again.
  if (makes_new_ask(before, after, program.settings)) {
    apply_rest_rules(ctx, program, after, &before, "change it");
  } else if (o.override_option.given()) {
    ctx.note("the change makes no new ask; --override not recorded");
    after.override_reason = before.override_reason;
  }

  if (same_record(before, after)) {
    ctx.note(fmt::format("{}: nothing changed", before.id.view()));
    return 0;
  }
  // The change is named before what follows from it (a request fulfilled).
  ctx.note(fmt::format("{}: changed {}", before.id.view(), changed_fields(before, after)));
  save_engagement_correction(ctx, program, before, after);
  std::string change = fmt::format("engagement set: {}", before.id.view());
  for (const std::string& text : o.assignments) change += " " + text;
  ctx.describe_change(std::move(change));
  return 0;
}

}  // namespace

Runner setup_engagement_set(CommandOptions& app) {
  auto o = std::make_shared<EngagementSetOptions>();
  app.add_option("ID", o->id, "Id or unique id prefix of the engagement").required();
  app.add_option("ASSIGNMENT", o->assignments,
                 "FIELD=VALUE or FIELD= (clear) for date, outcome, notes, request, story, by")
      .required();
  o->override_option =
      app.add_option("--override", o->override_reason, "Make a change that breaks a rule of rest, recording why")
          .value_name("REASON");
  return [o](Context& ctx) { return run_engagement_set(ctx, *o); };
}

}  // namespace advo::cli
