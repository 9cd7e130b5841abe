#include "cli/stories_for_output.hpp"
#include "cli/criteria_breakdown.hpp"
#include "cli/csv_output.hpp"
#include "cli/score_text.hpp"

#include <cmath>
#include <map>

#include <fmt/format.h>

#include "advo/render/csv.hpp"
#include "advo/render/json.hpp"
#include "advo/render/markdown.hpp"
#include "advo/render/record_json.hpp"
#include "advo/render/record_list.hpp"
#include "advo/render/table.hpp"
#include "advo/render/terminal.hpp"

namespace advo::cli {
namespace {

std::string number_text(double x) { return fmt::format("{:g}", x); }

// `criteria` is the older form of `breakdown`, kept for one release.
Json ranked_json(const Criteria& criteria, const RankedStory& r) {
  Json o = Json::object();
  o.set("id", r.story->id.view());
  o.set("score", Json(r.score));
  Json parts = Json::array();
  for (const CriterionScore& p : r.parts) {
    Json part = Json::object();
    part.set("criterion", to_string(p.criterion));
    part.set("wanted", p.wanted);
    part.set("has", p.has);
    part.set("match", Json(json_rounded(p.match)));
    part.set("weight", Json(p.weight));
    part.set("points", Json(json_rounded(p.points)));
    parts.push(std::move(part));
  }
  o.set("breakdown", criteria_breakdown_json(criteria, profile_of(*r.story), r.parts));
  o.set("criteria", std::move(parts));
  o.set("story", record_json(*r.story));
  return o;
}

std::vector<std::vector<std::string>> breakdown_rows(const RankedStory& r, bool markdown) {
  auto cell = [markdown](std::string_view text) { return markdown ? markdown_cell(text) : terminal_safe(text); };
  std::vector<std::vector<std::string>> rows;
  double weight = 0;
  double points = 0;
  for (const CriterionScore& p : r.parts) {
    rows.push_back({std::string(to_string(p.criterion)), cell(p.wanted), cell(p.has), fmt::format("{:.2f}", p.match),
                    number_text(p.weight), fmt::format("{:.2f}", p.points)});
    weight += p.weight;
    points += p.points;
  }
  rows.push_back({"total", "", "", "", number_text(weight), fmt::format("{:.2f}", points)});
  return rows;
}

const std::vector<std::string> kBreakdownHeaders = {"CRITERION", "WANTED", "HAS", "MATCH", "WEIGHT", "POINTS"};

std::string story_line(const RankedStory& r) {
  const Story& s = *r.story;
  return fmt::format("{}, {}{}", to_string(s.kind), to_string(s.status),
                     s.expires_on ? fmt::format(", expires {}", s.expires_on.str()) : std::string());
}

std::string explain_text(const std::vector<RankedStory>& ranked, size_t width) {
  std::string out;
  for (size_t i = 0; i < ranked.size(); ++i) {
    const RankedStory& r = ranked[i];
    if (i > 0) out += '\n';
    out += fmt::format("{}. {}  {} ({})\n", i + 1, terminal_safe(r.story->id.view()), score_text(r.score),
                       story_line(r));
    if (r.parts.empty()) continue;
    Table table({{"CRITERION", Align::left, false},
                 {"WANTED", Align::left, true, 8},
                 {"HAS", Align::left, true, 8},
                 {"MATCH", Align::right, false},
                 {"WEIGHT", Align::right, false},
                 {"POINTS", Align::right, false}});
    for (auto& row : breakdown_rows(r, false)) table.add_row(std::move(row));
    const std::string lines = table.render(width > 3 ? width - 3 : width);
    size_t start = 0;
    while (start < lines.size()) {
      const size_t end = lines.find('\n', start);
      out += "   " + lines.substr(start, end == std::string::npos ? std::string::npos : end - start + 1);
      if (end == std::string::npos) break;
      start = end + 1;
    }
  }
  return out;
}

std::string explain_markdown(const std::vector<RankedStory>& ranked) {
  std::string out;
  for (size_t i = 0; i < ranked.size(); ++i) {
    const RankedStory& r = ranked[i];
    if (i > 0) out += '\n';
    out += fmt::format("### {}. {} — {}\n\n{}\n", i + 1, markdown_cell(r.story->id.view()), score_text(r.score),
                       story_line(r));
    if (r.parts.empty()) continue;
    out += '\n' + markdown_table(kBreakdownHeaders, breakdown_rows(r, true), {false, false, false, true, true, true});
  }
  return out;
}

}  // namespace

std::vector<ListColumn<Story>> story_columns() {
  return {
      {.title = "ID", .path = "id", .min_width = 24, .cut_last = true},
      {.title = "KIND", .path = "kind", .flexible = false},
      {.title = "STATUS", .path = "status", .flexible = false},
      {.title = "EXPIRES", .path = "expires_on", .flexible = false},
      {.title = "INDUSTRY", .path = "industry", .min_width = 8, .optional = true},
      {.title = "REGION", .path = "region", .flexible = false, .optional = true},
  };
}

void print_ranked_stories(Context& ctx, const Criteria& criteria, const std::vector<RankedStory>& ranked,
                          const std::string& format, bool explain) {
  const RecordSchema& schema = schema_for<Story>();
  if (format == "json") {
    Json list = Json::array();
    for (const RankedStory& r : ranked) list.push(ranked_json(criteria, r));
    ctx.out() << list.dump() << '\n';
    return;
  }
  if (format == "csv") {
    std::vector<std::string> header = {"score"};
    for (const std::string& c : csv_columns(schema)) header.push_back(c);
    std::string text = csv_row(header);
    for (const RankedStory& r : ranked) {
      std::vector<std::string> row = {score_text(r.score)};
      for (std::string& cell : csv_record(*r.story)) row.push_back(std::move(cell));
      text += csv_row(row);
    }
    write_output(ctx, format, text);
    return;
  }
  if (explain) {
    ctx.out() << (format == "md" ? explain_markdown(ranked) : explain_text(ranked, ctx.width()));
    return;
  }
  std::map<const Story*, double> scores;
  std::vector<const Story*> records;
  for (const RankedStory& r : ranked) {
    scores[r.story] = r.score;
    records.push_back(r.story);
  }
  const ListColumn<Story> score_column = {.title = "SCORE",
                                          .path = "",
                                          .align = Align::right,
                                          .flexible = false,
                                          .min_width = 4,
                                          .optional = false,
                                          .cut_last = false,
                                          .text = [&scores](const Story& s) { return score_text(scores.at(&s)); }};
  if (format == "md") {
    // What a seller pastes; only usable stories are ranked.
    const std::vector<ListColumn<Story>> columns = {
        score_column,
        {.title = "TITLE", .path = "title"},
        {.title = "KIND", .path = "kind"},
        {.title = "URL", .path = "url"},
        {.title = "USABLE", .path = "", .text = [](const Story&) { return std::string("yes"); }},
        {.title = "ID", .path = "id"},
    };
    ctx.out() << render_records(records, columns, format, ctx.width());
    return;
  }
  std::vector<ListColumn<Story>> columns = story_columns();
  columns.insert(columns.begin(), score_column);
  write_output(ctx, format, render_records(records, columns, format, ctx.width()));
}

}  // namespace advo::cli
