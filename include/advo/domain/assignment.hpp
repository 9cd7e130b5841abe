// Changing fields of any record by assignments, as `advo set` takes them:
//
//   FIELD=VALUE            a single value (`nps.score=9`,
//                          `consent.logo.granted=2026-05-01`)
//   FIELD=                 clears an optional field, a group (`limits=`)
//                          or a list
//   LIST=a,b               the whole list; LIST+=a,b adds, LIST-=a removes
//                          ("\," is a comma inside an item)
//   unavailable+=FROM..TO [REASON]   adds a window (a single day: FROM);
//   unavailable-=FROM..TO            removes the window with those days
//                                    (or FROM: the one starting that day)
//   consent.SCOPE=GRANTED[..EXPIRES] a grant in one go; consent.SCOPE=
//                                    withdraws it
//
// Values are converted exactly as the file reader converts them
// (store_scalar) and the changed record is validated exactly as
// `advo check` validates values (validate_values). Every invalid
// assignment is reported, and then nothing is changed.
#pragma once

#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "advo/domain/field_values.hpp"
#include "advo/domain/schema.hpp"
#include "advo/domain/settings.hpp"

namespace advo {

enum class AssignOp : uint8_t { set, add, remove };

struct Assignment {
  std::string text;  // as written, for messages
  std::string path;
  AssignOp op = AssignOp::set;
  std::string value;
};

// "FIELD=VALUE", "FIELD+=VALUE", "FIELD-=VALUE"; nullopt when the text has
// no '=' after a field name.
std::optional<Assignment> parse_assignment(std::string_view text);

struct AssignmentError {
  std::string assignment;  // the assignment's text
  std::string message;
};

struct Program;

// Whether `program` holds a record of `kind` with the id `id` (any id for
// RefKind::none): what AssignmentRules::exists asks when references must
// name records of a program.
bool names_record(const Program& program, RefKind kind, std::string_view id);

struct AssignmentRules {
  // Fields that may not be assigned here, with the reason (e.g. "stage":
  // "use 'advo stage'"). `id` never may: it is the file name.
  std::vector<std::pair<std::string, std::string>> locked;
  // When set, ids assigned to reference fields must name existing records.
  std::function<bool(RefKind, std::string_view id)> exists;
  // When set, rules of the record as a whole (a story's approval dates),
  // checked after the assignments like the field values are: an error
  // they bring in is blamed on the last assignment to its field, else on
  // the last assignment.
  std::function<std::vector<FieldIssue>(const void* record)> validate;
  // When set, the values other records already hold in a list field
  // without a [vocab] (products, use_cases …): an item typed in another
  // case or with spaces for hyphens is written as they spell it.
  std::function<std::vector<std::string>(std::string_view path)> values_in_use;
};

// Applies the assignments in order to the record at `record` (of
// `schema`). Returns every invalid assignment; when there is one, the
// record may be half-changed: use the typed overload, which applies to a
// copy.
std::vector<AssignmentError> apply_assignments_in_place(const RecordSchema& schema, void* record,
                                                        std::span<const Assignment> assignments,
                                                        const Settings& settings, const AssignmentRules& rules = {});

// All or nothing: `record` changes only when every assignment is valid.
template <class R>
std::vector<AssignmentError> apply_assignments(R& record, std::span<const Assignment> assignments,
                                               const Settings& settings, const AssignmentRules& rules = {}) {
  R copy = record;
  auto errors = apply_assignments_in_place(schema_for<R>(), &copy, assignments, settings, rules);
  if (errors.empty()) record = copy;
  return errors;
}

// The names `set` accepts for a schema: every dotted path, group names,
// list-of-map fields and consent scopes ("consent.logo").
std::vector<std::string> assignable_paths(const RecordSchema& schema);

}  // namespace advo
