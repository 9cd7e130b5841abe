// advo log-engagement (alias log): records an engagement in its month file.
// An ask that breaks a rule of rest (PRODUCT.md §5) is refused unless
// --override says why; the reason is then recorded with the engagement.
#include <fmt/format.h>

#include "advo/domain/field_values.hpp"
#include "advo/domain/folding.hpp"
#include "advo/domain/ids.hpp"
#include "advo/domain/program.hpp"
#include "advo/domain/rest.hpp"
#include "advo/domain/schema.hpp"
#include "advo/domain/suggest.hpp"
#include "advo/error.hpp"
#include "advo/render/terminal.hpp"
#include "advo/storage/record_writer.hpp"
#include "cli/availability_text.hpp"
#include "cli/command.hpp"
#include "cli/completion.hpp"

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
  CLI::Option* override_option = nullptr;
};

// Stores an option's text in a field of `e` as the file reader would.
void store(Engagement& e, std::string_view field, std::string_view option, std::string_view text) {
  if (!valid_utf8(text)) throw UsageError(fmt::format("{} is not valid UTF-8 text", option));
  const auto resolved = resolve_path(schema_for<Engagement>(), field);
  const std::string error = store_scalar(*resolved->def, &e, resolved->offset, text);
  if (!error.empty()) throw UsageError(fmt::format("{}: {}", option, error));
}

const ActivityType& find_type(const Settings& settings, const std::string& name) {
  if (const ActivityType* t = settings.type(name)) return *t;
  throw UsageError(fmt::format("no activity type '{}' in advo.toml{}", name, did_you_mean(name, settings.type_names())));
}

// The engagements of one month file as loaded (by file, not by date, so a
// misplaced entry is kept where it is).
std::vector<Engagement> month_file_engagements(const Program& program, const std::string& relative) {
  std::vector<Engagement> out;
  for (const Engagement& e : program.engagements)
    if (e.origin.file < program.files.size() && program.files[e.origin.file] == relative) out.push_back(e);
  return out;
}

// The rules of rest for an ask: refused (exit 4) with every reason and the
// next available day, or recorded with the override.
void apply_rules(Context& ctx, const Program& program, const Advocate& advocate, const ActivityType& type,
                 Engagement& e) {
  const bool has_override = !e.override_reason.empty();
  if (!is_ask(e, program.settings)) {
    if (has_override)
      ctx.note(fmt::format("{} is never refused; --override not recorded",
                           type.kind == ActivityKind::give ? "a give" : "a cancelled ask"));
    e.override_reason = Sym();
    return;
  }
  const Availability a =
      RestPolicy(program.settings).availability(advocate, asks_of(program, advocate), type, e.date);
  if (a.available()) {
    if (has_override) ctx.note("no rule of rest is broken; --override not recorded");
    e.override_reason = Sym();
    return;
  }
  if (!has_override) {
    std::string text = availability_text(advocate.id.view(), type.name, e.date, a);
    text += not_willing_hint(advocate.id.view(), type.name, a);
    // An override is for the rules of rest; not-willing is mended on the profile.
    text += "  nothing written";
    if (breaks_other_than_not_willing(a)) text += "; to log it anyway, give the reason with --override REASON";
    throw RefusedError("refused: " + text);
  }
  std::string codes;
  for (const RestReason& r : a.reasons) codes += (codes.empty() ? "" : ", ") + std::string(to_string(r.code));
  ctx.note(fmt::format("breaks {}; logged with the override", codes));
}

// A completed engagement fulfils its request; a scheduled one marks an open
// or matched request scheduled. Either adds the advocate to the request.
void update_request(Context& ctx, const Program& program, size_t index, const Engagement& e) {
  if (e.outcome != Outcome::completed && e.outcome != Outcome::scheduled) return;
  Request r = program.requests[index];
  const RequestStatus was = r.status;
  if (r.type != e.type)
    ctx.note(fmt::format("request {} is for {}, not {}", terminal_safe(r.id.view()), terminal_safe(r.type.view()),
                         e.type.view()));
  if (!contains(r.advocates, e.advocate)) {
    std::vector<Sym> ids = r.advocates.to_vector();
    ids.push_back(e.advocate);
    r.advocates = SymList(ids);
  }
  if (e.outcome == Outcome::completed) {
    r.status = RequestStatus::fulfilled;
    if (was != RequestStatus::fulfilled || !r.fulfilled_on || e.date < r.fulfilled_on) r.fulfilled_on = e.date;
  } else if (was == RequestStatus::open || was == RequestStatus::matched) {
    r.status = RequestStatus::scheduled;
  }
  if (r.status != was)
    ctx.note(fmt::format("request {}: {} (was {})", r.id.view(), to_string(r.status), to_string(was)));
  ctx.write(program.files.at(r.origin.file), write_record(r));
}

int run_log(Context& ctx, const LogOptions& o) {
  const Program& program = ctx.program_for_write();
  const Date today = ctx.today();
  const Advocate& advocate = program.advocates[resolve_id(program, o.advocate, {RecordKind::advocate}).index];
  const ActivityType& type = find_type(program.settings, o.type);

  Engagement e;
  e.advocate = advocate.id;
  e.type = Sym(type.name);
  e.date = today;
  if (!o.date.empty()) store(e, "date", "--date", o.date);
  if (!o.outcome.empty()) store(e, "outcome", "--outcome", o.outcome);
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
  if (!o.by.empty()) store(e, "logged_by", "--by", o.by);
  if (!o.note.empty()) store(e, "notes", "--note", o.note);
  if (o.override_option->count() > 0) {
    if (o.override_reason.find_first_not_of(" \t\n") == std::string::npos)
      throw UsageError("--override needs the reason the rule is broken");
    store(e, "override", "--override", o.override_reason);
  }
  for (const FieldIssue& issue : validate_values(schema_for<Engagement>(), &e, program.settings))
    if (issue.severity == Severity::error) throw UsageError(fmt::format("{}: {}", issue.path, issue.message));

  apply_rules(ctx, program, advocate, type, e);

  e.id = Sym(unique_id(engagement_slug(e.date.str(), advocate.id.view(), type.name),
                       [&](std::string_view id) { return program.find_engagement(id) != nullptr; }));
  const std::string month = "engagements/" + e.date.month_key() + ".yaml";
  std::vector<Engagement> entries = month_file_engagements(program, month);
  entries.push_back(e);
  ctx.write(month, write_month_file(entries));
  if (request) update_request(ctx, program, *request, e);
  std::string change = fmt::format("log: {} {} {}", advocate.id.view(), type.name, e.date.str());
  if (e.outcome != Outcome::completed) change += fmt::format(" {}", to_string(e.outcome));
  if (!e.request.empty()) change += fmt::format(" for {}", e.request.view());
  if (!e.override_reason.empty()) change += " (override)";
  ctx.describe_change(std::move(change));
  ctx.out() << e.id.view() << '\n';
  return 0;
}

}  // namespace

Runner setup_log_engagement(CLI::App& app) {
  auto o = std::make_shared<LogOptions>();
  app.add_option("ADVOCATE", o->advocate, "Id or unique id prefix of the advocate")->required();
  complete_field(app.add_option("TYPE", o->type, "Activity type, one of [types] in advo.toml")->required(),
                 RecordKind::engagement, "type");
  app.add_option("--date", o->date, "Day of the engagement (default today)")->option_text("DATE");
  complete_field(
      app.add_option("--outcome", o->outcome,
                     "scheduled, completed, declined, no-show or cancelled (default completed, or scheduled after today)")
          ->option_text("OUTCOME"),
      RecordKind::engagement, "outcome");
  app.add_option("--request", o->request, "The request it answers (id or unique prefix)")->option_text("REQUEST");
  app.add_option("--story", o->story, "The story it concerns (id or unique prefix)")->option_text("STORY");
  app.add_option("--note", o->note, "Free text, recorded as notes")->option_text("TEXT");
  app.add_option("--by", o->by, "Who logs it, recorded as logged_by")->option_text("WHO");
  o->override_option =
      app.add_option("--override", o->override_reason, "Log an ask that breaks a rule of rest, recording why")
          ->option_text("REASON");
  return [o](Context& ctx) { return run_log(ctx, *o); };
}

}  // namespace advo::cli
