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

TEST_CASE("optional columns are left out when shrinking is not enough") {
  Table t({{"ID", Align::left, false}, {"NAME", Align::left, true, 8, true}, {"CITY", Align::left, true, 6, true},
           {"N", Align::right, false}});
  t.add_row({"a-very-long-identifier", "Jane Doe", "Springfield", "7"});
  CHECK(t.render(80) == "ID                      NAME      CITY         N\n"
                        "a-very-long-identifier  Jane Doe  Springfield  7\n");
  // 22 + 8 + 6 + 1 and the gaps are 43: CITY shrinks to 6 first.
  CHECK(t.render(43) == "ID                      NAME      CITY    N\n"
                        "a-very-long-identifier  Jane Doe  Sprin…  7\n");
  // Below that, CITY (the rightmost optional column) goes, then NAME.
  CHECK(t.render(35) == "ID                      NAME      N\n"
                        "a-very-long-identifier  Jane Doe  7\n");
  CHECK(t.render(26) == "ID                      N\na-very-long-identifier  7\n");
}

TEST_CASE("cut_last columns are cut only when no optional column is left") {
  Column id{"ID", Align::left, true, 12};
  id.cut_last = true;
  Table t({id, {"NAME", Align::left, true, 8, true}, {"N", Align::right, false}});
  t.add_row({"a-very-long-identifier", "Jane Doe", "7"});
  CHECK(t.render(35) == "ID                      NAME      N\n"
                        "a-very-long-identifier  Jane Doe  7\n");
  CHECK(t.render(30) == "ID                      N\na-very-long-identifier  7\n");
  CHECK(t.render(20) == "ID                 N\na-very-long-iden…  7\n");
  CHECK(t.render(10) == "ID            N\na-very-long…  7\n");
}
