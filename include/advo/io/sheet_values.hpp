// The rows of an imported CSV sheet as the values they give, ready for the
// domain's import plan (domain/record_import.hpp).
//
// A cell becomes the text of a field value as `advo set` takes one
// (assignment.hpp). Before that, a leading apostrophe that neutralises a
// formula ("'=1") is dropped, lists are split at ';' or '|'
// (split_cell_list), a window list holds FROM..TO REASON items,
// enumerations are taken in any case ("Enterprise"), and countries may be
// names or codes in any case (country_names.hpp). Empty cells give no
// value. For advocates, first_name and last_name columns are joined into
// the name. Columns that map to no field can be kept as "Heading: value"
// lines for notes.
#pragma once

#include <span>
#include <string_view>

#include "advo/domain/record_import.hpp"
#include "advo/domain/schema.hpp"
#include "advo/io/column_mapping.hpp"
#include "advo/io/csv_reader.hpp"

namespace advo {

// Every row of `table` (read with the column mapping `columns`, one per
// header column) as values for `schema`; a problem of the reader is an
// unreadable row of its own, in row order.
ImportSheet sheet_values(const RecordSchema& schema, const CsvTable& table, std::span<const ColumnTarget> columns,
                         bool unmapped_to_notes);

// The value of a cell: without the apostrophe that neutralises a formula
// ("'=SUM(A1)" → "=SUM(A1)"), the reverse of csv_field.
std::string_view cell_value(std::string_view cell);

}  // namespace advo
