// The advo command line: parses arguments, runs one command, and turns
// every error into its message and exit code.
#pragma once

#include <iosfwd>

namespace advo::cli {

int run(int argc, char** argv, std::ostream& out, std::ostream& err);

}  // namespace advo::cli
