// advo requests [QUERY]: the requests a query selects, as a table, JSON,
// CSV or Markdown; `overdue` and `due` are worked out for today.
#include <fmt/format.h>

#include "advo/domain/query.hpp"
#include "advo/domain/reference_prefixes.hpp"
#include "advo/domain/request_query.hpp"
#include "advo/render/record_list.hpp"
#include "cli/command.hpp"
#include "cli/csv_output.hpp"

namespace advo::cli {
namespace {

struct RequestsOptions {
  std::vector<std::string> query;
  std::string format;
  std::string sort;
  bool reverse = false;
  size_t limit = 0;
};

std::vector<ListColumn<Request>> request_columns() {
  // The id already tells the day, the account and the type.
  return {
      {.title = "ID", .path = "id", .min_width = 24, .cut_last = true},
      {.title = "STATUS", .path = "status", .flexible = false},
      {.title = "NEEDED BY", .path = "needed_by", .flexible = false},
      {.title = "BY", .path = "requested_by", .min_width = 6, .optional = true},
      {.title = "ADVOCATES", .path = "advocates", .min_width = 10, .optional = true},
  };
}

int run_requests(Context& ctx, const RequestsOptions& o) {
  const Program& program = ctx.program();
  const RecordSchema& schema = schema_for<Request>();
  const std::vector<VirtualField> virtuals = request_query_fields(ctx.today());
  const Query query = Query::parse(schema, o.query, &program.settings, virtuals,
                                   reference_lookup(program), ctx.today());

  std::vector<const Request*> selected;
  for (const Request& r : program.requests)
    if (query(r)) selected.push_back(&r);
  const size_t matched = selected.size();
  order_records(selected, ListOrder{o.sort, o.reverse, o.limit});

  const std::vector<ListColumn<Request>> columns = request_columns();
  write_output(ctx, o.format, render_records(selected, columns, o.format, ctx.width()));
  if (o.format == "table") {
    if (matched == 0)
      ctx.note(program.requests.empty() ? "no requests yet" : "no requests match");
    else if (selected.size() < matched)
      ctx.note(fmt::format("{} of {} requests", selected.size(), matched));
    else
      ctx.note(fmt::format("{} request{}", matched, matched == 1 ? "" : "s"));
  }
  return 0;
}

}  // namespace

Runner setup_requests(CommandOptions& app) {
  auto o = std::make_shared<RequestsOptions>();
  app.add_option("QUERY", o->query,
                 "Terms field:value, all of which must hold, plus overdue:true and due:<N>d (see 'man advo-requests'); "
                 "none: every request");
  add_format_option(app, o->format, {"table", "json", "csv", "md"});
  app.add_option("--sort", o->sort, "Sort by this field (any dotted path, like needed_by); default id")
      .value_name("FIELD");
  app.add_flag("--reverse", o->reverse, "Sort in descending order");
  app.add_option("--limit", o->limit, "Show at most N requests")
      .positive_count()
      .value_name("N");
  return [o](Context& ctx) { return run_requests(ctx, *o); };
}

}  // namespace advo::cli
