// advo stories [QUERY]: the stories a query selects; with --for REQUEST
// (or criteria options) the usable ones ranked against the criteria.
#include <algorithm>
#include <cctype>
#include <functional>

#include <fmt/format.h>

#include "advo/domain/assignment.hpp"
#include "advo/domain/field_values.hpp"
#include "advo/domain/folding.hpp"
#include "advo/domain/query.hpp"
#include "advo/domain/reference_prefixes.hpp"
#include "advo/domain/story_query.hpp"
#include "advo/domain/story_ranking.hpp"
#include "advo/domain/story_usability.hpp"
#include "advo/error.hpp"
#include "advo/render/terminal.hpp"
#include "cli/command.hpp"
#include "cli/completion.hpp"
#include "cli/field_options.hpp"
#include "cli/record_list_command.hpp"
#include "cli/stories_for_output.hpp"

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

// The options of every list command (query, format, sort, reverse, limit),
// and those that rank.
struct StoriesOptions : RecordListOptions {
  std::string request;
  FieldOptions criteria{kCriterionOptions, RecordKind::request};
  bool explain = false;
  std::string country;
};

// "yes", or "no: " and the reasons' codes (advo-stories(1), USABILITY).
std::string usability_text(const Program& program, const Story& story, Date day) {
  std::vector<std::string> codes;
  for (const StoryReason& r : story_unusable_reasons(program, story, day)) {
    std::string code(to_string(r.code));
    if (std::find(codes.begin(), codes.end(), code) == codes.end()) codes.push_back(std::move(code));
  }
  return codes.empty() ? "yes" : fmt::format("no: {}", fmt::join(codes, ", "));
}

// What a seller pastes into a document or a message.
std::vector<ListColumn<Story>> story_markdown_columns(const Program& program, Date day) {
  return {
      {.title = "TITLE", .path = "title"},
      {.title = "KIND", .path = "kind"},
      {.title = "URL", .path = "url"},
      {.title = "USABLE",
       .path = "",
       .text = [&program, day](const Story& s) { return usability_text(program, s, day); }},
      {.title = "ID", .path = "id"},
  };
}

// The stories the query and --country select.
using StoryFilter = std::function<bool(const Story&)>;

// Whether an advocate the story features is from `country` (--country).
bool features_country(const Program& program, const Story& story, std::string_view country) {
  for (Sym id : story.advocates)
    if (const Advocate* a = program.find_advocate(id.view()); a && iequals(a->country.view(), country)) return true;
  return false;
}

// --country in upper case, checked; empty when not given.
std::string chosen_country(const StoriesOptions& o) {
  std::string code = o.country;
  for (char& ch : code) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
  if (!o.country.empty() && !valid_country(code))
    throw UsageError(fmt::format("unknown country code '{}' for --country (expected ISO 3166 alpha-2, like DE or US)",
                                 o.country));
  return code;
}

const RecordListKind<Story> kStories = {
    .singular = "story",
    .plural = "stories",
    .query_help = "Terms field:value, all of which must hold (see 'man advo-stories'); none: every story",
    .sort_help = "Sort by this field (any dotted path, like expires_on); default id",
    .columns = story_columns,
    .query_fields = story_query_fields,
};

int rank(Context& ctx, const Program& program, const StoryFilter& wanted, const StoriesOptions& o) {
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
      rank_stories(program, criteria, today, 0, wanted);
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
  const std::string country = chosen_country(o);
  const StoryFilter wanted = [&](const Story& s) {
    return query(s) && (country.empty() || features_country(program, s, country));
  };
  if (o.request.empty() && !o.criteria.given()) {
    if (o.explain) throw UsageError("--explain goes with --for REQUEST or criteria options");
    return list_records<Story>(ctx, program, wanted, o, kStories,
                               o.format == "md" ? story_markdown_columns(program, ctx.today())
                                                : std::vector<ListColumn<Story>>{});
  }
  return rank(ctx, program, wanted, o);
}

}  // namespace

Runner setup_stories(CommandOptions& app) {
  auto o = std::make_shared<StoriesOptions>();
  add_query_argument(app, *o, kStories);
  app.add_option("--for", o->request,
                 "Id or unique id prefix of a request: its usable stories, best fit first")
      .value_name("REQUEST");
  o->criteria.add_to(app);
  complete_field(app.add_option("--country", o->country,
                                "Only stories featuring an advocate from this country (ISO 3166 alpha-2, like DE)")
                     .value_name("COUNTRY"),
                 RecordKind::advocate, "country");
  app.add_flag("--explain", o->explain, "With --for or criteria: break each score down by criterion");
  add_list_options(app, *o, kStories);
  return [o](Context& ctx) { return run_stories(ctx, *o); };
}

}  // namespace advo::cli
