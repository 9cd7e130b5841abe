// advo show for an advocate: the record, then facts derived from the
// engagement log (last ask, recent asks and gives, next available day per
// ask type) as YAML comment lines or under "activity" in JSON.
#pragma once

#include <string>

#include "advo/domain/program.hpp"
#include "cli/context.hpp"

namespace advo::cli {

void show_advocate(Context& ctx, const Program& program, const Advocate& advocate, const std::string& format);

}  // namespace advo::cli
