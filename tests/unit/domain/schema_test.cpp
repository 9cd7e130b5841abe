// Tests of the record schemas: paths, and the former names of renamed fields.
#include "advo/domain/schema.hpp"

#include <algorithm>

#include <doctest/doctest.h>

using namespace advo;

TEST_CASE("the dates of nominated and nps are called date and their old name 'on' still resolves") {
  const RecordSchema& schema = schema_for<Advocate>();
  const std::vector<std::string> paths = field_paths(schema);
  CHECK(std::find(paths.begin(), paths.end(), "nominated.date") != paths.end());
  CHECK(std::find(paths.begin(), paths.end(), "nps.date") != paths.end());
  CHECK(std::find(paths.begin(), paths.end(), "nps.on") == paths.end());
  const auto now = resolve_path(schema, "nominated.date");
  const auto old = resolve_path(schema, "nominated.on");
  REQUIRE(now);
  REQUIRE(old);
  CHECK(now->def == old->def);
  CHECK(now->offset == old->offset);
  CHECK_FALSE(resolve_path(schema, "on"));
}

TEST_CASE("current_path replaces former names and leaves other text alone") {
  const RecordSchema& schema = schema_for<Advocate>();
  CHECK(current_path(schema, "nominated.on") == "nominated.date");
  CHECK(current_path(schema, "nps.on") == "nps.date");
  CHECK(current_path(schema, "nps.date") == "nps.date");
  CHECK(current_path(schema, "consent.logo.granted") == "consent.logo.granted");
  CHECK(current_path(schema, "stage_on") == "stage_on");
  CHECK(current_path(schema, "Nomination Date") == "Nomination Date");
  CHECK(current_path(schema, "on") == "on");
  CHECK(current_path(schema, "name.on") == "name.on");
}
