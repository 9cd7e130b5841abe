// advo match (REQUEST | --type T [criteria]): the advocates to ask, ranked
// as advo-match(1) says, with the excluded and why (--all), each score
// explained (--explain); --assign records the choice on the request.
#include <algorithm>

#include <fmt/format.h>

#include "advo/domain/match_candidates.hpp"
#include "advo/domain/request_status.hpp"
#include "advo/error.hpp"
#include "advo/render/terminal.hpp"
#include "cli/ask_type_arg.hpp"
#include "cli/availability_text.hpp"
#include "cli/command.hpp"
#include "cli/date_option.hpp"
#include "cli/match_output.hpp"
#include "cli/match_stories.hpp"
#include "cli/field_options.hpp"
#include "cli/record_update.hpp"

namespace advo::cli {
namespace {

struct MatchOptions {
  std::string request;
  std::string type;
  FieldOptions criteria{kCriteriaOptions, RecordKind::request};
  std::string on;
  size_t limit = 5;
  bool explain = false;
  bool all = false;
  std::vector<std::string> assign;
  std::string override_reason;
  OptionRef override_option;
  std::string format;
};

// Refuses combinations that make no sense, before anything is loaded.
void check_options(const MatchOptions& o) {
  if (o.request.empty() == o.type.empty())
    throw UsageError(o.request.empty() ? "give a REQUEST, or --type TYPE with the criteria wanted"
                                       : "give a REQUEST or --type, not both (a request has its type)");
  if (!o.request.empty() && o.criteria.given())
    throw UsageError("criteria options go with --type; a request's criteria are changed with 'advo request set'");
  if (!o.assign.empty() && o.request.empty())
    throw UsageError("--assign records the choice on a request: give the REQUEST");
  if (o.override_option.given()) {
    if (o.assign.empty()) throw UsageError("--override goes with --assign");
    if (o.override_reason.find_first_not_of(" \t\n") == std::string::npos)
      throw UsageError("--override needs the reason a rule is broken");
  }
}

const MatchCandidate* find_candidate(const MatchResult& m, const Advocate& a) {
  for (const auto* list : {&m.eligible, &m.excluded})
    for (const MatchCandidate& c : *list)
      if (c.advocate == &a) return &c;
  return nullptr;
}

// Records the chosen advocates on the request (status matched when it was
// open). An excluded advocate is refused unless --override says why; the
// reason is kept, dated, in the request's notes.
int assign(Context& ctx, const Program& program, const Request& request, const MatchResult& m,
           const MatchOptions& o) {
  if (!in_progress(request.status)) {
    const std::string reopen =
        request.status == RequestStatus::fulfilled
            ? std::string()
            : fmt::format(" (reopen it first: advo request set {} status=open)", request.id.view());
    throw RefusedError(fmt::format("{} is {}: a closed request is not assigned{}; nothing written", request.id.view(),
                                   to_string(request.status), reopen));
  }
  // Advocates already on the request stay as they are; the rules apply to
  // those added now.
  std::vector<const MatchCandidate*> added;
  for (const std::string& text : o.assign) {
    const MatchCandidate* c = find_candidate(m, advocate_arg(program, text));
    if (!contains(request.advocates, c->advocate->id) && std::find(added.begin(), added.end(), c) == added.end())
      added.push_back(c);
  }
  std::string refusal;
  std::vector<const MatchCandidate*> excluded;
  bool override_needed = false;  // not-willing alone is mended on the profile
  for (const MatchCandidate* c : added)
    if (!c->eligible()) {
      excluded.push_back(c);
      refusal += availability_text(c->advocate->id.view(), request.type.view(), m.on, c->availability);
      refusal += not_willing_hint(c->advocate->id.view(), request.type.view(), c->availability);
      override_needed = override_needed || breaks_other_than_not_willing(c->availability);
    }
  const bool has_override = o.override_option.given();
  if (!excluded.empty() && !has_override)
    throw RefusedError("refused: " + refusal +
                       (override_needed ? "  nothing written; to assign anyway, give the reason with --override REASON"
                                        : "  nothing written"));
  if (excluded.empty() && has_override) ctx.note("no advocate assigned now is excluded; --override not recorded");

  Request after = request;
  std::vector<Sym> ids = request.advocates.to_vector();
  std::string names;
  for (const MatchCandidate* c : added) {
    ids.push_back(c->advocate->id);
    names += (names.empty() ? "" : ", ") + c->advocate->id.str();
  }
  after.advocates = SymList(ids);
  if (after.status == RequestStatus::open) after.status = RequestStatus::matched;
  std::string notes = request.notes.str();
  for (const MatchCandidate* c : excluded) {
    const std::string codes = reason_codes(c->availability.reasons);
    notes += fmt::format("{}{} assigned {} despite {}: {}", notes.empty() ? "" : "\n", ctx.today().str(),
                         c->advocate->id.view(), codes, o.override_reason);
    ctx.note(fmt::format("{} breaks {}; assigned with the override, noted on the request", c->advocate->id.view(),
                         codes));
  }
  after.notes = Sym(notes);
  if (same_record(request, after)) {
    ctx.note(fmt::format("{}: nothing changed", request.id.view()));
    return 0;
  }
  save_record(ctx, program, after);
  std::string message = names.empty() ? fmt::format("{}: {}", request.id.view(), to_string(after.status))
                                      : fmt::format("{}: assigned {}", request.id.view(), names);
  if (after.status != request.status)
    message += fmt::format(" ({} → {})", to_string(request.status), to_string(after.status));
  ctx.note(message);
  ctx.describe_change("match: " + message);
  return 0;
}

// The whole answer in `format`: the advocates, then any further part of
// the answer (such as the stories that fit the request) as more sections
// after theirs in a table or Markdown, or one more key of the JSON object.
void print_answer(Context& ctx, const MatchView& view, const std::optional<std::vector<RankedStory>>& stories,
                  const std::string& format) {
  if (format == "json") {
    Json doc = match_json(view);
    doc.set("stories", stories_json(stories.value_or(std::vector<RankedStory>{})));
    ctx.out() << doc.dump() << '\n';
    return;
  }
  std::vector<OutputSection> sections = advocate_sections(view);
  if (stories) sections.push_back(story_section(*stories, view.result->on));
  ctx.out() << render_sections(sections, format, ctx.width());
}

int run_match(Context& ctx, const MatchOptions& o) {
  check_options(o);
  const Date on = o.on.empty() ? ctx.today() : date_option("--on", o.on, ctx.today());
  const Program& program = o.assign.empty() ? ctx.program() : ctx.program_for_write();

  MatchView view;
  view.limit = o.limit;
  view.all = o.all;
  view.explain = o.explain;
  const Request* request = nullptr;
  if (!o.request.empty()) {
    request = &request_arg(program, o.request);
    view.request = request->id;
    view.type = &ask_type_arg(program.settings, request->type.view(), fmt::format("request {}: ", request->id.view()),
                              "advocates are matched to asks");
    view.criteria = request->criteria;
  } else {
    view.type = &ask_type_arg(program.settings, o.type, "", "advocates are matched to asks");
    view.criteria = criteria_from(ctx, program, o.criteria);
  }
  const MatchResult result = match_advocates(program, *view.type, view.criteria, on);
  view.result = &result;
  if (!o.assign.empty()) return assign(ctx, program, *request, result, o);

  if (request != nullptr && is_closed(request->status))
    ctx.note(fmt::format("{} is {}; the list is for reference only", request->id.view(), to_string(request->status)));
  print_answer(ctx, view, match_stories(program, view.criteria, on), o.format);
  if (o.format == "table") {
    const size_t eligible = result.eligible.size();
    const size_t shown = std::min(eligible, o.limit);
    std::string note = eligible == shown ? fmt::format("{} eligible", eligible)
                                         : fmt::format("{} of {} eligible", shown, eligible);
    note += fmt::format(" for {} on {}, {} excluded", view.type->name, on.str(), result.excluded.size());
    if (!o.all && !result.excluded.empty()) note += " (--all lists them)";
    ctx.note(note);
  }
  return 0;
}

}  // namespace

Runner setup_match(CommandOptions& app) {
  auto o = std::make_shared<MatchOptions>();
  app.add_option("REQUEST", o->request, "Id or unique id prefix of the request to match");
  app.add_option("--type", o->type, "Without a request: the ask type, with the criteria wanted as options")
      .value_name("TYPE");
  o->criteria.add_to(app);
  app.add_option("--on", o->on, "The day the rules of rest are applied on (default today)").value_name("DATE");
  app.add_option("--limit", o->limit, "Show at most N eligible advocates (default 5)")
      .positive_count()
      .value_name("N");
  app.add_flag("--explain", o->explain, "Break each score down by criterion");
  app.add_flag("--all", o->all, "Also list the excluded advocates, with their reasons and next available day");
  app.add_option("--assign", o->assign, "Record these advocates on the request (status matched)")
      .value_name("ID ...");
  o->override_option =
      app.add_option("--override", o->override_reason, "Assign an excluded advocate anyway, recording why")
          .value_name("REASON");
  add_format_option(app, o->format, {"table", "json", "md"});
  return [o](Context& ctx) { return run_match(ctx, *o); };
}

}  // namespace advo::cli
