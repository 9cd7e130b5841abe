// One record read from YAML text that is not (yet) a file of the program,
// such as the copy `advo edit` hands to an editor: every problem `advo
// check` would report for that text, each at its line and column.
#pragma once

#include <string>
#include <string_view>

#include "advo/domain/problem.hpp"
#include "advo/domain/schema.hpp"
#include "advo/domain/settings.hpp"
#include "advo/storage/yaml_tree.hpp"

namespace advo {

struct RecordText {
  std::string display;  // how messages name the text's file
  YamlNode tree;
  Problems problems;

  // Where a field's value is in the text (the record itself for "", the
  // file when the text did not parse).
  Location where(std::string_view path, int item = -1) const;
  bool has_errors() const { return count_errors(problems) > 0; }
};

// Reads `record` (default-initialised by the caller) of `schema` from
// `text`: limits and UTF-8, YAML syntax, types, unknown keys and required
// fields, then the values as validate_values checks them.
RecordText parse_record_text(std::string_view text, const RecordSchema& schema, const Settings& settings,
                            const std::string& display, void* record);

}  // namespace advo
