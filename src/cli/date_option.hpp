// The date options of every command (--on, --date, --needed-by, --from, …)
// read through one function, so each takes the forms of the DATES section
// of advo(1) and refuses anything else with the same message.
#pragma once

#include <string_view>
#include <vector>

#include "advo/domain/assignment.hpp"
#include "advo/domain/date.hpp"
#include "advo/domain/schema.hpp"

namespace advo::cli {

// The day `text` names, counting from `today`: "--on: invalid date 'soon'
// (expected …)" as a UsageError otherwise. `flag` names the option.
Date date_option(std::string_view flag, std::string_view text, Date today);

// Rewrites the value of each assignment to a date field of `schema` from a
// typed date (+7d, friday) to YYYY-MM-DD, for options that set fields
// (`advo request new --needed-by`). An assignment whose value is no date is
// taken out, and its error returned, to be reported with the others.
std::vector<AssignmentError> resolve_date_assignments(std::vector<Assignment>& assignments, const RecordSchema& schema,
                                                      Date today);

}  // namespace advo::cli
