// The program of tests/cli/fixtures/report, loaded once, for the unit tests
// of the report's measures. Its numbers are worked out by hand in the tests.
#pragma once

#include <doctest/doctest.h>

#include "advo/domain/report_period.hpp"
#include "advo/storage/loader.hpp"

namespace advo::test {

inline const Program& report_fixture() {
  static const LoadedProgram loaded = [] {
    LoadedProgram l = load_program(ADVO_TEST_FIXTURES "/report", "", LoadOptions{.use_cache = false});
    REQUIRE_FALSE(l.has_errors());
    return l;
  }();
  return loaded.program;
}

inline Date day(const char* text) { return *Date::parse(text); }

// 2026-Q3, as `advo report --period 2026-Q3` sees it on 2026-11-16: the
// as-of day is the period's end, 2026-09-30.
inline Period q3() { return Period{day("2026-07-01"), day("2026-09-30"), "2026-Q3"}; }

}  // namespace advo::test
