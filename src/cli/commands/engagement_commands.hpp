// The sub-commands of `advo engagement` (engagement.cpp): each in its own
// file.
#pragma once

#include "cli/command.hpp"

namespace advo::cli {

Runner setup_engagement_done(CommandOptions& app);
Runner setup_engagement_cancel(CommandOptions& app);
Runner setup_engagement_delete(CommandOptions& app);
Runner setup_engagement_set(CommandOptions& app);

}  // namespace advo::cli
