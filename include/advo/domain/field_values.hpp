// Turning text into typed field values and validating them. Shared by the
// file reader, `advo set`, `advo check` and the importer, so that a value
// is accepted or refused the same way everywhere.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "advo/domain/problem.hpp"
#include "advo/domain/schema.hpp"
#include "advo/domain/settings.hpp"

namespace advo {

// Plain YAML scalars that mean "no value": "", "~", "null", "Null", "NULL".
bool is_null_word(std::string_view text);

std::optional<int64_t> parse_integer(std::string_view text);
std::optional<double> parse_number(std::string_view text);
std::optional<bool> parse_boolean(std::string_view text);

// Stores `text` as the value of the scalar field `def` at base + offset
// (text, enumeration, date, integer, number, boolean). Returns an error
// message, or "" when stored.
std::string store_scalar(const FieldDef& def, void* base, size_t offset, std::string_view text);

// The canonical text of a scalar value, "" when absent.
std::string scalar_text(const FieldDef& def, const void* base, size_t offset);

// Checks that do not change what a value means: formats of ids, countries,
// e-mails, URLs and currencies, known activity types, [vocab]. Returns an
// error message or "" (an empty value is always fine here).
std::string check_text_rule(const FieldDef& def, std::string_view value, const Settings& settings);
std::string check_vocab(const FieldDef& def, std::string_view value, const Settings& settings);

// The spelling `value` has among the field's known values, when it is one
// of them typed in another case or with spaces or underscores for hyphens
// ("Financial Services" → "financial-services", "Mid Market" →
// "mid-market"): the enumeration's values, or [vocab]'s when it restricts
// the field. Otherwise the value as given.
std::string known_spelling(const FieldDef& def, std::string_view value, const Settings& settings);
// The same among `known`.
std::string spelling_among(const std::vector<std::string>& known, std::string_view value);

bool valid_country(std::string_view code);
bool valid_email(std::string_view text);
bool valid_url(std::string_view text);

// A problem with one field of a record, before it has a place in a file.
struct FieldIssue {
  std::string path;  // dotted path ("nps.score")
  int item = -1;     // index within a list, or -1
  Severity severity = Severity::error;
  std::string code;
  std::string message;
};

// Every value-level issue of a record: formats, activity types, vocab,
// date order (a window ending before it starts, expiry before grant).
std::vector<FieldIssue> validate_values(const RecordSchema& schema, const void* record, const Settings& settings);

}  // namespace advo
