// advo stories [QUERY]: the stories a query selects; with --for REQUEST
// (or criteria options) the usable ones ranked against the criteria.
#include <fmt/format.h>

#include "advo/domain/assignment.hpp"
#include "advo/domain/query.hpp"
#include "advo/domain/reference_prefixes.hpp"
#include "advo/domain/story_query.hpp"
#include "advo/domain/story_ranking.hpp"
#include "advo/error.hpp"
#include "advo/render/record_list.hpp"
#include "advo/render/terminal.hpp"
#include "cli/command.hpp"
#include "cli/ranked_stories.hpp"
#include "cli/field_options.hpp"
#include "cli/csv_output.hpp"

namespace advo::cli {
namespace {

// The criteria stories are scored on, given on the command line instead of
// a request.
constexpr FieldOption kCriterionOptions[] = {
    {"--industry", "criteria.industry", "Rank against this industry"},
    {"--segment", "criteria.segment", "Rank against this segment: smb, mid-market or enterprise"},
    {"--region", "criteria.region", "Rank against this region"},
    {"--products", "criteria.products", "Rank against these products (comma-separated or repeated)", true},
    {"--use-cases", "criteria.use_cases", "Rank against these use cases (comma-separated or repeated)", true},
};

struct StoriesOptions {
  std::vector<std::string> query;
  std::string request;
  FieldOptions criteria{kCriterionOptions, RecordKind::request};
  bool explain = false;
  std::string format;
  std::string sort;
  bool reverse = false;
  size_t limit = 0;
};

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

int list_stories(Context& ctx, const Program& program, const Query& query, const StoriesOptions& o) {
  std::vector<const Story*> selected;
  for (const Story& s : program.stories)
    if (query(s)) selected.push_back(&s);
  const size_t matched = selected.size();
  order_records(selected, ListOrder{o.sort, o.reverse, o.limit});
  write_output(ctx, o.format, render_records(selected, story_columns(), o.format, ctx.width()));
  if (o.format == "table") {
    if (matched == 0)
      ctx.note(program.stories.empty() ? "no stories yet" : "no stories match");
    else if (selected.size() < matched)
      ctx.note(fmt::format("{} of {} stories", selected.size(), matched));
    else
      ctx.note(fmt::format("{} stor{}", matched, matched == 1 ? "y" : "ies"));
  }
  return 0;
}

int rank(Context& ctx, const Program& program, const Query& query, const StoriesOptions& o) {
  if (!o.sort.empty() || o.reverse)
    throw UsageError("--sort and --reverse do not go with --for or criteria: the stories are ranked by score");
  std::string against;
  Criteria criteria;
  if (!o.request.empty()) {
    if (o.criteria.given()) throw UsageError("give --for REQUEST or criteria options, not both");
    const Request& r = program.requests[resolve_id(program, o.request, {RecordKind::request}).index];
    criteria = r.criteria;
    against = r.id.str();
  } else {
    criteria = criteria_from(ctx, program, o.criteria);
    against = "the criteria";
  }
  const Date today = ctx.today();
  std::vector<RankedStory> ranked =
      rank_stories(program, criteria, today, 0, [&query](const Story& s) { return query(s); });
  const size_t fitting = ranked.size();
  if (o.limit > 0 && ranked.size() > o.limit) ranked.resize(o.limit);
  print_ranked_stories(ctx, criteria, ranked, o.format, o.explain);
  if (o.format == "table") {
    const std::string who = terminal_safe(against);
    if (!has_story_criteria(criteria, program.settings.weights))
      ctx.note(fmt::format("{} give{} no criterion stories are scored on (industry, segment, region, products, "
                           "use_cases): every usable story fits",
                           who, o.request.empty() ? "" : "s"));
    if (ranked.empty())
      ctx.note(fmt::format("no usable story fits {} on {}", who, today.str()));
    else if (ranked.size() < fitting)
      ctx.note(fmt::format("{} of {} usable stories that fit {} on {}", ranked.size(), fitting, who, today.str()));
    else
      ctx.note(fmt::format("{} usable stor{} fit{} {} on {}", fitting, fitting == 1 ? "y" : "ies",
                           fitting == 1 ? "s" : "", who, today.str()));
  }
  return 0;
}

int run_stories(Context& ctx, const StoriesOptions& o) {
  const Program& program = ctx.program();
  const std::vector<VirtualField> virtuals = story_query_fields(program, ctx.today());
  const Query query = Query::parse(schema_for<Story>(), o.query, &program.settings, virtuals,
                                   reference_lookup(program), ctx.today());
  if (o.request.empty() && !o.criteria.given()) {
    if (o.explain) throw UsageError("--explain goes with --for REQUEST or criteria options");
    return list_stories(ctx, program, query, o);
  }
  return rank(ctx, program, query, o);
}

}  // namespace

Runner setup_stories(CommandOptions& app) {
  auto o = std::make_shared<StoriesOptions>();
  app.add_option("QUERY", o->query,
                 "Terms field:value, all of which must hold (see 'man advo-stories'); none: every story");
  app.add_option("--for", o->request,
                 "Id or unique id prefix of a request: its usable stories, best fit first")
      .value_name("REQUEST");
  o->criteria.add_to(app);
  app.add_flag("--explain", o->explain, "With --for or criteria: break each score down by criterion");
  add_format_option(app, o->format, {"table", "json", "csv", "md"});
  app.add_option("--sort", o->sort, "Sort by this field (any dotted path, like expires_on); default id")
      .value_name("FIELD");
  app.add_flag("--reverse", o->reverse, "Sort in descending order");
  app.add_option("--limit", o->limit, "Show at most N stories")
      .positive_count()
      .value_name("N");
  return [o](Context& ctx) { return run_stories(ctx, *o); };
}

}  // namespace advo::cli
