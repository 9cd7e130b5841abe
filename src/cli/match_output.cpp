#include "cli/match_output.hpp"

#include <cmath>

#include <fmt/format.h>

#include "advo/domain/schema.hpp"
#include "advo/render/markdown.hpp"
#include "advo/render/terminal.hpp"
#include "cli/availability_text.hpp"
#include "cli/criteria_breakdown.hpp"
#include "cli/score_text.hpp"

namespace advo::cli {
namespace {

// How many of the request's criteria the candidate meets, a share of a
// list counting as its fraction: "2.5/3". Criteria switched off (weight 0)
// and recency are left out; "" when the request gives no criteria.
std::string matched_cell(const MatchCandidate& c) {
  double met = 0;
  size_t given = 0;
  for (const CriterionScore& part : c.breakdown) {
    if (part.criterion == Criterion::recency || part.weight <= 0) continue;
    met += part.match;
    ++given;
  }
  if (given == 0) return {};
  return fmt::format("{}/{}", std::round(met * 100.0) / 100.0, given);
}

OutputSection ranked_section(const MatchView& v) {
  OutputSection s;
  s.columns = {{"RANK", Align::right, false},
               {"ID", Align::left, true, 24, false, true},
               {"NAME", Align::left, true, 8, true},
               {"COMPANY", Align::left, true, 8, true},
               {"SCORE", Align::right, false},
               {"MATCHED", Align::right, false},
               {"ASKS", Align::right, false},
               {"LAST ASK", Align::left, false}};
  const auto& eligible = v.result->eligible;
  for (size_t i = 0; i < eligible.size() && i < v.limit; ++i) {
    const MatchCandidate& c = eligible[i];
    s.rows.push_back({fmt::format("{}", i + 1), c.advocate->id.str(), c.advocate->name.str(),
                      c.advocate->company.str(), score_text(c.score), matched_cell(c),
                      fmt::format("{}", c.asks_365), c.last_ask ? c.last_ask->date.str() : std::string("never")});
  }
  return s;
}

OutputSection excluded_section(const MatchView& v) {
  OutputSection s;
  s.title = fmt::format("Excluded ({}):", v.result->excluded.size());
  s.columns = {{"ID", Align::left, true, 24, false, true},
               {"NAME", Align::left, true, 8, true},
               {"SCORE", Align::right, false},
               {"NEXT AVAILABLE", Align::left, false},
               {"REASONS", Align::left, true, 12}};
  for (const MatchCandidate& c : v.result->excluded)
    s.rows.push_back({c.advocate->id.str(), c.advocate->name.str(), score_text(c.score),
                      next_available_day(c.availability), reason_codes(c.availability.reasons)});
  return s;
}

OutputSection nearest_section(const MatchView& v, const std::vector<NearCandidate>& nearest) {
  OutputSection s;
  const std::string nobody = fmt::format("No advocate is eligible for {} on {}", v.type->name, v.result->on.str());
  if (nearest.empty()) {
    s.title = nobody + ", and none will be without a change to their profile.";
    return s;
  }
  s.title = nobody + "; the nearest:";
  s.columns = {{"ID", Align::left, true, 24, false, true},
               {"NAME", Align::left, true, 8, true},
               {"SCORE", Align::right, false},
               {"NEXT AVAILABLE", Align::left, false},
               {"WHY", Align::left, false},
               {"REASONS", Align::left, true, 12}};
  for (const NearCandidate& n : nearest) {
    const MatchCandidate& c = v.result->excluded[n.excluded];
    s.rows.push_back({c.advocate->id.str(), c.advocate->name.str(), score_text(c.score),
                      next_available_day(c.availability), n.why == Nearness::free_soonest ? "free soonest" : "best fit",
                      reason_codes(c.availability.reasons)});
  }
  return s;
}

OutputSection explain_section(const MatchCandidate& c, const std::string& title, Date on) {
  OutputSection s;
  s.title = title;
  s.columns = {{"CRITERION", Align::left, false},
               {"WANTED", Align::left, true, 8},
               {"HAS", Align::left, true, 8},
               {"MATCH", Align::right, false},
               {"WEIGHT", Align::right, false},
               {"POINTS", Align::right, false}};
  double points = 0;
  double weight = 0;
  for (const CriterionScore& part : c.breakdown) {
    std::string has = part.has;
    std::string wanted = part.wanted;
    if (part.criterion == Criterion::recency) {
      wanted = "365+ days";
      if (c.last_ask) has = fmt::format("{} days ({})", on - c.last_ask->date, c.last_ask->date.str());
    }
    s.rows.push_back({std::string(to_string(part.criterion)), wanted, has, fmt::format("{:.2f}", part.match),
                      fmt::format("{:g}", part.weight), fmt::format("{:.2f}", part.points)});
    points += part.points;
    weight += part.weight;
  }
  s.lines.push_back(fmt::format("score = 100 × {:.2f} / {:g} = {}", points, weight, score_text(c.score)));
  return s;
}

Json candidate_json(const MatchView& v, const MatchCandidate& c) {
  Json reasons = rest_reasons_json(c.availability.reasons);
  Json o = Json::object();
  o.set("id", c.advocate->id.view());
  o.set("name", c.advocate->name.view());
  o.set("company", c.advocate->company.view());
  o.set("score", c.score);
  o.set("eligible", c.eligible());
  o.set("reasons", std::move(reasons));
  o.set("next_available", Json::date(c.availability.next_available));
  if (c.availability.after_last_day()) o.set("next_available_after", last_calendar_day().str());
  o.set("breakdown", criteria_breakdown_json(v.criteria, profile_of(*c.advocate), c.breakdown,
                                             c.last_ask ? std::optional<Date>(c.last_ask->date) : std::nullopt));
  return o;
}

}  // namespace

std::vector<OutputSection> advocate_sections(const MatchView& v) {
  const MatchResult& m = *v.result;
  std::vector<OutputSection> out;
  std::vector<std::pair<const MatchCandidate*, std::string>> explained;
  if (!m.eligible.empty()) {
    out.push_back(ranked_section(v));
    for (size_t i = 0; i < m.eligible.size() && i < v.limit; ++i)
      explained.emplace_back(&m.eligible[i], fmt::format("{}. {}: {}", i + 1, m.eligible[i].advocate->id.view(),
                                                         score_text(m.eligible[i].score)));
  } else {
    const std::vector<NearCandidate> nearest = nearest_candidates(m);
    out.push_back(nearest_section(v, nearest));
    if (!v.all)
      for (const NearCandidate& n : nearest) explained.emplace_back(&m.excluded[n.excluded], "");
  }
  if (v.all) {
    out.push_back(excluded_section(v));
    for (const MatchCandidate& c : m.excluded) explained.emplace_back(&c, "");
  }
  if (v.explain)
    for (auto& [c, title] : explained) {
      if (title.empty()) title = fmt::format("{}: {} (excluded)", c->advocate->id.view(), score_text(c->score));
      out.push_back(explain_section(*c, title, m.on));
    }
  return out;
}

std::string render_sections(const std::vector<OutputSection>& sections, const std::string& format, size_t width) {
  std::string out;
  for (const OutputSection& s : sections) {
    if (!out.empty()) out += '\n';
    if (format == "md") {
      if (!s.title.empty()) out += "### " + markdown_cell(s.title) + "\n\n";
      if (!s.rows.empty()) {
        std::vector<std::string> headers;
        std::vector<bool> right;
        for (const Column& c : s.columns) {
          headers.push_back(c.title);
          right.push_back(c.align == Align::right);
        }
        out += markdown_table(headers, s.rows, right);
      }
      for (const std::string& line : s.lines) out += (s.rows.empty() ? "" : "\n") + markdown_cell(line) + "\n";
      continue;
    }
    if (!s.title.empty()) out += terminal_safe(s.title) + "\n";
    if (!s.rows.empty()) {
      Table table(s.columns);
      for (const auto& row : s.rows) {
        std::vector<std::string> cells;
        for (const std::string& cell : row) cells.push_back(terminal_safe(cell));
        table.add_row(std::move(cells));
      }
      out += table.render(width);
    }
    for (const std::string& line : s.lines) out += terminal_safe(line) + "\n";
  }
  return out;
}

Json match_json(const MatchView& v) {
  Json candidates = Json::array();
  const auto& eligible = v.result->eligible;
  for (size_t i = 0; i < eligible.size() && i < v.limit; ++i) candidates.push(candidate_json(v, eligible[i]));
  if (v.all)
    for (const MatchCandidate& c : v.result->excluded) candidates.push(candidate_json(v, c));
  Json doc = Json::object();
  doc.set("request", v.request.empty() ? Json() : Json(v.request.view()));
  doc.set("type", v.type->name);
  doc.set("on", Json::date(v.result->on));
  doc.set("candidates", std::move(candidates));
  return doc;
}

}  // namespace advo::cli
