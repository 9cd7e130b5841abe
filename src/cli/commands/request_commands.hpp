// The sub-commands of `advo request` (request.cpp): each in its own file.
#pragma once

#include "cli/command.hpp"

namespace advo::cli {

Runner setup_request_new(CLI::App& app);
Runner setup_request_set(CLI::App& app);
Runner setup_request_close(CLI::App& app);

}  // namespace advo::cli
