// The exit code of each kind of domain error.
#include "cli/domain_error_exit.hpp"

#include <doctest/doctest.h>

using namespace advo;

TEST_CASE("every kind of domain error is a usage error") {
  for (DomainErrorKind kind : {DomainErrorKind::unknown_id, DomainErrorKind::ambiguous_prefix,
                               DomainErrorKind::unknown_name, DomainErrorKind::invalid_value})
    CHECK(cli::exit_code_of(kind) == ExitCode::usage);
}
