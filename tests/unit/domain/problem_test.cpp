// Comparing the problems of a check with those of an earlier one.
#include "advo/domain/problem.hpp"

#include <cstdint>
#include <string>
#include <vector>

#include <doctest/doctest.h>

using namespace advo;

namespace {

Problem warning_at(const std::string& file, uint32_t line, const std::string& code, const std::string& message) {
  Problem p;
  p.where.file = file;
  p.where.line = line;
  p.severity = Severity::warning;
  p.code = code;
  p.message = message;
  return p;
}

}  // namespace

TEST_CASE("a warning found before is old though its line moved") {
  const Problems before = {warning_at("stories/a.yaml", 4, "story-expiring", "approval ends 2026-12-20")};
  const Problems now = {warning_at("stories/a.yaml", 9, "story-expiring", "approval ends 2026-12-20"),
                        warning_at("stories/b.yaml", 4, "story-expiring", "approval ends 2026-12-20")};
  CHECK(warnings_found_before(now, before) == std::vector<bool>{true, false});
}

TEST_CASE("a warning is new when its code or message differs from the one before") {
  const Problems before = {warning_at("a.yaml", 1, "fatigue", "5 asks")};
  CHECK(warnings_found_before({warning_at("a.yaml", 1, "fatigue", "6 asks")}, before) == std::vector<bool>{false});
  CHECK(warnings_found_before({warning_at("a.yaml", 1, "other", "5 asks")}, before) == std::vector<bool>{false});
}

TEST_CASE("each warning before stands for one warning now") {
  const Problems before = {warning_at("a.yaml", 1, "control-character", "ESC in title")};
  const Problems now = {warning_at("a.yaml", 1, "control-character", "ESC in title"),
                        warning_at("a.yaml", 7, "control-character", "ESC in title")};
  CHECK(warnings_found_before(now, before) == std::vector<bool>{true, false});
}

TEST_CASE("errors are never old") {
  Problem error = warning_at("a.yaml", 2, "syntax", "bad");
  error.severity = Severity::error;
  CHECK(warnings_found_before({error}, {error}) == std::vector<bool>{false});
  CHECK(warnings_found_before({}, {error}).empty());
}
