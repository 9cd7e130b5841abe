#include "advo/io/sheet_values.hpp"

#include <fmt/format.h>

#include "advo/domain/field_values.hpp"
#include "advo/domain/folding.hpp"
#include "advo/domain/list_text.hpp"
#include "advo/domain/suggest.hpp"
#include "advo/io/country_names.hpp"

namespace advo {
namespace {

std::string country_problem(std::string_view value) {
  const std::vector<std::string> names = country_names();
  return fmt::format("unknown country '{}' (expected an ISO 3166 code like DE, or an English name like Germany){}",
                     value, did_you_mean(value, names));
}

// The text a row sets for one column; "" with a problem added when the
// cell gives no valid value.
std::string field_value(const FieldDef& def, std::string_view cell, size_t column, ImportRow& out) {
  switch (def.type) {
    case FieldType::text_list:
      return join_list(split_cell_list(cell), ',');
    case FieldType::enumeration:
      if (enum_index(def, cell) == 0 && enum_index(def, lower_ascii(cell)) != 0) return lower_ascii(cell);
      return std::string(cell);
    case FieldType::text:
      if (def.rule == TextRule::country && !valid_country(cell)) {
        if (auto code = country_code(cell)) return std::string(*code);
        out.problems.push_back({column, country_problem(cell)});
        return {};
      }
      return std::string(cell);
    default:
      return std::string(cell);
  }
}

ImportRow row_values(const RecordSchema& schema, std::span<const ColumnTarget> columns,
                     std::span<const std::string> header, const CsvRow& row, bool unmapped_to_notes) {
  ImportRow out;
  out.row = row.number;
  std::string first;
  std::string last;
  size_t name_column = 0;
  for (size_t i = 0; i < columns.size(); ++i) {
    const ColumnTarget& target = columns[i];
    const std::string_view cell = cell_value(trim(row.cells[i]));
    const size_t column = i + 1;
    if (cell.empty()) continue;
    const std::string label = std::to_string(column);
    switch (target.use) {
      case ColumnUse::field: {
        if (target.path == "id") {
          out.id = std::string(cell);
          out.id_column = column;
          break;
        }
        const auto resolved = resolve_path(schema, target.path);
        if (!resolved) break;
        out.given.insert(target.path);
        if (resolved->def->type == FieldType::windows) {
          out.assignments.push_back({label, target.path, AssignOp::set, ""});
          for (const std::string& item : split_cell_list(cell))
            out.assignments.push_back({label, target.path, AssignOp::add, item});
          break;
        }
        const size_t before = out.problems.size();
        std::string value = field_value(*resolved->def, cell, column, out);
        if (out.problems.size() == before) out.assignments.push_back({label, target.path, AssignOp::set, std::move(value)});
        break;
      }
      case ColumnUse::first_name:
        first = std::string(cell);
        if (name_column == 0 || last.empty()) name_column = column;
        break;
      case ColumnUse::last_name:
        last = std::string(cell);
        if (name_column == 0) name_column = column;
        break;
      case ColumnUse::ignored:
        break;
      case ColumnUse::unmapped:
        if (unmapped_to_notes) {
          const std::string_view heading = trim(header[i]);
          out.note_lines.push_back(fmt::format("{}: {}", heading.empty() ? "Column " + column_letter(column)
                                                                         : std::string(heading),
                                               cell));
        }
        break;
    }
  }
  if (!first.empty() || !last.empty()) {
    std::string name = first.empty() ? last : last.empty() ? first : first + " " + last;
    out.assignments.push_back({std::to_string(name_column), "name", AssignOp::set, std::move(name)});
    out.given.insert("name");
  }
  return out;
}

// A problem of the reader as a row of its own; none for the header (then
// the table is not readable at all).
void add_reader_problem(const CsvProblem& p, ImportSheet& sheet) {
  if (p.row <= 1) return;
  ImportRow out;
  out.row = p.row;
  out.unreadable = true;
  out.problems.push_back({p.column, p.message});
  sheet.rows.push_back(std::move(out));
}

}  // namespace

ImportSheet sheet_values(const RecordSchema& schema, const CsvTable& table, std::span<const ColumnTarget> columns,
                         bool unmapped_to_notes) {
  ImportSheet sheet;
  for (const ColumnTarget& c : columns) {
    const size_t column = static_cast<size_t>(&c - columns.data()) + 1;
    if (c.use == ColumnUse::field) sheet.field_columns.emplace(c.path, column);
    if (c.use == ColumnUse::first_name || c.use == ColumnUse::last_name) sheet.field_columns.emplace("name", column);
  }
  auto problem = table.problems.begin();
  for (const CsvRow& row : table.rows) {
    for (; problem != table.problems.end() && problem->row < row.number; ++problem) add_reader_problem(*problem, sheet);
    sheet.rows.push_back(row_values(schema, columns, table.header, row, unmapped_to_notes));
  }
  for (; problem != table.problems.end(); ++problem) add_reader_problem(*problem, sheet);
  return sheet;
}

std::string_view cell_value(std::string_view cell) {
  if (cell.size() >= 2 && cell[0] == '\'' && std::string_view("=+-@\t\r").find(cell[1]) != std::string_view::npos)
    cell.remove_prefix(1);
  return cell;
}

}  // namespace advo
