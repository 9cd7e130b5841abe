#include "advo/domain/check.hpp"

namespace advo {
namespace {

using CheckFn = void (*)(const Program&, Date, Findings&);

// Every check of `advo check`, in the order they run.
constexpr CheckFn kChecks[] = {
    check_values, check_ids, check_references, check_months, check_emails, check_past_scheduled, check_requests, check_rest_rules,
    check_fatigue, check_story_rules, check_story_expiry, check_story_advocates, check_story_uses,
};

}  // namespace

Findings check_program(const Program& program, Date today) {
  Findings out;
  for (CheckFn check : kChecks) check(program, today, out);
  return out;
}

}  // namespace advo
