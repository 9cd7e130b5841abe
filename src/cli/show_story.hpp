// advo show for a story: the record, then whether it is usable today (and
// why not) and the requests and engagements that use it, as YAML comment
// lines or under "usage" in JSON.
#pragma once

#include <string>

#include "advo/domain/program.hpp"
#include "cli/context.hpp"

namespace advo::cli {

void show_story(Context& ctx, const Program& program, const Story& story, const std::string& format);

}  // namespace advo::cli
