#include "advo/os/process.hpp"

#include <doctest/doctest.h>

using namespace advo;

TEST_CASE("run_process feeds standard input and collects both outputs") {
  const ProcessResult r =
      run_process({"sh", "-c", "cat; echo oops >&2; exit 3"}, current_environment(), {}, "line one\nline two\n");
  CHECK(r.started);
  CHECK(r.status == 3);
  CHECK(r.out == "line one\nline two\n");
  CHECK(r.err == "oops\n");
}

TEST_CASE("run_process runs in the folder given and reports a missing program") {
  const ProcessResult here = run_process({"pwd"}, current_environment(), "/");
  CHECK(here.out == "/\n");
  const ProcessResult missing = run_process({"advo-no-such-program"}, current_environment());
  CHECK_FALSE(missing.started);
}

TEST_CASE("run_process drains large outputs without blocking") {
  const ProcessResult r = run_process({"sh", "-c", "head -c 300000 /dev/zero"}, current_environment());
  CHECK(r.status == 0);
  CHECK(r.out.size() == 300000);
}

TEST_CASE("find_executable looks only in the PATH of the environment given") {
  CHECK(find_executable("sh", {"PATH=/bin:/usr/bin"}).has_value());
  CHECK_FALSE(find_executable("sh", {"PATH=/nonexistent"}).has_value());
  CHECK(find_executable("./x", {}) == std::filesystem::path("./x"));
}
