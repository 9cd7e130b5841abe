// advo rest: who is unavailable, why and until when (advo-rest(1)); `advo
// rest check` answers for one advocate and type with its exit code.
#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include <fmt/format.h>

#include "advo/domain/program.hpp"
#include "advo/domain/rest.hpp"
#include "advo/error.hpp"
#include "advo/render/csv.hpp"
#include "advo/render/markdown.hpp"
#include "advo/render/table.hpp"
#include "advo/render/terminal.hpp"
#include "cli/ask_type_arg.hpp"
#include "cli/availability_text.hpp"
#include "cli/command.hpp"
#include "cli/completion.hpp"
#include "cli/csv_output.hpp"
#include "cli/date_option.hpp"

namespace advo::cli {
namespace {

struct RestOptions {
  std::string id;
  std::string type;
  std::string on;
  std::string format;
  std::string check_id;
  std::string check_type;
  std::string check_on;
  std::string check_format;
};

Date day_option(Context& ctx, const std::string& text) {
  if (text.empty()) return ctx.today();
  return date_option("--on", text, ctx.today());
}

// Why `advo rest` takes no give type.
constexpr std::string_view kRestGiveNote = "gives are never refused, so rest does not apply";

struct Row {
  const Advocate* advocate;
  const ActivityType* type;
  Availability availability;
};

// One line of the table and Markdown output: the types of one advocate
// that share a next available day and reason codes, joined. (The days each
// reason clears on are in the JSON and CSV output, and in `rest check`.)
struct Line {
  const Advocate* advocate;
  std::string types;
  std::string next;
  std::string reasons;
};

std::vector<Line> group_types(const std::vector<Row>& rows) {
  std::vector<Line> lines;
  std::map<std::tuple<const Advocate*, std::string, std::string>, size_t> index;
  for (const Row& r : rows) {
    const std::string next = next_available_day(r.availability);
    std::string reasons = reason_codes(r.availability.reasons);
    if (reasons.empty()) reasons = "available";
    auto [it, fresh] = index.try_emplace({r.advocate, next, reasons}, lines.size());
    if (fresh) lines.push_back(Line{r.advocate, r.type->name, next, std::move(reasons)});
    else lines[it->second].types += ", " + r.type->name;
  }
  return lines;
}

// With one type asked for, the table and Markdown leave the type out.
void print_rows(Context& ctx, const std::vector<Row>& rows, Date on, const std::string& format, bool show_types) {
  if (format == "json") {
    Json list = Json::array();
    for (const Row& r : rows) list.push(availability_json(r.advocate->id.view(), r.type->name, on, r.availability));
    ctx.out() << list.dump() << '\n';
    return;
  }
  if (format == "csv") {
    std::string text = csv_row({"id", "type", "on", "available", "next_available", "reasons"});
    for (const Row& r : rows)
      text += csv_row({r.advocate->id.str(), r.type->name, on.str(), r.availability.available() ? "yes" : "no",
                       r.availability.next_available.str(), reasons_cell(r.availability)});
    write_output(ctx, format, text);
    return;
  }
  const std::vector<Line> lines = group_types(rows);
  std::vector<std::string> headers = {"ADVOCATE", "NEXT AVAILABLE", "REASONS", "TYPES"};
  if (!show_types) headers.pop_back();
  if (format == "md") {
    std::vector<std::vector<std::string>> cells;
    for (const Line& l : lines) {
      cells.push_back({markdown_cell(l.advocate->id.view()), l.next, l.reasons});
      if (show_types) cells.back().push_back(markdown_cell(l.types));
    }
    ctx.out() << markdown_table(headers, cells);
    return;
  }
  if (lines.empty()) return;
  std::vector<Column> columns = {{headers[0], Align::left, false},
                                 {headers[1], Align::left, false},
                                 {headers[2], Align::left, true, 24}};
  if (show_types) columns.push_back({headers[3], Align::left, true, 10});
  Table table(std::move(columns));
  for (const Line& l : lines)
    table.add_row({terminal_safe(l.advocate->id.view()), l.next, l.reasons, show_types ? terminal_safe(l.types) : ""});
  ctx.out() << table.render(ctx.width());
}

// By next available day (none last), then id, then type.
void sort_rows(std::vector<Row>& rows) {
  std::stable_sort(rows.begin(), rows.end(), [](const Row& x, const Row& y) {
    const Date dx = x.availability.next_available;
    const Date dy = y.availability.next_available;
    if (dx.valid() != dy.valid()) return dx.valid();
    if (dx != dy) return dx < dy;
    if (x.advocate->id != y.advocate->id) return x.advocate->id.view() < y.advocate->id.view();
    return x.type->name < y.type->name;
  });
}

int run_rest(Context& ctx, const RestOptions& o) {
  const Program& program = ctx.program();
  const Date on = day_option(ctx, o.on);
  const ActivityType* only = o.type.empty() ? nullptr : &ask_type_arg(program.settings, o.type, "", kRestGiveNote);
  const RestPolicy policy(program.settings);
  std::vector<Row> rows;

  if (!o.id.empty()) {
    // One advocate: every ask type they are willing to do, free or not.
    const Advocate& a = program.advocates[resolve_id(program, o.id, {RecordKind::advocate}).index];
    const std::vector<Ask> asks = asks_of(program, a);
    const std::vector<const ActivityType*> types =
        only != nullptr ? std::vector<const ActivityType*>{only} : willing_ask_types(a, program.settings);
    for (const ActivityType* t : types) rows.push_back(Row{&a, t, policy.availability(a, asks, *t, on)});
    if (types.empty()) ctx.note(fmt::format("{} is willing to do no ask type", terminal_safe(a.id.view())));
    sort_rows(rows);
    print_rows(ctx, rows, on, o.format, only == nullptr);
    return 0;
  }

  // Every active advocate who is unavailable for a type they are willing to do.
  const AskTable ask_table(program);
  for (size_t position = 0; position < program.advocates.size(); ++position) {
    const Advocate& a = program.advocates[position];
    if (a.stage != Stage::active) continue;
    std::vector<const ActivityType*> types = willing_ask_types(a, program.settings);
    if (only != nullptr) {
      const bool willing = std::find(types.begin(), types.end(), only) != types.end();
      types = willing ? std::vector<const ActivityType*>{only} : std::vector<const ActivityType*>{};
    }
    if (types.empty()) continue;
    const std::span<const Ask> asks = ask_table.of(position);
    for (const ActivityType* t : types) {
      Availability av = policy.availability(a, asks, *t, on);
      if (!av.available()) rows.push_back(Row{&a, t, std::move(av)});
    }
  }
  sort_rows(rows);
  print_rows(ctx, rows, on, o.format, only == nullptr);
  if (o.format == "table") {
    std::set<const Advocate*> advocates;
    for (const Row& r : rows) advocates.insert(r.advocate);
    const size_t people = advocates.size();
    const std::string what = only != nullptr ? only->name : "an ask type they are willing to do";
    ctx.note(people == 0 ? fmt::format("no active advocate is unavailable for {} on {}", what, on.str())
                         : fmt::format("{} active advocate{} unavailable for {} on {}", people,
                                       people == 1 ? " is" : "s are", what, on.str()));
  }
  return 0;
}

int run_rest_check(Context& ctx, const RestOptions& o) {
  const Program& program = ctx.program();
  const Date on = day_option(ctx, o.check_on);
  const Advocate& a = program.advocates[resolve_id(program, o.check_id, {RecordKind::advocate}).index];
  const ActivityType& type = ask_type_arg(program.settings, o.check_type, "", kRestGiveNote);
  const Availability av = RestPolicy(program.settings).availability(a, asks_of(program, a), type, on);
  if (o.check_format == "json")
    ctx.out() << availability_json(a.id.view(), type.name, on, av).dump() << '\n';
  else
    ctx.out() << availability_text(a.id.view(), type.name, on, av);
  return av.available() ? 0 : static_cast<int>(ExitCode::no);
}

}  // namespace

Runner setup_rest(CommandOptions& app) {
  auto o = std::make_shared<RestOptions>();
  app.add_option("ID", o->id, "Id or unique id prefix of one advocate: their status for every ask type they do");
  complete_activity_types(app.add_option("--type", o->type, "Only this ask type").value_name("TYPE"), ActivityTypes::asks);
  app.add_option("--on", o->on, "The day to look at (default today)").value_name("DATE");
  add_format_option(app, o->format, {"table", "json", "csv", "md"});

  CommandOptions check = app.add_subcommand("check", "Exit 0 when the advocate is available for the type, 1 when not");
  check.fallthrough();
  check.add_option("ID", o->check_id, "Id or unique id prefix of the advocate").required();
  complete_activity_types(check.add_option("--type", o->check_type, "The ask type (required)").value_name("TYPE").required(),
                          ActivityTypes::asks);
  check.add_option("--on", o->check_on, "The day to look at (default today)").value_name("DATE");
  add_format_option(check, o->check_format, {"table", "json"});

  return dispatch_subcommands(app, {{check, [o](Context& ctx) { return run_rest_check(ctx, *o); }}},
                              [o](Context& ctx) { return run_rest(ctx, *o); });
}

}  // namespace advo::cli
