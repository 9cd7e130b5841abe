// The mapping file of `advo import csv --mapping FILE.toml`: how the
// columns of a sheet that is imported again and again map to fields.
//
//   delimiter = ";"        # optional: , ; | : or "tab" (default: detected)
//   unmapped = "notes"     # optional: "ignore" (the default) or "notes"
//
//   [columns]              # heading = field; "" ignores the column
//   "Full Name" = "name"
//   "Customer" = "company"
//   "Lead Score" = ""
//
// Every problem is reported with its line and column: syntax, unknown keys
// (with the nearest valid one), values that are not text. Whether the
// headings and fields exist is checked against the sheet (map_columns).
#pragma once

#include <string>
#include <string_view>

#include "advo/io/column_mapping.hpp"
#include "advo/domain/problem.hpp"

namespace advo {

struct MappingFile {
  std::vector<ColumnOverride> columns;  // origin: "FILE:LINE"
  char delimiter = 0;                   // 0 when not given
  bool unmapped_given = false;
  bool unmapped_to_notes = false;
};

// Parses the text of a mapping file; problems are appended with `file`
// as their place.
MappingFile parse_mapping_file(std::string_view text, const std::string& file, Problems& problems);

// The delimiter a text names (",", ";", "|", ":", "tab", "\t"), or 0.
char delimiter_named(std::string_view text);

}  // namespace advo
