#include "advo/domain/staleness.hpp"

#include <doctest/doctest.h>

#include "../test_records.hpp"

using namespace advo;

namespace {
Date day(const char* text) { return *Date::parse(text); }
Advocate advocate(const std::string& extra) {
  return test::record_from<Advocate>("id: a\nname: A\ncompany: C\n" + extra);
}
}  // namespace

TEST_CASE("a profile is stale past profile_days since it was verified") {
  Settings s;  // profile_days = 180
  const Advocate a = advocate("stage: active\nverified_on: 2026-05-01\n");
  CHECK(profile_confirmed_on(a).str() == "2026-05-01");
  CHECK_FALSE(profile_stale(a, s, day("2026-10-28")));  // 180 days
  CHECK(profile_stale(a, s, day("2026-10-29")));        // 181 days
}

TEST_CASE("an unverified profile counts from its nomination or is stale") {
  Settings s;
  const Advocate nominated = advocate("stage: nominated\nnominated: {date: 2026-11-01}\n");
  CHECK(profile_confirmed_on(nominated).str() == "2026-11-01");
  CHECK_FALSE(profile_stale(nominated, s, day("2026-11-16")));
  CHECK(profile_stale(advocate("stage: active\n"), s, day("2026-11-16")));
}

TEST_CASE("an alumni record nobody may contact is never stale") {
  Settings s;
  CHECK_FALSE(profile_stale(advocate("stage: alumni\ndo_not_contact: true\n"), s, day("2026-11-16")));
  CHECK(profile_stale(advocate("stage: alumni\n"), s, day("2026-11-16")));
  CHECK(profile_stale(advocate("stage: active\ndo_not_contact: true\n"), s, day("2026-11-16")));
}

TEST_CASE("a nomination ages past nomination_days") {
  Settings s;  // nomination_days = 7
  const Advocate a = advocate("stage: nominated\nnominated: {date: 2026-11-01}\n");
  CHECK_FALSE(nomination_aging(a, s, day("2026-11-08")));
  CHECK(nomination_aging(a, s, day("2026-11-09")));
  Advocate qualified = a;
  qualified.stage = Stage::qualified;
  CHECK_FALSE(nomination_aging(qualified, s, day("2026-12-01")));
  CHECK(nomination_aging(advocate("stage: nominated\n"), s, day("2026-11-16")));
}

TEST_CASE("a second nomination counts from its stage change") {
  Settings s;
  const Advocate a = advocate("stage: nominated\nstage_on: 2026-11-10\nnominated: {date: 2025-01-01}\n");
  CHECK(nominated_since(a).str() == "2026-11-10");
  CHECK_FALSE(nomination_aging(a, s, day("2026-11-16")));
}
