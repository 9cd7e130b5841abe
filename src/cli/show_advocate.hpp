// advo show for an advocate: the record, then facts derived from the
// engagement log (last ask, recent asks and gives, next available day per
// ask type) as YAML comment lines or under "activity" in JSON.
#pragma once

#include <string>

#include "advo/domain/program.hpp"
#include "cli/context.hpp"

namespace advo::cli {

void show_advocate(Context& ctx, const Program& program, const Advocate& advocate, const std::string& format);

// Everything held about one person (an access request): the record, their
// engagements, and the requests and stories that name them.
void show_advocate_full(Context& ctx, const Program& program, const Advocate& advocate, const std::string& format);

}  // namespace advo::cli
