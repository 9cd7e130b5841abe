// An activity type named on the command line (`advo match --type`, `advo
// rest --type`, a request's type) that must be an ask type of advo.toml:
// the rules of rest and matching apply to asks only.
#pragma once

#include <string_view>

#include "advo/domain/rest.hpp"

namespace advo::cli {

// The ask type `name`. A usage error, with `what` in front ("request ID: "
// or ""), when advo.toml defines no such type ("no activity type 'x' in
// advo.toml", with a suggestion) or when it is a give ("x is a give; " and
// `give_note`, which says why a give will not do).
const ActivityType& ask_type_arg(const Settings& settings, std::string_view name, std::string_view what,
                                 std::string_view give_note);

}  // namespace advo::cli
