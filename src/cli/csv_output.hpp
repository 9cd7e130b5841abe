// Writing a command's output in the format asked for, with CSV shown safely
// on a terminal: record values there can carry escape sequences, which a
// terminal would run. CSV to a pipe or a file stays byte-exact data.
#pragma once

#include <string_view>

#include "cli/context.hpp"

namespace advo::cli {

// Writes `text` to ctx.out(); when `format` is "csv" and standard output
// is a terminal, as csv_for_terminal shows it.
void write_output(Context& ctx, std::string_view format, std::string_view text);

}  // namespace advo::cli
