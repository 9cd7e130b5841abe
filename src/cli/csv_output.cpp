// CSV on a terminal made safe, elsewhere byte-exact; see csv_output.hpp.
#include "cli/csv_output.hpp"

#include <ostream>

#include <unistd.h>

#include "advo/render/csv.hpp"

namespace advo::cli {

void write_output(Context& ctx, std::string_view format, std::string_view text) {
  if (format == "csv" && ::isatty(STDOUT_FILENO) == 1)
    ctx.out() << csv_for_terminal(text);
  else
    ctx.out() << text;
}

}  // namespace advo::cli
