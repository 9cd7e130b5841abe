// Which field each column of an imported sheet fills.
//
// A heading is compared by its key: accents folded, lower case, without
// spaces, '_' and '-' ("Account_Owner", "account owner" and "ACCOUNT-OWNER"
// are all `accountowner`). In order of precedence, a column maps to
//
//   1. the field an override names for it (--map COLUMN=FIELD, or the
//      [columns] table of a mapping file); an empty FIELD ignores the column;
//   2. the field whose dotted path it names ("email", "nps.score", "NPS
//      Score", "consent.logo.granted");
//   3. the field a common CRM heading stands for ("Account Name" → company,
//      "Job Title" → title, "Mailing Country" → country; see
//      crm_headings), the earlier heading of the table first.
//
// For advocates, "First Name" and "Last Name" (the pseudo-fields
// first_name and last_name) are joined into the name when no column gives
// the name whole. A field filled by one column is not filled by another:
// the later or weaker column is left unmapped, with the reason.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "advo/domain/domain_error.hpp"
#include "advo/domain/schema.hpp"

namespace advo {

enum class ColumnUse : uint8_t {
  field,       // fills `path`
  first_name,  // the first part of an advocate's name
  last_name,   // the last part of an advocate's name
  ignored,     // an override said so
  unmapped,    // no field: listed, and kept in notes when asked
};

struct ColumnTarget {
  ColumnUse use = ColumnUse::unmapped;
  std::string path;    // the field filled, for ColumnUse::field
  std::string reason;  // why an unmapped column is (e.g. "name is taken by column A")
  bool overridden = false;
};

// A COLUMN=FIELD given on the command line or in a mapping file.
struct ColumnOverride {
  std::string column;  // a heading of the sheet
  std::string field;   // a field path, first_name, last_name, or "" to ignore
  std::string origin;  // where it was given, for messages ("--map", "map.toml:4")
};

// The key headings are compared by.
std::string heading_key(std::string_view heading);

// The fields an import into `schema` can fill: every dotted path of a
// single value or list (not groups), plus first_name and last_name for
// advocates.
std::vector<std::string> importable_fields(const RecordSchema& schema);

// One column per heading. Throws DomainError for an override that names no
// heading of the sheet (or several), a field the schema does not have, or
// two overrides filling the same field.
std::vector<ColumnTarget> map_columns(const RecordSchema& schema, std::span<const std::string> header,
                                      std::span<const ColumnOverride> overrides);

// The CRM headings recognised for a record type, strongest first.
struct CrmHeading {
  std::string_view heading;  // as CRMs write it: "Account Name"
  std::string_view path;     // the field: "company"
};
std::span<const CrmHeading> crm_headings(RecordKind kind);

}  // namespace advo
