#include "advo/storage/mapping_file.hpp"

#include <doctest/doctest.h>

using namespace advo;

TEST_CASE("mapping files give columns a delimiter and what to do with unmapped columns") {
  Problems problems;
  const MappingFile m = parse_mapping_file(
      "delimiter = \"tab\"\nunmapped = \"notes\"\n\n[columns]\n\"Full Name\" = \"name\"\nLead_Score = \"\"\n",
      "map.toml", problems);
  CHECK(problems.empty());
  CHECK(m.delimiter == '\t');
  CHECK(m.unmapped_given);
  CHECK(m.unmapped_to_notes);
  REQUIRE(m.columns.size() == 2);
  CHECK(m.columns[0].column == "Full Name");
  CHECK(m.columns[0].field == "name");
  CHECK(m.columns[0].origin == "map.toml:5");
  CHECK(m.columns[1].column == "Lead_Score");
  CHECK(m.columns[1].field.empty());
}

TEST_CASE("mapping file problems are placed") {
  Problems problems;
  parse_mapping_file("delimter = \";\"\nunmapped = \"keep\"\ndelimiter = \"::\"\n[columns]\nA = 3\n", "map.toml",
                     problems);
  REQUIRE(problems.size() == 4);
  CHECK(to_string(problems[0].where) == "map.toml:1:1");
  CHECK(problems[0].message == "unknown key 'delimter' in the mapping file (did you mean 'delimiter'?)");
  CHECK(problems[1].message == "unknown unmapped choice 'keep'; known: ignore, notes");
  CHECK(problems[2].message == "delimiter must be one of \",\" \";\" \"|\" \":\" or \"tab\"");
  CHECK(to_string(problems[3].where) == "map.toml:5:5");
  CHECK(problems[3].message == "the field of column 'A' must be text (\"\" ignores the column)");

  problems.clear();
  parse_mapping_file("[columns\n", "map.toml", problems);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].code == "syntax");
}

TEST_CASE("delimiters by name") {
  CHECK(delimiter_named(";") == ';');
  CHECK(delimiter_named("tab") == '\t');
  CHECK(delimiter_named("\\t") == '\t');
  CHECK(delimiter_named("|") == '|');
  CHECK(delimiter_named("x") == 0);
  CHECK(delimiter_named(",,") == 0);
  CHECK(delimiter_named("\"") == 0);
}
