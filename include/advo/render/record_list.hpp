// Lists of records of any type, as the listing commands print them
// (`advo advocates`, `advo requests`, `advo stories`):
//
//   table  the caller's columns, fitted to the terminal width
//   md     the same columns as a Markdown table
//   json   an array of whole records (record_json)
//   csv    every field as a column named by its dotted path, lists joined
//          by ';', windows as FROM..TO REASON (records_csv)
//
// with sorting by any field and a limit.
#pragma once

#include <functional>
#include <span>
#include <string>
#include <vector>

#include "advo/domain/schema.hpp"
#include "advo/render/table.hpp"

namespace advo {

struct ListColumn {
  std::string title;
  std::string path;  // the field shown, when `text` is not given
  Align align = Align::left;
  bool flexible = true;  // may be cut to fit the width
  size_t min_width = 4;
  bool optional = false;  // left out when the table cannot fit otherwise
  bool cut_last = false;  // cut only once no optional column is left
  // A computed cell (for columns that are not a stored field).
  std::function<std::string(const void* record)> text = {};
};

struct ListOrder {
  std::string sort;      // a field path; "" keeps the order given
  bool reverse = false;  // descending
  size_t limit = 0;      // 0: no limit
};

// Sorts by the field (stable; records without a value last, also when
// reversed) and cuts to the limit. Throws UsageError for a field that is
// not a sortable path of the schema, naming the nearest one.
void order_records(const RecordSchema& schema, std::vector<const void*>& records, const ListOrder& order);

// The records in `format` (table, md, json, csv). Tables are cut to
// `width` columns, with every value made safe for a terminal.
std::string render_records(const RecordSchema& schema, std::span<const void* const> records,
                           std::span<const ListColumn> columns, const std::string& format, size_t width);

// The text of the value at a path of a record, as list cells show it:
// lists joined by `separator` (", " in tables), windows as FROM..TO REASON,
// booleans as true/false, "" when empty.
std::string field_text(const RecordSchema& schema, const void* record, std::string_view path,
                       std::string_view separator = ", ");

// The CSV columns of records of the schema: every dotted path.
std::vector<std::string> csv_columns(const RecordSchema& schema);
// One record's CSV cells, in the order of csv_columns.
std::vector<std::string> csv_record(const RecordSchema& schema, const void* record);

// The records as CSV: a header row of `paths` (dotted paths of single
// values or lists, as csv_columns gives), then one row per record; lists
// joined by ';' (join_cell_list), windows as FROM..TO REASON, booleans
// true/false, every cell neutralised against formulas (csv_field).
std::string records_csv(const RecordSchema& schema, std::span<const void* const> records,
                        std::span<const std::string> paths);

}  // namespace advo
