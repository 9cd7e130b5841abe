// The errors the domain's rules raise: a name that names no record, a
// prefix that names several, a value that is not one the rule accepts.
// They say what went wrong in the program's terms; the command line
// decides what they mean for the process (its exit code, advo(1) EXIT
// STATUS), in one place.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <utility>

namespace advo {

enum class DomainErrorKind : uint8_t {
  unknown_id,        // no record has that id or id prefix
  ambiguous_prefix,  // an id prefix that several records share
  unknown_name,      // a field, column or activity type that does not exist
  invalid_value,     // a value or query the rule cannot read: a period, a date, a term
};

class DomainError : public std::runtime_error {
 public:
  DomainError(DomainErrorKind kind, std::string message) : std::runtime_error(std::move(message)), kind_(kind) {}

  DomainErrorKind kind() const { return kind_; }

 private:
  DomainErrorKind kind_;
};

}  // namespace advo
