// Records as JSON objects: every field of the schema in order, null when
// missing, [] for an empty list, dates as "YYYY-MM-DD".
#pragma once

#include "advo/domain/schema.hpp"
#include "advo/render/json.hpp"

namespace advo {

Json record_json(const RecordSchema& schema, const void* record);

// The value at a dotted path of a record, as record_json writes it there
// (null for a path that is not a field).
Json field_json(const RecordSchema& schema, const void* record, std::string_view path);

template <class R>
Json record_json(const R& record) {
  return record_json(schema_for<R>(), &record);
}

}  // namespace advo
