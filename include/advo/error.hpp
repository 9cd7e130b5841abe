// The one error family of advo: every failure that reaches the user carries
// where it happened (file, line, column when known) and the exit code the
// product promises for its kind.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <utility>

namespace advo {

// Exit codes of advo(1), EXIT STATUS.
enum class ExitCode : int {
  ok = 0,
  no = 1,        // a check or availability test said no
  usage = 2,     // the command line was wrong
  data = 3,      // the data could not be read
  refused = 4,   // a write was refused
};

// A place in a file; line and column are 1-based, 0 when unknown.
struct Location {
  std::string file;
  uint32_t line = 0;
  uint32_t column = 0;

  bool empty() const { return file.empty(); }
};

// "FILE:LINE:COL", "FILE:LINE", "FILE" or "" depending on what is known.
std::string to_string(const Location& where);

class Error : public std::runtime_error {
 public:
  Error(ExitCode code, std::string message, Location where = {})
      : std::runtime_error(std::move(message)), code_(code), where_(std::move(where)) {}

  ExitCode code() const { return code_; }
  const Location& where() const { return where_; }
  // "FILE:LINE:COL: message", or just the message without a place.
  std::string describe() const;

 private:
  ExitCode code_;
  Location where_;
};

// A wrong command line: bad option value, unknown id, ambiguous prefix.
struct UsageError : Error {
  explicit UsageError(std::string message, Location where = {})
      : Error(ExitCode::usage, std::move(message), std::move(where)) {}
};

// Files that cannot be read or parsed.
struct DataError : Error {
  explicit DataError(std::string message, Location where = {})
      : Error(ExitCode::data, std::move(message), std::move(where)) {}
};

// A write that advo will not make: a rule without override, a held lock, a
// file changed underneath, an existing program.
struct RefusedError : Error {
  explicit RefusedError(std::string message, Location where = {})
      : Error(ExitCode::refused, std::move(message), std::move(where)) {}
};

}  // namespace advo
