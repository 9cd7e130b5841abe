#include "cli/show_advocate.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "advo/domain/activity.hpp"
#include "advo/domain/job_move.hpp"
#include "advo/render/record_json.hpp"
#include "advo/render/terminal.hpp"
#include "advo/storage/record_writer.hpp"
#include "cli/availability_text.hpp"

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

std::string tally_text(const Tally& t) { return fmt::format("{} (effort {})", t.count, t.effort); }

// A fact of this record and, where it differs, the same fact of the person
// across their jobs (the one the rules of rest count).
std::string here_and_person(const std::string& here, const std::optional<AskFacts>& person,
                            std::string (*fact)(const AskFacts&)) {
  if (!person) return here;
  const std::string theirs = fact(*person);
  return theirs == here ? here : fmt::format("{} here; {} as the same person", here, theirs);
}

// The facts as YAML comment lines, so the output stays a valid record.
std::string activity_comments(const AdvocateActivity& act) {
  const auto& person = act.as_person;
  std::string out = fmt::format("# activity as of {}, from the engagement log:\n", act.on.str());
  out += fmt::format("# last ask: {}\n", here_and_person(ask_text(act.last_ask), person,
                                                         [](const AskFacts& f) { return ask_text(f.last_ask); }));
  if (act.next_ask || (person && person->next_ask))
    out += fmt::format("# next planned ask: {}\n",
                       here_and_person(ask_text(act.next_ask), person,
                                       [](const AskFacts& f) { return ask_text(f.next_ask); }));
  out += fmt::format("# asks in the last 90 days: {}\n",
                     here_and_person(std::to_string(act.asks_90.count), person,
                                     [](const AskFacts& f) { return std::to_string(f.asks_90.count); }));
  out += fmt::format("# asks in the last 365 days: {}\n",
                     here_and_person(tally_text(act.asks_365), person,
                                     [](const AskFacts& f) { return tally_text(f.asks_365); }));
  out += fmt::format("# gives in the last 365 days: {} (effort {})\n", act.gives_365.count, act.gives_365.effort);
  if (act.availability.empty()) return out + "# next available: no ask type in activities\n";
  out += "# next available:\n";
  for (const TypeAvailability& t : act.availability) {
    const Availability& a = t.availability;
    if (a.available())
      out += fmt::format("#   {}: {}\n", t.type->name, a.next_available.str());
    else if (a.next_available)
      out += fmt::format("#   {}: {} ({})\n", t.type->name, a.next_available.str(), reason_codes(a.reasons));
    else
      out += fmt::format("#   {}: {} ({})\n", t.type->name, next_available_day(a),
                         reason_codes(a.blocking.empty() ? a.reasons : a.blocking));
  }
  return out;
}

// The person's other jobs, as comment lines: "# moved to ID (COMPANY)"
// for the later records, "# moved from ID (COMPANY)" for the earlier ones.
std::string job_move_comments(const Program& program, const Advocate& advocate) {
  std::string out;
  for (const Advocate* later : later_records(program, advocate))
    out += fmt::format("# moved to {} ({})\n", later->id.view(), later->company.view());
  for (const Advocate* earlier : earlier_records(program, advocate))
    out += fmt::format("# moved from {} ({})\n", earlier->id.view(), earlier->company.view());
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
  if (act.as_person) {
    const AskFacts& f = *act.as_person;
    Json person = Json::object();
    person.set("last_ask", ask_json(f.last_ask));
    person.set("next_planned_ask", ask_json(f.next_ask));
    person.set("asks_last_90_days", Json::count(f.asks_90.count));
    person.set("asks_last_365_days", Json::count(f.asks_365.count));
    person.set("ask_effort_last_365_days", Json(f.asks_365.effort));
    o.set("as_the_same_person", std::move(person));
  }
  Json next = Json::object();
  for (const TypeAvailability& t : act.availability) next.set(t.type->name, Json::date(t.availability.next_available));
  o.set("next_available", std::move(next));
  return o;
}

// A record's canonical YAML nested under a key: its first line after
// `first`, the others after `rest`.
std::string nested(const std::string& yaml, std::string_view first, std::string_view rest) {
  std::string out;
  size_t start = 0;
  while (start < yaml.size()) {
    const size_t end = std::min(yaml.find('\n', start), yaml.size());
    out += start == 0 ? first : rest;
    out.append(yaml, start, end - start);
    out += '\n';
    start = end + 1;
  }
  return out;
}

template <class R>
void add_records(Json& doc, std::string& yaml, const char* key, const std::vector<const R*>& records) {
  Json list = Json::array();
  yaml += fmt::format("{}:{}\n", key, records.empty() ? " []" : "");
  for (const R* r : records) {
    list.push(record_json(*r));
    yaml += nested(write_record(*r), "  - ", "    ");
  }
  doc.set(key, std::move(list));
}

}  // namespace

void show_advocate_full(Context& ctx, const Program& program, const Advocate& advocate, const std::string& format) {
  std::vector<const Engagement*> engagements;
  for (uint32_t i : program.engagements_of(advocate)) engagements.push_back(&program.engagements[i]);
  std::vector<const Request*> requests;
  for (const Request& r : program.requests)
    if (contains(r.advocates, advocate.id)) requests.push_back(&r);
  std::vector<const Story*> stories;
  for (const Story& s : program.stories)
    if (contains(s.advocates, advocate.id)) stories.push_back(&s);

  Json doc = Json::object();
  doc.set("advocate", record_json(advocate));
  std::string yaml = "advocate:\n" + nested(write_record(advocate), "  ", "  ");
  add_records(doc, yaml, "engagements", engagements);
  add_records(doc, yaml, "requests", requests);
  add_records(doc, yaml, "stories", stories);
  if (format == "json") ctx.out() << doc.dump() << '\n';
  else ctx.out() << terminal_safe(yaml, /*keep_newlines=*/true);
}

void show_advocate(Context& ctx, const Program& program, const Advocate& advocate, const std::string& format) {
  const AdvocateActivity act = advocate_activity(program, advocate, ctx.today());
  if (format == "json") {
    Json doc = record_json(advocate);
    doc.set("activity", activity_json(act));
    ctx.out() << doc.dump() << '\n';
  } else {
    ctx.out() << terminal_safe(write_record(advocate), /*keep_newlines=*/true)
              << terminal_safe(job_move_comments(program, advocate), /*keep_newlines=*/true)
              << terminal_safe(activity_comments(act), /*keep_newlines=*/true);
  }
}

}  // namespace advo::cli
