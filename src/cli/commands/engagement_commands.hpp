// The sub-commands of `advo engagement` (engagement.cpp): each in its own
// file.
#pragma once

#include "cli/command.hpp"

namespace advo::cli {

Runner setup_engagement_done(CLI::App& app);
Runner setup_engagement_cancel(CLI::App& app);
Runner setup_engagement_delete(CLI::App& app);
Runner setup_engagement_set(CLI::App& app);

}  // namespace advo::cli
