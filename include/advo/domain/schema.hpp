// The shape of every record type as data: field names, types, order and
// rules. One description drives reading, canonical writing, JSON, CSV,
// queries and `set`, so they can never disagree about a field.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "advo/domain/records.hpp"

namespace advo {

enum class FieldType : uint8_t {
  text,         // Sym
  enumeration,  // uint8_t: index + 1 into values, 0 = none
  date,         // Date
  integer,      // int64_t, kNoInt = none
  number,       // double, NaN = none
  boolean,      // bool, false = none
  text_list,    // SymList
  group,        // a nested map with `fields`
  windows,      // WindowList; each item a map with `fields`
  consents,     // std::array<Grant, 6>; keys are `values`, each a map with `fields`
};

// Extra rules on a text value.
enum class TextRule : uint8_t {
  any,
  id,             // [a-z0-9][a-z0-9-]*, at most 80 characters
  country,        // ISO 3166-1 alpha-2
  email,
  url,            // http:// or https://
  currency,       // three capital letters
  activity_type,  // a [types.X] of the settings
};

// What a text or text-list field refers to.
enum class RefKind : uint8_t { none, advocate, story, request };

struct FieldDef {
  std::string_view name;
  FieldType type;
  uint16_t offset;  // within the record, or within the enclosing group
  bool required = false;
  TextRule rule = TextRule::any;
  RefKind ref = RefKind::none;
  std::span<const std::string_view> values = {};  // enumeration values / consent scopes
  std::span<const FieldDef> fields = {};          // members of group, windows, consents
  int64_t min = kNoInt;
  int64_t max = kNoInt;
  // The key this field was written under before it was renamed ("on",
  // which YAML 1.1 readers take for `true`): still read, with a warning,
  // and still accepted in paths; never written.
  std::string_view former_name = {};
  // Kept in memory from other fields (a story's approved_on, from its
  // latest approval): still read from files of the old form, with a
  // warning, and usable in queries and `set`; never written.
  bool derived = false;
};

struct RecordSchema {
  RecordKind kind;
  std::string_view name;    // "advocate"
  std::string_view folder;  // "advocates"
  std::span<const FieldDef> fields;
};

const RecordSchema& schema_of(RecordKind kind);
template <class R>
const RecordSchema& schema_for();
template <>
const RecordSchema& schema_for<Advocate>();
template <>
const RecordSchema& schema_for<Story>();
template <>
const RecordSchema& schema_for<Request>();
template <>
const RecordSchema& schema_for<Engagement>();

const FieldDef* find_field(std::span<const FieldDef> fields, std::string_view name);
// The field whose former name is `name`, or null.
const FieldDef* find_former_field(std::span<const FieldDef> fields, std::string_view name);

// Every dotted path of a schema ("nps.score", "consent.logo.granted"), in
// schema order; used for suggestions, queries and CSV columns.
std::vector<std::string> field_paths(const RecordSchema& schema);
// The paths that use a former field name ("nominated.on"), each with the
// field's path now ("nominated.date").
std::vector<std::pair<std::string, std::string>> former_paths(const RecordSchema& schema);

// A dotted path resolved to the field and the byte offset of its value
// within the record. For consent paths, the scope's grant is addressed.
struct ResolvedField {
  const FieldDef* def = nullptr;
  size_t offset = 0;
};
// A path may use a field's former name ("nominated.on").
std::optional<ResolvedField> resolve_path(const RecordSchema& schema, std::string_view path);
// The path with every former field name replaced by the current one
// ("nominated.on" -> "nominated.date"); other text is returned unchanged.
std::string current_path(const RecordSchema& schema, std::string_view path);

// The name of enumeration value `index` (1-based), or "" for 0.
std::string_view enum_name(const FieldDef& def, uint8_t index);
// 1-based index of `name` among the values, or 0.
uint8_t enum_index(const FieldDef& def, std::string_view name);

// Names of the typed enumerations, for messages and output.
std::string_view to_string(Stage v);
std::string_view to_string(Segment v);
std::string_view to_string(Source v);
std::string_view to_string(StoryKind v);
std::string_view to_string(StoryStatus v);
std::string_view to_string(RequestStatus v);
std::string_view to_string(Deal v);
std::string_view to_string(Outcome v);
std::string_view to_string(Scope v);
std::string_view to_string(RecordKind v);
std::optional<Scope> parse_scope(std::string_view name);

// The value lists (exactly the spellings used in files).
extern const std::span<const std::string_view> kStageNames;
extern const std::span<const std::string_view> kSegmentNames;
extern const std::span<const std::string_view> kSourceNames;
extern const std::span<const std::string_view> kStoryKindNames;
extern const std::span<const std::string_view> kStoryStatusNames;
extern const std::span<const std::string_view> kRequestStatusNames;
extern const std::span<const std::string_view> kDealNames;
extern const std::span<const std::string_view> kOutcomeNames;
extern const std::span<const std::string_view> kScopeNames;

// Raw access to a value of `def` at `base + offset`.
template <class T>
T& field_at(void* base, size_t offset) {
  return *reinterpret_cast<T*>(static_cast<unsigned char*>(base) + offset);
}
template <class T>
const T& field_at(const void* base, size_t offset) {
  return *reinterpret_cast<const T*>(static_cast<const unsigned char*>(base) + offset);
}

// True when the value at base + offset is absent / empty (and would be left
// out of a file).
bool is_empty_value(const FieldDef& def, const void* base, size_t offset);

// True when every field of two records of the schema holds the same value
// (origins are not compared).
bool same_values(const RecordSchema& schema, const void* a, const void* b);

template <class R>
bool same_record(const R& a, const R& b) {
  return same_values(schema_for<R>(), &a, &b);
}

}  // namespace advo
