// Lists of records of any type, as the listing commands print them
// (`advo advocates`, `advo requests`, `advo stories`):
//
//   table  the caller's columns, fitted to the terminal width
//   md     the same columns as a Markdown table
//   json   an array of whole records (record_json)
//   csv    every field as a column named by its dotted path, lists joined
//          by ';', windows as FROM..TO REASON (records_csv)
//
// with sorting by any field and a limit. Lists are typed by their record
// type, whose schema (schema_for) says how each field is read; underneath,
// one implementation serves every record type through that schema.
#pragma once

#include <functional>
#include <span>
#include <string>
#include <vector>

#include "advo/domain/schema.hpp"
#include "advo/render/table.hpp"

namespace advo {

template <class Record>
struct ListColumn {
  std::string title;
  std::string path;  // the field shown, when `text` is not given
  Align align = Align::left;
  bool flexible = true;  // may be cut to fit the width
  size_t min_width = 4;
  bool optional = false;  // left out when the table cannot fit otherwise
  bool cut_last = false;  // cut only once no optional column is left
  // A computed cell (for columns that are not a stored field).
  std::function<std::string(const Record& record)> text{};  // braces, not "= {}", which g++ 12 cannot compile here
};

struct ListOrder {
  std::string sort;      // a field path; "" keeps the order given
  bool reverse = false;  // descending
  size_t limit = 0;      // 0: no limit
};

// The one implementation underneath, for records of any type by address
// with their schema; callers use the typed functions.

// A column with its computed cell taking the record by address.
struct ErasedListColumn {
  std::string title;
  std::string path;
  Align align = Align::left;
  bool flexible = true;
  size_t min_width = 4;
  bool optional = false;
  bool cut_last = false;
  std::function<std::string(const void* record)> text = {};
};
void order_erased_records(const RecordSchema& schema, std::vector<const void*>& records, const ListOrder& order);
std::string render_erased_records(const RecordSchema& schema, std::span<const void* const> records,
                                  std::span<const ErasedListColumn> columns, const std::string& format, size_t width);

// Sorts by the field (stable; records without a value last, also when
// reversed) and cuts to the limit. Throws UsageError for a field that is
// not a sortable path of the record type, naming the nearest one.
template <class Record>
void order_records(std::vector<const Record*>& records, const ListOrder& order) {
  std::vector<const void*> erased(records.begin(), records.end());
  order_erased_records(schema_for<Record>(), erased, order);
  records.clear();
  for (const void* record : erased) records.push_back(static_cast<const Record*>(record));
}

// The records in `format` (table, md, json, csv). Tables are cut to
// `width` columns, with every value made safe for a terminal.
template <class Record>
std::string render_records(const std::vector<const Record*>& records, const std::vector<ListColumn<Record>>& columns,
                           const std::string& format, size_t width) {
  const std::vector<const void*> erased(records.begin(), records.end());
  std::vector<ErasedListColumn> erased_columns;
  for (const ListColumn<Record>& c : columns) {
    ErasedListColumn e{c.title, c.path, c.align, c.flexible, c.min_width, c.optional, c.cut_last, {}};
    if (c.text) e.text = [text = c.text](const void* record) { return text(*static_cast<const Record*>(record)); };
    erased_columns.push_back(std::move(e));
  }
  return render_erased_records(schema_for<Record>(), erased, erased_columns, format, width);
}

std::string erased_field_text(const RecordSchema& schema, const void* record, std::string_view path,
                              std::string_view separator);
std::vector<std::string> erased_csv_record(const RecordSchema& schema, const void* record);
std::string erased_records_csv(const RecordSchema& schema, std::span<const void* const> records,
                               std::span<const std::string> paths);

// The text of the value at a path of a record, as list cells show it:
// lists joined by `separator` (", " in tables), windows as FROM..TO REASON,
// booleans as true/false, "" when empty.
template <class Record>
std::string field_text(const Record& record, std::string_view path, std::string_view separator = ", ") {
  return erased_field_text(schema_for<Record>(), &record, path, separator);
}

// The CSV columns of records of the schema: every dotted path.
std::vector<std::string> csv_columns(const RecordSchema& schema);
// One record's CSV cells, in the order of csv_columns.
template <class Record>
std::vector<std::string> csv_record(const Record& record) {
  return erased_csv_record(schema_for<Record>(), &record);
}

// The records as CSV: a header row of `paths` (dotted paths of single
// values or lists, as csv_columns gives), then one row per record; lists
// joined by ';' (join_cell_list), windows as FROM..TO REASON, booleans
// true/false, every cell neutralised against formulas (csv_field).
template <class Record>
std::string records_csv(const std::vector<const Record*>& records, std::span<const std::string> paths) {
  const std::vector<const void*> erased(records.begin(), records.end());
  return erased_records_csv(schema_for<Record>(), erased, paths);
}

}  // namespace advo
