// Reading a record from its YAML tree, following its schema. Every problem
// is collected with its line and column; the reader never stops at the
// first.
#pragma once

#include <string>

#include "advo/domain/problem.hpp"
#include "advo/domain/schema.hpp"
#include "advo/storage/yaml_tree.hpp"

namespace advo {

// Fills `record` (default-initialised by the caller) from `node`. Problems
// are appended with `file` as their place. Returns false when the record
// is unusable: not a map, or without a valid id.
bool read_record(const YamlNode& node, const RecordSchema& schema, void* record, const std::string& file,
                 Problems& problems);

// The node of a dotted field path within a record's map (list items by
// index), or nullptr: where to point a message about a value.
const YamlNode* find_node(const YamlNode& record, std::string_view path, int item = -1);

}  // namespace advo
