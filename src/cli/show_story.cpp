#include "cli/show_story.hpp"

#include <fmt/format.h>

#include "advo/domain/schema.hpp"
#include "advo/domain/story_usability.hpp"
#include "advo/domain/story_usage.hpp"
#include "advo/render/record_json.hpp"
#include "advo/render/terminal.hpp"
#include "advo/storage/record_writer.hpp"

namespace advo::cli {
namespace {

struct Usage {
  Date on;
  std::vector<StoryReason> reasons;
  std::vector<StoryReference> references;
};

// The facts as YAML comment lines, so the output stays a valid record.
std::string usage_comments(const Usage& u) {
  std::string out = fmt::format("# usage as of {}:\n", u.on.str());
  if (u.reasons.empty()) {
    out += "# usable: yes\n";
  } else {
    out += "# usable: no\n";
    for (const StoryReason& r : u.reasons) out += fmt::format("#   {}: {}\n", to_string(r.code), r.message);
  }
  std::string requests;
  std::string engagements;
  for (const StoryReference& ref : u.references) {
    if (ref.request != nullptr) {
      const Request& r = *ref.request;
      requests += fmt::format("#   {} ({}; uses it on {})\n", r.id.view(), to_string(r.status), ref.day.str());
    } else {
      const Engagement& e = *ref.engagement;
      engagements += fmt::format("#   {} ({}{})\n", e.id.view(), to_string(e.outcome),
                                 ref.use ? "" : e.outcome == Outcome::completed || e.outcome == Outcome::scheduled
                                                    ? "; the featured advocate's own work on it"
                                                    : "; not a use");
    }
  }
  out += requests.empty() ? "# requests: none\n" : "# requests:\n" + requests;
  out += engagements.empty() ? "# engagements: none\n" : "# engagements:\n" + engagements;
  return out;
}

Json usage_json(const Usage& u) {
  Json o = Json::object();
  o.set("on", Json::date(u.on));
  o.set("usable", Json(u.reasons.empty()));
  Json reasons = Json::array();
  for (const StoryReason& r : u.reasons) {
    Json reason = Json::object();
    reason.set("code", to_string(r.code));
    reason.set("message", r.message);
    reasons.push(std::move(reason));
  }
  o.set("reasons", std::move(reasons));
  Json requests = Json::array();
  Json engagements = Json::array();
  for (const StoryReference& ref : u.references) {
    Json item = Json::object();
    if (ref.request != nullptr) {
      item.set("id", ref.request->id.view());
      item.set("status", to_string(ref.request->status));
      item.set("uses_on", Json::date(ref.day));
      requests.push(std::move(item));
    } else {
      item.set("id", ref.engagement->id.view());
      item.set("date", Json::date(ref.engagement->date));
      item.set("advocate", ref.engagement->advocate.view());
      item.set("outcome", to_string(ref.engagement->outcome));
      item.set("use", Json(ref.use));
      engagements.push(std::move(item));
    }
  }
  o.set("requests", std::move(requests));
  o.set("engagements", std::move(engagements));
  return o;
}

}  // namespace

void show_story(Context& ctx, const Program& program, const Story& story, const std::string& format) {
  const Date today = ctx.today();
  const Usage usage{today, story_unusable_reasons(program, story, today), story_references(program, story, today)};
  if (format == "json") {
    Json doc = record_json(story);
    doc.set("usage", usage_json(usage));
    ctx.out() << doc.dump() << '\n';
  } else {
    ctx.out() << terminal_safe(write_record(story), /*keep_newlines=*/true)
              << terminal_safe(usage_comments(usage), /*keep_newlines=*/true);
  }
}

}  // namespace advo::cli
