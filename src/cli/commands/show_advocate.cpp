#include "cli/commands/show_advocate.hpp"

#include <fmt/format.h>

#include "advo/domain/activity.hpp"
#include "advo/render/record_json.hpp"
#include "advo/render/terminal.hpp"
#include "advo/storage/record_writer.hpp"

namespace advo::cli {
namespace {

std::string ask_text(const std::optional<Ask>& ask) {
  return ask ? fmt::format("{} {}", ask->date.str(), ask->type.view()) : std::string("none");
}

Json ask_json(const std::optional<Ask>& ask) {
  if (!ask) return Json();
  Json o = Json::object();
  o.set("date", Json::date(ask->date));
  o.set("type", ask->type.view());
  return o;
}

std::string codes(const std::vector<RestReason>& reasons) {
  std::string out;
  for (const RestReason& r : reasons) out += (out.empty() ? "" : ", ") + std::string(to_string(r.code));
  return out;
}

// The facts as YAML comment lines, so the output stays a valid record.
std::string activity_comments(const AdvocateActivity& act) {
  std::string out = fmt::format("# activity as of {}, from the engagement log:\n", act.on.str());
  out += fmt::format("# last ask: {}\n", ask_text(act.last_ask));
  if (act.next_ask) out += fmt::format("# next planned ask: {}\n", ask_text(act.next_ask));
  out += fmt::format("# asks in the last 90 days: {}\n", act.asks_90.count);
  out += fmt::format("# asks in the last 365 days: {} (effort {})\n", act.asks_365.count, act.asks_365.effort);
  out += fmt::format("# gives in the last 365 days: {} (effort {})\n", act.gives_365.count, act.gives_365.effort);
  if (act.availability.empty()) return out + "# next available: no ask type in activities\n";
  out += "# next available:\n";
  for (const TypeAvailability& t : act.availability) {
    const Availability& a = t.availability;
    if (a.available())
      out += fmt::format("#   {}: {}\n", t.type->name, a.next_available.str());
    else if (a.next_available)
      out += fmt::format("#   {}: {} ({})\n", t.type->name, a.next_available.str(), codes(a.reasons));
    else
      out += fmt::format("#   {}: none ({})\n", t.type->name, codes(a.blocking.empty() ? a.reasons : a.blocking));
  }
  return out;
}

Json activity_json(const AdvocateActivity& act) {
  Json o = Json::object();
  o.set("on", Json::date(act.on));
  o.set("last_ask", ask_json(act.last_ask));
  o.set("next_planned_ask", ask_json(act.next_ask));
  o.set("asks_last_90_days", Json::count(act.asks_90.count));
  o.set("asks_last_365_days", Json::count(act.asks_365.count));
  o.set("ask_effort_last_365_days", Json(act.asks_365.effort));
  o.set("gives_last_365_days", Json::count(act.gives_365.count));
  o.set("give_effort_last_365_days", Json(act.gives_365.effort));
  Json next = Json::object();
  for (const TypeAvailability& t : act.availability) next.set(t.type->name, Json::date(t.availability.next_available));
  o.set("next_available", std::move(next));
  return o;
}

}  // namespace

void show_advocate(Context& ctx, const Program& program, const Advocate& advocate, const std::string& format) {
  const AdvocateActivity act = advocate_activity(program, advocate, ctx.today());
  if (format == "json") {
    Json doc = record_json(advocate);
    doc.set("activity", activity_json(act));
    ctx.out() << doc.dump() << '\n';
  } else {
    ctx.out() << terminal_safe(write_record(advocate), /*keep_newlines=*/true)
              << terminal_safe(activity_comments(act), /*keep_newlines=*/true);
  }
}

}  // namespace advo::cli
