// advo log-engagement (alias log): records an engagement in its month file.
// An ask that breaks a rule of rest (advo-files(5), RULES OF REST) is refused unless
// --override says why; the reason is then recorded with the engagement.
#include <fmt/format.h>

#include "advo/domain/field_values.hpp"
#include "advo/domain/ids.hpp"
#include "advo/domain/program.hpp"
#include "advo/domain/rest.hpp"
#include "advo/error.hpp"
#include "cli/command.hpp"
#include "cli/completion.hpp"
#include "cli/date_option.hpp"
#include "cli/engagement_update.hpp"

namespace advo::cli {
namespace {

struct LogOptions {
  std::string advocate;
  std::string type;
  std::string date;
  std::string outcome;
  std::string request;
  std::string story;
  std::string note;
  std::string by;
  std::string override_reason;
  OptionRef override_option;
};

// Logging a completed ask on the day it was scheduled is marking the
// scheduled entry done, not a second ask: refused, naming the command.
void refuse_second_entry(const Program& program, const Engagement& e) {
  if (!e.override_reason.empty() || e.outcome != Outcome::completed || !is_ask(e, program.settings)) return;
  const Engagement* planned = scheduled_on_the_day(program, e);
  if (planned == nullptr) return;
  throw RefusedError(fmt::format("{} is scheduled for {} {} as {}; nothing written; to record that it took place, "
                                 "run: advo engagement done {}",
                                 e.advocate.view(), e.type.view(), e.date.str(), planned->id.view(),
                                 planned->id.view()));
}

int run_log(Context& ctx, const LogOptions& o) {
  const Program& program = ctx.program_for_write();
  const Date today = ctx.today();
  const Advocate& advocate = program.advocates[resolve_id(program, o.advocate, {RecordKind::advocate}).index];
  const ActivityType& type = activity_type_arg(program.settings, o.type);

  Engagement e;
  e.advocate = advocate.id;
  e.type = Sym(type.name);
  e.date = today;
  if (!o.date.empty()) e.date = date_option("--date", o.date, today);
  if (!o.outcome.empty()) store_engagement_field(e, "outcome", "--outcome", o.outcome);
  else e.outcome = e.date > today ? Outcome::scheduled : Outcome::completed;
  if (e.date > today && (e.outcome == Outcome::completed || e.outcome == Outcome::no_show))
    throw UsageError(fmt::format("an engagement dated after today ({}) cannot be {}; log it as scheduled",
                                 today.str(), to_string(e.outcome)));
  std::optional<size_t> request;
  if (!o.request.empty()) {
    request = resolve_id(program, o.request, {RecordKind::request}).index;
    e.request = program.requests[*request].id;
  }
  if (!o.story.empty()) e.story = program.stories[resolve_id(program, o.story, {RecordKind::story}).index].id;
  if (!o.by.empty()) store_engagement_field(e, "logged_by", "--by", o.by);
  if (!o.note.empty()) store_engagement_field(e, "notes", "--note", o.note);
  if (o.override_option.given()) {
    if (o.override_reason.find_first_not_of(" \t\n") == std::string::npos)
      throw UsageError("--override needs the reason the rule is broken");
    store_engagement_field(e, "override", "--override", o.override_reason);
  }
  for (const FieldIssue& issue : validate_values(schema_for<Engagement>(), &e, program.settings))
    if (issue.severity == Severity::error) throw UsageError(fmt::format("{}: {}", issue.path, issue.message));

  refuse_second_entry(program, e);
  apply_rest_rules(ctx, program, e, nullptr, "log it");

  e.id = Sym(unique_id(engagement_slug(e.date.str(), advocate.id.view(), type.name),
                       [&](std::string_view id) { return program.find_engagement(id) != nullptr; }));
  write_engagement_change(ctx, program, nullptr, &e);
  if (request) update_answered_request(ctx, program, program.requests[*request], e);
  std::string change = fmt::format("log: {} {} {}", advocate.id.view(), type.name, e.date.str());
  if (e.outcome != Outcome::completed) change += fmt::format(" {}", to_string(e.outcome));
  if (!e.request.empty()) change += fmt::format(" for {}", e.request.view());
  if (!e.override_reason.empty()) change += " (override)";
  ctx.describe_change(std::move(change));
  ctx.out() << e.id.view() << '\n';
  return 0;
}

}  // namespace

Runner setup_log_engagement(CommandOptions& app) {
  auto o = std::make_shared<LogOptions>();
  app.add_option("ADVOCATE", o->advocate, "Id or unique id prefix of the advocate").required();
  complete_field(app.add_option("TYPE", o->type, "Activity type, one of [types] in advo.toml").required(),
                 RecordKind::engagement, "type");
  app.add_option("--date", o->date, "Day of the engagement (default today)").value_name("DATE");
  complete_field(
      app.add_option("--outcome", o->outcome,
                     "scheduled, completed, declined, no-show or cancelled (default completed, or scheduled after today)")
          .value_name("OUTCOME"),
      RecordKind::engagement, "outcome");
  app.add_option("--request", o->request, "The request it answers (id or unique prefix)").value_name("REQUEST");
  app.add_option("--story", o->story, "The story it concerns (id or unique prefix)").value_name("STORY");
  app.add_option("--note", o->note, "Free text, recorded as notes").value_name("TEXT");
  app.add_option("--by", o->by, "Who logs it, recorded as logged_by").value_name("WHO");
  o->override_option =
      app.add_option("--override", o->override_reason, "Log an ask that breaks a rule of rest, recording why")
          .value_name("REASON");
  return [o](Context& ctx) { return run_log(ctx, *o); };
}

}  // namespace advo::cli
