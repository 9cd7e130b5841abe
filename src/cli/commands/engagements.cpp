// advo engagements [QUERY]: the engagements a query selects, in date order
// unless sorted, as a table, JSON, CSV or Markdown.
#include <fmt/format.h>

#include "advo/domain/engagement_query.hpp"
#include "advo/domain/query.hpp"
#include "advo/domain/reference_prefixes.hpp"
#include "advo/render/record_list.hpp"
#include "cli/command.hpp"
#include "cli/completion.hpp"

namespace advo::cli {
namespace {

struct EngagementsOptions {
  std::vector<std::string> query;
  std::string format;
  std::string sort;
  bool reverse = false;
  size_t limit = 0;
};

std::vector<ListColumn<Engagement>> engagement_columns() {
  // The id already tells the day, the advocate and the type.
  return {
      {.title = "ID", .path = "id", .min_width = 24, .cut_last = true},
      {.title = "OUTCOME", .path = "outcome", .flexible = false},
      {.title = "REQUEST", .path = "request", .min_width = 10, .optional = true},
      {.title = "STORY", .path = "story", .min_width = 8, .optional = true},
      {.title = "BY", .path = "logged_by", .min_width = 6, .optional = true},
  };
}

int run_engagements(Context& ctx, const EngagementsOptions& o) {
  const Program& program = ctx.program();
  const RecordSchema& schema = schema_for<Engagement>();
  const std::vector<VirtualField> virtuals = engagement_query_fields(ctx.today());
  const Query query = Query::parse(schema, o.query, &program.settings, virtuals,
                                   reference_lookup(program), ctx.today());

  std::vector<const Engagement*> selected;
  for (const Engagement& e : program.engagements)
    if (query(e)) selected.push_back(&e);
  const size_t matched = selected.size();
  order_records(selected, ListOrder{o.sort, o.reverse, o.limit});

  ctx.out() << render_records(selected, engagement_columns(), o.format, ctx.width());
  if (o.format == "table") {
    if (matched == 0)
      ctx.note(program.engagements.empty() ? "no engagements yet" : "no engagements match");
    else if (selected.size() < matched)
      ctx.note(fmt::format("{} of {} engagements", selected.size(), matched));
    else
      ctx.note(fmt::format("{} engagement{}", matched, matched == 1 ? "" : "s"));
  }
  return 0;
}

}  // namespace

Runner setup_engagements(CommandOptions& app) {
  auto o = std::make_shared<EngagementsOptions>();
  complete_query(app.add_option("QUERY", o->query,
                                "Terms field:value, all of which must hold, plus by:WHO and past-scheduled:true "
                                "(see 'man advo-engagements'); none: every engagement"),
                 RecordKind::engagement,
                 [](const Program&, Date today) { return engagement_query_fields(today); });
  add_format_option(app, o->format, {"table", "json", "csv", "md"});
  complete_values(app.add_option("--sort", o->sort, "Sort by this field (any dotted path, like advocate); default date")
                      .value_name("FIELD"),
                  field_paths(schema_for<Engagement>()));
  app.add_flag("--reverse", o->reverse, "Sort in descending order");
  app.add_option("--limit", o->limit, "Show at most N engagements").positive_count().value_name("N");
  return [o](Context& ctx) { return run_engagements(ctx, *o); };
}

}  // namespace advo::cli
