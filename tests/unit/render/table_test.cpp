#include "advo/render/table.hpp"

#include <doctest/doctest.h>

using namespace advo;

TEST_CASE("tables align and fit the width") {
  Table t({{"ID"}, {"NAME"}, {"SCORE", Align::right, false}});
  t.add_row({"jane-doe-acme", "Jane Doe", "92.5"});
  t.add_row({"bob", "Robert Longname-Smithington", "7"});
  CHECK(t.render(80) ==
        "ID             NAME                         SCORE\n"
        "jane-doe-acme  Jane Doe                      92.5\n"
        "bob            Robert Longname-Smithington      7\n");
  CHECK(t.render(40) ==
        "ID             NAME                SCORE\n"
        "jane-doe-acme  Jane Doe             92.5\n"
        "bob            Robert Longname-S…      7\n");
}

TEST_CASE("columns empty in every row are hidden") {
  Table t({{"ID"}, {"EMPTY"}, {"X"}});
  t.add_row({"a", "", "1"});
  CHECK(t.render(80) == "ID  X\na   1\n");
}

TEST_CASE("an empty last cell leaves no trailing blanks") {
  Table t({{"ID"}, {"NOTE"}});
  t.add_row({"a", "x"});
  t.add_row({"bb", ""});
  CHECK(t.render(80) == "ID  NOTE\na   x\nbb\n");
}
