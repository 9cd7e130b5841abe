#include "advo/render/record_list.hpp"

#include <algorithm>
#include <stdexcept>

#include <fmt/format.h>

#include "advo/domain/field_values.hpp"
#include "advo/domain/folding.hpp"
#include "advo/domain/list_text.hpp"
#include "advo/domain/suggest.hpp"
#include "advo/error.hpp"
#include "advo/render/csv.hpp"
#include "advo/render/json.hpp"
#include "advo/render/markdown.hpp"
#include "advo/render/record_json.hpp"
#include "advo/render/terminal.hpp"

namespace advo {
namespace {

struct SortKey {
  bool missing = true;
  double number = 0;
  std::string text;
};

SortKey sort_key(const FieldDef& def, const void* record, size_t at) {
  SortKey key;
  switch (def.type) {
    case FieldType::text:
    case FieldType::text_list: {
      std::vector<std::string> items;
      if (def.type == FieldType::text) {
        if (!field_at<Sym>(record, at).empty()) items.push_back(field_at<Sym>(record, at).str());
      } else {
        for (Sym s : field_at<SymList>(record, at)) items.push_back(s.str());
      }
      key.missing = items.empty();
      for (const auto& item : items) key.text += folded_key(item) + '\x1f';
      break;
    }
    case FieldType::enumeration:
      key.number = field_at<uint8_t>(record, at);
      key.missing = key.number == 0;
      break;
    case FieldType::date: {
      const Date d = field_at<Date>(record, at);
      key.missing = !d;
      key.number = d ? d.days() : 0;
      break;
    }
    case FieldType::integer: {
      const int64_t v = field_at<int64_t>(record, at);
      key.missing = v == kNoInt;
      key.number = static_cast<double>(v);
      break;
    }
    case FieldType::number: {
      const double v = field_at<double>(record, at);
      key.missing = !has_number(v);
      key.number = v;
      break;
    }
    case FieldType::boolean:
      key.missing = false;
      key.number = field_at<bool>(record, at) ? 1 : 0;
      break;
    default:
      break;
  }
  return key;
}

bool sortable(FieldType t) {
  return t != FieldType::group && t != FieldType::windows && t != FieldType::consents;
}

std::string list_text(const FieldDef& def, const void* record, size_t at, std::string_view separator) {
  std::string out;
  if (def.type == FieldType::text_list) {
    for (Sym s : field_at<SymList>(record, at)) {
      if (!out.empty()) out += separator;
      out += s.view();
    }
  } else if (def.type == FieldType::windows) {
    for (const Window& w : field_at<WindowList>(record, at)) {
      if (!out.empty()) out += separator;
      out += window_text(w);
    }
  }
  return out;
}

// A CSV cell: lists joined by ';' as import reads them back.
std::string csv_cell(const FieldDef& def, const void* record, size_t at) {
  std::vector<std::string> items;
  switch (def.type) {
    case FieldType::text_list:
      for (Sym s : field_at<SymList>(record, at)) items.push_back(s.str());
      return join_cell_list(items);
    case FieldType::windows:
      for (const Window& w : field_at<WindowList>(record, at)) items.push_back(window_text(w));
      return join_cell_list(items);
    case FieldType::boolean:
      return field_at<bool>(record, at) ? "true" : "false";
    default:
      return scalar_text(def, record, at);
  }
}

std::string cell(const RecordSchema& schema, const ErasedListColumn& column, const void* record) {
  if (column.text) return column.text(record);
  return erased_field_text(schema, record, column.path, ", ");
}

}  // namespace

std::string erased_field_text(const RecordSchema& schema, const void* record, std::string_view path,
                              std::string_view separator) {
  const auto r = resolve_path(schema, path);
  if (!r) return {};
  switch (r->def->type) {
    case FieldType::text_list:
    case FieldType::windows:
      return list_text(*r->def, record, r->offset, separator);
    case FieldType::boolean:
      return field_at<bool>(record, r->offset) ? "true" : "false";
    case FieldType::group:
    case FieldType::consents:
      return {};
    default:
      return scalar_text(*r->def, record, r->offset);
  }
}

void order_erased_records(const RecordSchema& schema, std::vector<const void*>& records, const ListOrder& order) {
  if (!order.sort.empty()) {
    const auto r = resolve_path(schema, order.sort);
    if (!r || !sortable(r->def->type)) {
      std::vector<std::string> names;
      for (const std::string& p : field_paths(schema)) {
        const auto f = resolve_path(schema, p);
        if (f && sortable(f->def->type)) names.push_back(p);
      }
      if (r) throw UsageError(fmt::format("cannot sort by {}: it is not a single value{}", order.sort,
                                          did_you_mean(order.sort, names)));
      throw UsageError(fmt::format("unknown field '{}' for --sort{}", order.sort, did_you_mean(order.sort, names)));
    }
    std::vector<std::pair<SortKey, const void*>> keyed;
    keyed.reserve(records.size());
    for (const void* record : records) keyed.emplace_back(sort_key(*r->def, record, r->offset), record);
    const bool reverse = order.reverse;
    std::stable_sort(keyed.begin(), keyed.end(), [reverse](const auto& x, const auto& y) {
      const SortKey& a = x.first;
      const SortKey& b = y.first;
      if (a.missing != b.missing) return b.missing;
      if (a.missing) return false;
      if (a.number != b.number) return reverse ? a.number > b.number : a.number < b.number;
      if (a.text != b.text) return reverse ? a.text > b.text : a.text < b.text;
      return false;
    });
    for (size_t i = 0; i < keyed.size(); ++i) records[i] = keyed[i].second;
  } else if (order.reverse) {
    std::reverse(records.begin(), records.end());
  }
  if (order.limit > 0 && records.size() > order.limit) records.resize(order.limit);
}

std::vector<std::string> csv_columns(const RecordSchema& schema) { return field_paths(schema); }

std::vector<std::string> erased_csv_record(const RecordSchema& schema, const void* record) {
  const std::vector<std::string> paths = csv_columns(schema);
  std::vector<std::string> row;
  row.reserve(paths.size());
  for (const std::string& p : paths) {
    const auto r = resolve_path(schema, p);
    row.push_back(r ? csv_cell(*r->def, record, r->offset) : std::string());
  }
  return row;
}

std::string erased_records_csv(const RecordSchema& schema, std::span<const void* const> records,
                               std::span<const std::string> paths) {
  std::vector<ResolvedField> fields;
  fields.reserve(paths.size());
  for (const std::string& p : paths) {
    const auto r = resolve_path(schema, p);
    if (!r) throw std::logic_error("CSV column that is not a field: " + p);
    fields.push_back(*r);
  }
  std::string out = csv_row({paths.begin(), paths.end()});
  std::vector<std::string> row(paths.size());
  for (const void* record : records) {
    for (size_t i = 0; i < fields.size(); ++i) row[i] = csv_cell(*fields[i].def, record, fields[i].offset);
    out += csv_row(row);
  }
  return out;
}

std::string render_erased_records(const RecordSchema& schema, std::span<const void* const> records,
                                  std::span<const ErasedListColumn> columns, const std::string& format, size_t width) {
  if (format == "json") {
    Json list = Json::array();
    for (const void* record : records) list.push(record_json(schema, record));
    return list.dump() + "\n";
  }
  if (format == "csv") return erased_records_csv(schema, records, csv_columns(schema));
  if (format == "md") {
    std::vector<std::string> titles;
    std::vector<bool> right;
    for (const ErasedListColumn& c : columns) {
      titles.push_back(c.title);
      right.push_back(c.align == Align::right);
    }
    std::vector<std::vector<std::string>> rows;
    for (const void* record : records) {
      std::vector<std::string> row;
      for (const ErasedListColumn& c : columns) row.push_back(cell(schema, c, record));
      rows.push_back(std::move(row));
    }
    return markdown_table(titles, rows, right);
  }
  if (records.empty()) return {};
  std::vector<Column> table_columns;
  for (const ErasedListColumn& c : columns)
    table_columns.push_back(Column{c.title, c.align, c.flexible, c.min_width, c.optional, c.cut_last});
  Table table(std::move(table_columns));
  for (const void* record : records) {
    std::vector<std::string> row;
    for (const ErasedListColumn& c : columns) row.push_back(terminal_safe(cell(schema, c, record)));
    table.add_row(std::move(row));
  }
  return table.render(width);
}

}  // namespace advo
