// An activity type named on the command line that must be an ask
// (ask_type_arg.hpp).
#include "cli/ask_type_arg.hpp"

#include <fmt/format.h>

#include "advo/domain/suggest.hpp"
#include "advo/error.hpp"

namespace advo::cli {

const ActivityType& ask_type_arg(const Settings& settings, std::string_view name, std::string_view what,
                                 std::string_view give_note) {
  if (const ActivityType* t = ask_type(settings, name)) return *t;
  if (settings.type(name) == nullptr)
    throw UsageError(fmt::format("{}{}", what, unknown_value("activity type", name, settings.type_names())));
  throw UsageError(fmt::format("{}{} is a give; {}", what, name, give_note));
}

}  // namespace advo::cli
