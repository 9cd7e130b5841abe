// What the command line makes of an exception a command throws: its
// message on stderr and the exit code advo(1) documents.
#include "cli/app.hpp"

#include <filesystem>
#include <new>
#include <sstream>
#include <stdexcept>

#include <doctest/doctest.h>

#include "advo/error.hpp"

using namespace advo;
using namespace advo::cli;

TEST_CASE("a command's result is its exit code") {
  std::ostringstream out, err;
  CHECK(run_reporting_errors(out, err, [] { return 1; }) == 1);
  CHECK(err.str().empty());
}

TEST_CASE("an advo error is its message and its exit code") {
  std::ostringstream out, err;
  CHECK(run_reporting_errors(out, err, []() -> int { throw RefusedError("the lock is held"); }) == 4);
  CHECK(err.str() == "advo: the lock is held\n");
}

TEST_CASE("running out of memory is exit 3") {
  std::ostringstream out, err;
  CHECK(run_reporting_errors(out, err, []() -> int { throw std::bad_alloc(); }) == 3);
  CHECK(err.str() == "advo: out of memory\n");
}

TEST_CASE("any other exception is an internal error to report with exit 3") {
  std::ostringstream out, err;
  CHECK(run_reporting_errors(out, err, []() -> int { throw std::out_of_range("map::at"); }) == 3);
  CHECK(err.str() == "advo: internal error: map::at, please report\n");

  std::ostringstream out2, err2;
  const int code = run_reporting_errors(out2, err2, []() -> int {
    throw std::filesystem::filesystem_error("cannot stat", std::filesystem::path("a\x1b[2Jb"),
                                            std::make_error_code(std::errc::permission_denied));
  });
  CHECK(code == 3);
  // The message names a path: shown escaped, as every message is.
  CHECK(err2.str().starts_with("advo: internal error: "));
  CHECK(err2.str().ends_with(", please report\n"));
  CHECK(err2.str().find('\x1b') == std::string::npos);
}
