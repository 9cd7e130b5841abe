// advo import csv FILE --into advocates|stories|requests: the rows of a
// sheet as records, every row checked before anything is written.
#include <algorithm>

#include <fmt/format.h>

#include "advo/domain/record_import.hpp"
#include "advo/error.hpp"
#include "advo/io/column_mapping.hpp"
#include "advo/io/csv_reader.hpp"
#include "advo/io/sheet_values.hpp"
#include "advo/render/table.hpp"
#include "advo/render/terminal.hpp"
#include "advo/storage/files.hpp"
#include "advo/storage/mapping_file.hpp"
#include "advo/storage/record_writer.hpp"
#include "cli/command.hpp"
#include "cli/record_update.hpp"

namespace advo::cli {
namespace {

// A sheet larger than this is refused before it is read.
constexpr size_t kMaxSheetBytes = size_t{64} << 20;

struct ImportCsvOptions {
  std::string file;
  std::string into;
  std::vector<std::string> maps;
  std::string mapping;
  std::string delimiter;
  std::string unmapped;
  bool dry_run = false;
  bool update = false;
  bool skip_invalid = false;
};

// What the command line and the mapping file say about the sheet.
struct SheetOptions {
  std::vector<ColumnOverride> overrides;
  char delimiter = 0;
  bool unmapped_to_notes = false;
};

SheetOptions import_settings(Context& ctx, const ImportCsvOptions& o) {
  SheetOptions s;
  if (!o.mapping.empty()) {
    const std::string text = read_file(o.mapping, o.mapping, size_t{1} << 20);
    Problems problems;
    MappingFile file = parse_mapping_file(text, o.mapping, problems);
    if (!problems.empty()) {
      for (const Problem& p : problems) ctx.err() << "advo: " << to_string(p.where) << ": " << p.message << '\n';
      throw DataError(fmt::format("the mapping file has {} error{}; nothing imported", problems.size(),
                                  problems.size() == 1 ? "" : "s"));
    }
    s.overrides = std::move(file.columns);
    s.delimiter = file.delimiter;
    s.unmapped_to_notes = file.unmapped_given && file.unmapped_to_notes;
  }
  for (const std::string& map : o.maps) {
    const size_t eq = map.rfind('=');
    if (eq == std::string::npos || eq == 0)
      throw UsageError(fmt::format("--map takes COLUMN=FIELD (or COLUMN= to ignore a column), not '{}'", map));
    s.overrides.push_back(ColumnOverride{map.substr(0, eq), map.substr(eq + 1), "--map " + map});
  }
  if (!o.delimiter.empty()) {
    s.delimiter = delimiter_named(o.delimiter);
    if (s.delimiter == 0)
      throw UsageError(fmt::format("--delimiter must be one of , ; | : or tab, not '{}'", o.delimiter));
  }
  if (!o.unmapped.empty()) s.unmapped_to_notes = o.unmapped == "notes";
  return s;
}

std::string column_text(const CsvTable& table, size_t column) {
  if (column == 0) return {};
  const std::string letter = column_letter(column);
  const std::string_view heading = column <= table.header.size() ? std::string_view(table.header[column - 1]) : "";
  return heading.empty() ? fmt::format(", column {}", letter)
                         : fmt::format(", column {} ({})", letter, terminal_safe(heading));
}

// Refuses a sheet that has no usable header row.
void require_header(const ImportCsvOptions& o, const CsvTable& table, std::span<const ColumnTarget> columns) {
  if (!table.readable()) {
    const CsvProblem& p = table.problems.front();
    const std::string where = p.row == 0 ? std::string() : fmt::format("row {}{}: ", p.row, column_text(table, p.column));
    throw DataError(where + p.message, Location{o.file});
  }
  const bool any = std::any_of(columns.begin(), columns.end(), [](const ColumnTarget& c) {
    return c.use != ColumnUse::unmapped;
  });
  if (!any) {
    std::string first;
    for (size_t i = 0; i < table.header.size() && i < 3; ++i)
      first += (i == 0 ? "" : ", ") + terminal_safe(table.header[i]);
    throw DataError(fmt::format("no heading of row 1 names a field of {} ({}{}): is the header row missing? "
                                "(map columns with --map COLUMN=FIELD)",
                                o.into, first, table.header.size() > 3 ? ", …" : ""),
                    Location{o.file});
  }
}

std::string target_text(const ColumnTarget& t) {
  switch (t.use) {
    case ColumnUse::field:
      return t.path;
    case ColumnUse::first_name:
      return "name (first part)";
    case ColumnUse::last_name:
      return "name (last part)";
    case ColumnUse::ignored:
      return "- (" + t.reason + ")";
    case ColumnUse::unmapped:
      return "- (" + t.reason + ")";
  }
  return {};
}

// The mapping, for a dry run.
std::string mapping_table(const CsvTable& table, std::span<const ColumnTarget> columns, bool unmapped_to_notes,
                          size_t width) {
  Table t({{"COLUMN", Align::left, false}, {"HEADING", Align::left, true, 10}, {"FIELD", Align::left, true, 10}});
  for (size_t i = 0; i < columns.size(); ++i) {
    std::string target = target_text(columns[i]);
    if (columns[i].use == ColumnUse::unmapped && unmapped_to_notes) target = "notes (" + columns[i].reason + ")";
    t.add_row({column_letter(i + 1), terminal_safe(table.header[i]), terminal_safe(target)});
  }
  return t.render(width);
}

// Tells which columns fill no field, and why.
void note_unmapped(Context& ctx, const CsvTable& table, std::span<const ColumnTarget> columns, bool to_notes) {
  size_t count = 0;
  for (size_t i = 0; i < columns.size(); ++i) {
    if (columns[i].use != ColumnUse::unmapped) continue;
    ++count;
    ctx.note(fmt::format("{} {}: {}", column_text(table, i + 1).substr(2), to_notes ? "goes into notes" : "is ignored",
                         columns[i].reason));
  }
  if (count > 0 && !to_notes)
    ctx.note("(--map COLUMN=FIELD fills a field from a column; --unmapped=notes keeps such columns in notes)");
}

constexpr std::string_view kActionNames[] = {"create", "update", "skip", "invalid"};

template <class R>
int import_rows(Context& ctx, const ImportCsvOptions& o, const SheetOptions& s, const CsvTable& table,
                std::span<const ColumnTarget> columns) {
  const Program& program = o.dry_run ? ctx.program() : ctx.program_for_write();
  ImportOptions options;
  options.today = ctx.today();
  options.update = o.update;
  const ImportPlan<R> plan =
      plan_import<R>(program, sheet_values(schema_for<R>(), table, columns, s.unmapped_to_notes), options);
  const size_t invalid = plan.count(RowAction::invalid);
  const bool blocked = invalid > 0 && !o.skip_invalid;

  if (o.dry_run)
    ctx.out() << mapping_table(table, columns, s.unmapped_to_notes, ctx.width()) << '\n';
  else
    note_unmapped(ctx, table, columns, s.unmapped_to_notes);
  if (plan.rows.empty()) ctx.note("the sheet has no rows below its header");

  size_t already_there = 0;
  for (const RowOutcome& r : plan.rows) {
    if (r.action == RowAction::invalid) {
      for (const RowProblem& p : r.problems)
        ctx.err() << fmt::format("advo: {}: row {}{}: {}\n", o.file, r.row, column_text(table, p.column),
                                 terminal_safe(p.message));
      continue;
    }
    already_there += r.action == RowAction::skip && r.detail.starts_with("already there");
    if (blocked && !o.dry_run) continue;
    const std::string action(kActionNames[static_cast<size_t>(r.action)]);
    if (r.action == RowAction::create)
      ctx.out() << fmt::format("row {}: {} {} ({})\n", r.row, action, r.id, terminal_safe(r.detail));
    else
      ctx.out() << fmt::format("row {}: {} {}: {}\n", r.row, action, r.id, terminal_safe(r.detail));
  }

  const std::string rows = fmt::format("{} row{} {}", invalid, invalid == 1 ? "" : "s", invalid == 1 ? "is" : "are");
  const std::string_view them = invalid == 1 ? "it" : "them";
  if (blocked && !o.dry_run)
    throw DataError(fmt::format("nothing written: {} invalid (fix {}, or import the other rows with --skip-invalid)",
                                rows, them));
  ctx.out() << fmt::format("created {}, updated {}, skipped {}, invalid {}\n", plan.created.size(),
                           plan.updated.size(), plan.count(RowAction::skip), invalid);
  if (already_there > 0 && !o.update)
    ctx.note(fmt::format("{} row{} matched {} already there; --update updates them from the sheet", already_there,
                         already_there == 1 ? "" : "s", o.into));
  if (o.dry_run) {
    if (blocked)
      throw DataError(fmt::format("{} invalid: the import would write nothing (fix {}, or add "
                                  "--skip-invalid to import the other rows)",
                                  rows, them));
    ctx.note("dry run: nothing written");
    return 0;
  }

  const std::string folder(schema_for<R>().folder);
  for (const R& r : plan.created) ctx.write(fmt::format("{}/{}.yaml", folder, r.id.view()), write_record(r));
  for (const R& r : plan.updated) ctx.write(record_file(program, r.origin), write_record(r));
  ctx.describe_change(
      fmt::format("import: {} from a CSV sheet, created {}, updated {}", folder, plan.created.size(), plan.updated.size()));
  return 0;
}

int run_import_csv(Context& ctx, const ImportCsvOptions& o) {
  const SheetOptions s = import_settings(ctx, o);
  const std::string text = read_file(o.file, o.file, kMaxSheetBytes);
  const CsvTable table = read_csv(text, s.delimiter);
  const RecordKind kind = o.into == "advocates" ? RecordKind::advocate
                          : o.into == "stories" ? RecordKind::story
                                                : RecordKind::request;
  std::vector<ColumnTarget> columns;
  if (table.readable()) columns = map_columns(schema_of(kind), table.header, s.overrides);
  require_header(o, table, columns);
  switch (kind) {
    case RecordKind::advocate:
      return import_rows<Advocate>(ctx, o, s, table, columns);
    case RecordKind::story:
      return import_rows<Story>(ctx, o, s, table, columns);
    default:
      return import_rows<Request>(ctx, o, s, table, columns);
  }
}

}  // namespace

Runner setup_import(CommandOptions& app) {
  auto o = std::make_shared<ImportCsvOptions>();
  app.require_subcommand(0, 1);
  CommandOptions csv = app.add_subcommand("csv", "Import the rows of a CSV file (header row required)");
  csv.fallthrough();
  csv.add_option("FILE", o->file, "The CSV file: , ; or tab between cells, UTF-8, header row first").required();
  csv.add_option("--into", o->into, "What the rows are: advocates, stories or requests")
      .required()
      .one_of({"advocates", "stories", "requests"}, "record kind")
      .value_name("KIND");
  csv.add_option("--map", o->maps, "Fill FIELD from the column headed COLUMN (COLUMN= ignores it); repeatable")
      .one_value_per_use()
      .value_name("COLUMN=FIELD");
  csv.add_option("--mapping", o->mapping, "A TOML file of column mappings (see 'man advo-import')")
      .value_name("FILE.toml");
  csv.add_flag("--dry-run", o->dry_run, "Show the mapping and what each row would do; write nothing");
  csv.add_flag("--update", o->update, "Update records already there from the non-empty cells of their rows");
  csv.add_flag("--skip-invalid", o->skip_invalid, "Import the valid rows even when other rows are invalid");
  csv.add_option("--delimiter", o->delimiter, "The cell separator: , ; | : or tab (default: detected)")
      .value_name("C");
  csv.add_option("--unmapped", o->unmapped, "Columns that fill no field: ignore (default) or notes")
      .one_of({"ignore", "notes"}, "--unmapped choice")
      .value_name("WHAT");
  return dispatch_subcommands(app, {{csv, [o](Context& ctx) { return run_import_csv(ctx, *o); }}},
                              [](Context&) -> int {
                                throw UsageError("import needs a format: advo import csv FILE --into KIND");
                              });
}

}  // namespace advo::cli
