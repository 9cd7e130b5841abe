// What the domain's errors mean for advo's exit status (advo(1), EXIT
// STATUS). The domain says what went wrong; this is the one place that
// says which exit code it is, so a rule never has to know it runs in a
// command line.
#pragma once

#include "advo/domain/domain_error.hpp"
#include "advo/error.hpp"

namespace advo::cli {

// Every kind is something the command line named or gave that the program
// does not have or cannot read: a usage error (exit 2).
ExitCode exit_code_of(DomainErrorKind kind);

}  // namespace advo::cli
