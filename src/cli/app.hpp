// The advo command line: parses arguments, runs one command, and turns
// every error into its message and exit code.
#pragma once

#include <functional>
#include <iosfwd>

namespace advo::cli {

int run(int argc, char** argv, std::ostream& out, std::ostream& err);

// Runs a parsed command and turns what it throws into a message on `err`
// and an exit code: an advo Error (advo/error.hpp) its own message and
// code; running out of memory "advo: out of memory", exit 3; any other
// exception, a fault of advo itself, "advo: internal error: WHAT, please
// report", exit 3 (advo(1), EXIT STATUS).
int run_reporting_errors(std::ostream& out, std::ostream& err, const std::function<int()>& command);

}  // namespace advo::cli
