// advo export advocates|stories|requests|engagements [QUERY]: records for
// spreadsheets and scripts, one row (or object) per record.
#include <algorithm>
#include <filesystem>

#include <fmt/format.h>

#include "advo/domain/advocate_query.hpp"
#include "advo/domain/list_text.hpp"
#include "advo/domain/query.hpp"
#include "advo/domain/reference_prefixes.hpp"
#include "advo/domain/suggest.hpp"
#include "advo/error.hpp"
#include "advo/render/json.hpp"
#include "advo/render/record_json.hpp"
#include "advo/render/record_list.hpp"
#include "advo/storage/files.hpp"
#include "cli/command.hpp"
#include "cli/csv_output.hpp"

namespace advo::cli {
namespace {

struct ExportOptions {
  std::string kind;
  std::vector<std::string> query;
  std::string format;
  std::string fields;
  OptionRef format_option;
  bool excel = false;
  std::string output;
};

const std::vector<std::string> kExportFormats = {"csv", "json"};

RecordKind kind_named(const std::string& name) {
  for (RecordKind k : {RecordKind::advocate, RecordKind::story, RecordKind::request, RecordKind::engagement})
    if (schema_of(k).folder == name) return k;
  throw std::logic_error("unknown record kind " + name);
}

// The columns --fields names: dotted paths of values, or groups ("nps",
// "consent", "consent.logo") standing for every path within them.
std::vector<std::string> chosen_columns(const RecordSchema& schema, const std::string& fields) {
  const std::vector<std::string> all = csv_columns(schema);
  if (fields.empty()) return all;
  std::vector<std::string> names = all;
  for (const std::string& p : all)
    for (size_t dot = p.find('.'); dot != std::string::npos; dot = p.find('.', dot + 1))
      if (std::find(names.begin(), names.end(), p.substr(0, dot)) == names.end()) names.push_back(p.substr(0, dot));
  std::vector<std::string> out;
  for (const std::string& given : split_list(fields)) {
    const std::string item = current_path(schema, given);  // old names ("nps.on") too
    std::vector<std::string> matched;
    for (const std::string& p : all)
      if (p == item || (p.starts_with(item) && p[item.size()] == '.')) matched.push_back(p);
    if (matched.empty())
      throw UsageError(fmt::format("unknown field '{}' for --fields{}", item, did_you_mean(item, names)));
    for (std::string& p : matched)
      if (std::find(out.begin(), out.end(), p) == out.end()) out.push_back(std::move(p));
  }
  if (out.empty()) throw UsageError("--fields names no field");
  return out;
}

template <class R>
std::vector<const R*> selected(const std::vector<R>& records, const Query& query) {
  std::vector<const R*> out;
  for (const R& r : records)
    if (query(r)) out.push_back(&r);
  return out;
}

template <class R>
std::string json_text(const std::vector<const R*>& records, const std::vector<std::string>& columns, bool whole) {
  const RecordSchema& schema = schema_for<R>();
  Json list = Json::array();
  for (const R* record : records) {
    if (whole) {
      list.push(record_json(schema, record));
      continue;
    }
    Json object = Json::object();
    for (const std::string& c : columns) object.set(c, field_json(schema, record, c));
    list.push(std::move(object));
  }
  return list.dump() + "\n";
}

// The records of one type that the query selects, in the format asked for;
// `count` is how many.
template <class R>
std::string export_text(const std::vector<R>& all, const Query& query, const std::vector<std::string>& columns,
                        const std::string& format, const ExportOptions& o, size_t& count) {
  const std::vector<const R*> records = selected(all, query);
  count = records.size();
  if (format == "json") return json_text(records, columns, o.fields.empty());
  std::string text;
  if (o.excel) text = "\xEF\xBB\xBF";
  return text + records_csv(records, columns);
}

int run_export(Context& ctx, const ExportOptions& o) {
  const bool to_file = !o.output.empty() && o.output != "-";
  const std::string format =
      to_file ? format_for_file(o.format, o.format_option.given(), o.output, kExportFormats) : o.format;
  if (o.excel && format != "csv") throw UsageError("--excel is for --format csv");
  const RecordKind kind = kind_named(o.kind);
  const RecordSchema& schema = schema_of(kind);
  const std::vector<std::string> columns = chosen_columns(schema, o.fields);
  const Program& program = ctx.program();
  std::vector<VirtualField> virtuals;
  if (kind == RecordKind::advocate) virtuals = advocate_query_fields(program, ctx.today());
  const Query query = Query::parse(schema, o.query, &program.settings, virtuals,
                                   reference_lookup(program), ctx.today());

  std::string text;
  size_t count = 0;
  switch (kind) {
    case RecordKind::advocate:
      text = export_text(program.advocates, query, columns, format, o, count);
      break;
    case RecordKind::story:
      text = export_text(program.stories, query, columns, format, o, count);
      break;
    case RecordKind::request:
      text = export_text(program.requests, query, columns, format, o, count);
      break;
    case RecordKind::engagement:
      text = export_text(program.engagements, query, columns, format, o, count);
      break;
  }
  if (!to_file) {
    write_output(ctx, format, text);
    return 0;
  }
  write_output_file(std::filesystem::absolute(o.output), text, o.output);
  ctx.note(fmt::format("wrote {} {} to {}", count, count == 1 ? schema.name : schema.folder, o.output));
  return 0;
}

}  // namespace

Runner setup_export(CommandOptions& app) {
  auto o = std::make_shared<ExportOptions>();
  app.add_option("KIND", o->kind, "What to export: advocates, stories, requests or engagements")
      .required()
      .one_of({"advocates", "stories", "requests", "engagements"});
  app.add_option("QUERY", o->query, "Terms field:value, all of which must hold (see 'man advo-advocates')");
  o->format_option = add_format_option(app, o->format, kExportFormats);
  app.add_option("--fields", o->fields, "Only these fields, in this order (dotted paths; a group gives all of it)")
      .value_name("A,B,...");
  app.add_flag("--excel", o->excel, "Start the CSV with a UTF-8 byte-order mark, for Excel");
  app.add_option("-o,--output", o->output,
                 "Write to FILE (atomically) instead of standard output, as csv or json by its extension unless "
                 "--format says")
      .value_name("FILE");
  return [o](Context& ctx) { return run_export(ctx, *o); };
}

}  // namespace advo::cli
