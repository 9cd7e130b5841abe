// Reads date options through the domain's parse_date_input (see
// date_option.hpp).
#include "cli/date_option.hpp"

#include <fmt/format.h>

#include "advo/domain/date_input.hpp"
#include "advo/error.hpp"

namespace advo::cli {

Date date_option(std::string_view flag, std::string_view text, Date today) {
  const auto d = parse_date_input(text, today);
  if (!d) throw UsageError(fmt::format("{}: {}", flag, invalid_date_input(text)));
  return *d;
}

std::vector<AssignmentError> resolve_date_assignments(std::vector<Assignment>& assignments, const RecordSchema& schema,
                                                      Date today) {
  std::vector<AssignmentError> errors;
  std::erase_if(assignments, [&](Assignment& a) {
    const auto field = resolve_path(schema, a.path);
    if (!field || field->def->type != FieldType::date || a.op != AssignOp::set || a.value.empty()) return false;
    const auto d = parse_date_input(a.value, today);
    if (d) a.value = d->str();
    else errors.push_back(AssignmentError{a.text, invalid_date_input(a.value)});
    return !d;
  });
  return errors;
}

}  // namespace advo::cli
