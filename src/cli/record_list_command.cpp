// The list commands' shared options and list (record_list_command.hpp).
#include "cli/record_list_command.hpp"

#include <fmt/format.h>

#include "advo/domain/reference_prefixes.hpp"
#include "cli/csv_output.hpp"

namespace advo::cli {
namespace {

template <class R>
const std::vector<R>& records_of(const Program& program) {
  if constexpr (std::is_same_v<R, Advocate>)
    return program.advocates;
  else if constexpr (std::is_same_v<R, Request>)
    return program.requests;
  else
    return program.stories;
}

}  // namespace

template <class R>
void add_query_argument(CommandOptions& app, RecordListOptions& o, const RecordListKind<R>& kind) {
  OptionRef query = app.add_option("QUERY", o.query, std::string(kind.query_help));
  if (kind.completes_itself) complete_query(query, schema_for<R>().kind, kind.query_fields);
}

template <class R>
void add_list_options(CommandOptions& app, RecordListOptions& o, const RecordListKind<R>& kind) {
  add_format_option(app, o.format, {"table", "json", "csv", "md"});
  OptionRef sort = app.add_option("--sort", o.sort, std::string(kind.sort_help)).value_name("FIELD");
  if (kind.completes_itself) complete_values(sort, field_paths(schema_for<R>()));
  app.add_flag("--reverse", o.reverse, "Sort in descending order");
  app.add_option("--limit", o.limit, fmt::format("Show at most N {}", kind.plural))
      .positive_count()
      .value_name("N");
}

template <class R>
int list_records(Context& ctx, const Program& program, const RecordFilter<R>& wanted, const RecordListOptions& o,
                 const RecordListKind<R>& kind, std::vector<ListColumn<R>> columns) {
  const std::vector<R>& records = records_of<R>(program);
  std::vector<const R*> selected;
  for (const R& r : records)
    if (wanted(r)) selected.push_back(&r);
  const size_t matched = selected.size();
  order_records(selected, ListOrder{o.sort, o.reverse, o.limit});

  if (columns.empty()) columns = kind.columns();
  write_output(ctx, o.format, render_records(selected, columns, o.format, ctx.width()));
  if (o.format == "table") {
    if (matched == 0)
      ctx.note(records.empty() ? fmt::format("no {} yet", kind.plural) : fmt::format("no {} match", kind.plural));
    else if (selected.size() < matched)
      ctx.note(fmt::format("{} of {} {}", selected.size(), matched, kind.plural));
    else
      ctx.note(fmt::format("{} {}", matched, matched == 1 ? kind.singular : kind.plural));
  }
  return 0;
}

template <class R>
Runner record_list_command(CommandOptions& app, const RecordListKind<R>& kind) {
  auto o = std::make_shared<RecordListOptions>();
  add_query_argument(app, *o, kind);
  add_list_options(app, *o, kind);
  return [o, &kind](Context& ctx) {
    const Program& program = ctx.program();
    const std::vector<VirtualField> virtuals = kind.query_fields(program, ctx.today());
    const Query query =
        Query::parse(schema_for<R>(), o->query, &program.settings, virtuals, reference_lookup(program), ctx.today());
    return list_records<R>(ctx, program, query, *o, kind);
  };
}

#define ADVO_RECORD_LIST_COMMAND(R)                                                                           \
  template void add_query_argument<R>(CommandOptions&, RecordListOptions&, const RecordListKind<R>&);        \
  template void add_list_options<R>(CommandOptions&, RecordListOptions&, const RecordListKind<R>&);          \
  template int list_records<R>(Context&, const Program&, const RecordFilter<R>&, const RecordListOptions&,   \
                               const RecordListKind<R>&, std::vector<ListColumn<R>>);                        \
  template Runner record_list_command<R>(CommandOptions&, const RecordListKind<R>&);
ADVO_RECORD_LIST_COMMAND(Advocate)
ADVO_RECORD_LIST_COMMAND(Request)
ADVO_RECORD_LIST_COMMAND(Story)
#undef ADVO_RECORD_LIST_COMMAND

}  // namespace advo::cli
