// check_program: every check, in order (check.hpp).
#include "advo/domain/check.hpp"

namespace advo {
namespace {

using CheckFn = void (*)(const Program&, Date, Findings&);

// Every check of `advo check` after check_values (the checks of one record
// each), in the order they run.
constexpr CheckFn kChecksAcross[] = {
    check_ids, check_references, check_months, check_emails, check_past_scheduled, check_requests, check_rest_rules,
    check_fatigue, check_story_rules, check_story_expiry, check_story_advocates, check_story_uses,
};

}  // namespace

void check_across_records(const Program& program, Date today, Findings& out) {
  for (CheckFn check : kChecksAcross) check(program, today, out);
}

Findings check_program(const Program& program, Date today) {
  Findings out;
  check_values(program, today, out);
  check_across_records(program, today, out);
  return out;
}

}  // namespace advo
