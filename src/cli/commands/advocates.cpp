// advo advocates [QUERY]: the advocates a query selects, as a table, JSON,
// CSV or Markdown.
#include <fmt/format.h>

#include "advo/domain/advocate_query.hpp"
#include "advo/domain/query.hpp"
#include "advo/domain/reference_prefixes.hpp"
#include "advo/render/record_list.hpp"
#include "cli/command.hpp"
#include "cli/completion.hpp"
#include "cli/csv_output.hpp"

namespace advo::cli {
namespace {

struct AdvocatesOptions {
  std::vector<std::string> query;
  std::string format;
  std::string sort;
  bool reverse = false;
  size_t limit = 0;
};

std::vector<ListColumn<Advocate>> advocate_columns() {
  return {
      // Ids are cut only when nothing else helps; a cut id still works as a
      // prefix.
      {.title = "ID", .path = "id", .min_width = 24, .cut_last = true},
      {.title = "NAME", .path = "name", .min_width = 10, .optional = true},
      {.title = "COMPANY", .path = "company", .min_width = 10, .optional = true},
      {.title = "STAGE", .path = "stage", .flexible = false},
      {.title = "INDUSTRY", .path = "industry", .min_width = 8},
      {.title = "REGION", .path = "region", .flexible = false},
      {.title = "NPS", .path = "nps.score", .align = Align::right, .flexible = false},
  };
}

int run_advocates(Context& ctx, const AdvocatesOptions& o) {
  const Program& program = ctx.program();
  const RecordSchema& schema = schema_for<Advocate>();
  const std::vector<VirtualField> virtuals = advocate_query_fields(program, ctx.today());
  const Query query = Query::parse(schema, o.query, &program.settings, virtuals,
                                   reference_lookup(program), ctx.today());

  std::vector<const Advocate*> selected;
  for (const Advocate& a : program.advocates)
    if (query(a)) selected.push_back(&a);
  const size_t matched = selected.size();
  order_records(selected, ListOrder{o.sort, o.reverse, o.limit});

  const std::vector<ListColumn<Advocate>> columns = advocate_columns();
  write_output(ctx, o.format, render_records(selected, columns, o.format, ctx.width()));
  if (o.format == "table") {
    if (matched == 0)
      ctx.note(program.advocates.empty() ? "no advocates yet" : "no advocates match");
    else if (selected.size() < matched)
      ctx.note(fmt::format("{} of {} advocates", selected.size(), matched));
    else
      ctx.note(fmt::format("{} advocate{}", matched, matched == 1 ? "" : "s"));
  }
  return 0;
}

}  // namespace

Runner setup_advocates(CommandOptions& app) {
  auto o = std::make_shared<AdvocatesOptions>();
  complete_query(app.add_option("QUERY", o->query,
                                "Terms field:value, all of which must hold (see 'man advo-advocates'); none: every advocate"),
                 RecordKind::advocate, advocate_query_fields);
  add_format_option(app, o->format, {"table", "json", "csv", "md"});
  complete_values(app.add_option("--sort", o->sort, "Sort by this field (any dotted path, like nps.score); default id")
                      .value_name("FIELD"),
                  field_paths(schema_for<Advocate>()));
  app.add_flag("--reverse", o->reverse, "Sort in descending order");
  app.add_option("--limit", o->limit, "Show at most N advocates")
      .positive_count()
      .value_name("N");
  return [o](Context& ctx) { return run_advocates(ctx, *o); };
}

}  // namespace advo::cli
