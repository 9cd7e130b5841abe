// The sub-commands of `advo request` (request.cpp): each in its own file.
#pragma once

#include "cli/command.hpp"

namespace advo::cli {

Runner setup_request_new(CommandOptions& app);
Runner setup_request_set(CommandOptions& app);
Runner setup_request_close(CommandOptions& app);

}  // namespace advo::cli
