// advo show for a request: the record, then how it stands today — whether
// it is overdue or when it is due, and the current availability of each
// assigned advocate for the request's type — as YAML comment lines, or
// under "assigned" and "overdue" in JSON.
#pragma once

#include <string>

#include "advo/domain/program.hpp"
#include "cli/context.hpp"

namespace advo::cli {

void show_request(Context& ctx, const Program& program, const Request& request, const std::string& format);

}  // namespace advo::cli
