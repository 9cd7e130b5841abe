// The exit code of each kind of domain error (domain_error_exit.hpp).
#include "cli/domain_error_exit.hpp"

namespace advo::cli {

ExitCode exit_code_of(DomainErrorKind kind) {
  switch (kind) {
    case DomainErrorKind::unknown_id:
    case DomainErrorKind::ambiguous_prefix:
    case DomainErrorKind::unknown_name:
    case DomainErrorKind::invalid_value: return ExitCode::usage;
  }
  return ExitCode::usage;
}

}  // namespace advo::cli
