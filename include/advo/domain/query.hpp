// The query language of advo-advocates(1), for any record type: terms
// `field:value`, all of which must hold.
//
//   industry:healthcare          text: equal, ignoring case and accents;
//   name:jane*  company:*health*   '*' matches any run of characters
//   products:analytics           a list holds the value
//   stage:active,paused          either value
//   not:stage:alumni             the term does not hold
//   nps.score:9..10  verified_on:..2026-05-01   inclusive ranges, open ends
//   nps.score:>8  stage_on:<=2026-06-30   dates and numbers: < <= > >=
//   date:-30d..  needed_by:<+7d   dates as typed on the command line
//   email:   not:email:          the field is empty / is set
//   do_not_contact:true          booleans; an absent boolean is false
//   consent:logo                 a grant of that consent scope exists
//   unavailable:2026-12-24       an unavailability window covers the day
//
// Values of typed fields are checked when the query is parsed (an unknown
// stage, a bad date, a number that is not one), as are field names (the
// nearest valid one is named). Given a ReferenceLookup, the value of a field
// that refers to records (an engagement's advocate, a request's stories)
// may be a unique prefix of an id, as on the command line. Virtual fields — names that are not stored,
// such as `stale` or `available` — are supplied by the caller. A query is
// parsed once and then tested against any number of records.
#pragma once

#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "advo/domain/date.hpp"
#include "advo/domain/domain_error.hpp"
#include "advo/domain/schema.hpp"
#include "advo/domain/settings.hpp"

namespace advo {

// A test of one record (of the schema the query was parsed for).
using RecordTest = std::function<bool(const void* record)>;

struct VirtualField {
  std::string name;         // "available"
  std::string value_hint;   // "TYPE", "true|false"
  std::string description;  // one line, for help and messages
  // The test for one term's value; throws DomainError when the value makes
  // no sense for the field.
  std::function<RecordTest(std::string_view value)> compile;
};

// The id a value of a reference field stands for (`jane-doe` →
// `jane-doe-northwind-health`); throws DomainError for an ambiguous prefix.
using ReferenceLookup = std::function<std::string(RefKind kind, std::string_view value)>;

// A virtual field that holds or not: `name:true` / `name:false`.
VirtualField flag_field(std::string name, std::string description, RecordTest holds);

namespace query_detail {
enum class Op : uint8_t { equal, less, less_equal, greater, greater_equal, range, empty };

struct Pattern {
  std::string key;  // folded_key of the value
  bool glob = false;
};

struct Term {
  std::string text;  // as written, for messages
  bool negate = false;
  Op op = Op::equal;
  const FieldDef* def = nullptr;  // null for a virtual field
  size_t offset = 0;
  std::vector<Pattern> patterns;  // text and text-list fields
  std::vector<double> keys;       // other fields: dates as days, enumerations as index, …
  double low = 0;                 // range ends (NaN when open)
  double high = 0;
  RecordTest test;  // virtual fields
  // Results per interned text, so each distinct value is folded once.
  mutable std::unordered_map<uint32_t, bool> memo;
};
}  // namespace query_detail

class Query {
 public:
  Query() = default;  // matches every record

  // Parses query words; each word holds one term or several separated by
  // spaces, and double quotes keep spaces in a value
  // (`company:"Northwind Health"`). `settings` (optional) lets values of
  // activity types, countries and [vocab] fields be checked; `references`
  // (optional) expands id prefixes in reference fields. `today` (optional)
  // lets dates be typed as on the command line (date:>-30d, needed_by:<friday;
  // see date_input.hpp); without it a date is YYYY-MM-DD. Throws DomainError
  // for anything that is not a valid term.
  static Query parse(const RecordSchema& schema, std::span<const std::string> words, const Settings* settings = nullptr,
                     std::span<const VirtualField> virtuals = {}, const ReferenceLookup& references = {},
                     Date today = Date());

  bool matches(const void* record) const;
  template <class R>
  bool operator()(const R& record) const {
    return matches(static_cast<const void*>(&record));
  }

  bool empty() const { return terms_.empty(); }
  size_t size() const { return terms_.size(); }

 private:
  std::vector<query_detail::Term> terms_;
};

// The names a query on `schema` accepts: every dotted path, the names of
// groups and of list-of-map fields, then the virtual fields.
std::vector<std::string> query_field_names(const RecordSchema& schema, std::span<const VirtualField> virtuals = {});

}  // namespace advo
