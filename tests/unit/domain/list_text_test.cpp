#include "advo/domain/list_text.hpp"

#include <doctest/doctest.h>

using namespace advo;

using Items = std::vector<std::string>;

TEST_CASE("lists split at commas and trim their items") {
  CHECK(split_list("a,b , c") == Items{"a", "b", "c"});
  CHECK(split_list(" a ,, b,") == Items{"a", "b"});
  CHECK(split_list("") == Items{});
  CHECK(split_list("one\\, two,three") == Items{"one, two", "three"});
  CHECK(split_list("back\\\\slash") == Items{"back\\slash"});
  CHECK(split_list("a\\b") == Items{"a\\b"});
}

TEST_CASE("joined lists escape their separator") {
  CHECK(join_list({"a", "b"}) == "a,b");
  CHECK(join_list({"one, two", "three"}) == "one\\, two,three");
  CHECK(split_list(join_list({"one, two", "x\\y"})) == Items{"one, two", "x\\y"});
  CHECK(join_list({"a;b", "c"}, ';') == "a\\;b;c");
}

TEST_CASE("lists in a spreadsheet cell split at semicolons or bars") {
  CHECK(split_cell_list("analytics; dashboards | reporting") == Items{"analytics", "dashboards", "reporting"});
  CHECK(split_cell_list(";;a;") == Items{"a"});
  CHECK(split_cell_list("cut costs 40%, saved $2M") == Items{"cut costs 40%, saved $2M"});
  CHECK(split_cell_list("a\\;b\\|c;C:\\dir") == Items{"a;b|c", "C:\\dir"});
  CHECK(join_cell_list({"a;b", "c|d", "e\\f", "g, h"}) == "a\\;b;c\\|d;e\\\\f;g, h");
  const Items tricky{"x;y", "|", "back\\", "plain"};
  CHECK(split_cell_list(join_cell_list(tricky)) == tricky);
}

TEST_CASE("date ranges") {
  std::string error;
  auto r = parse_date_range("2026-12-20..2027-01-05", error);
  REQUIRE(r);
  CHECK(r->from.str() == "2026-12-20");
  CHECK(r->to.str() == "2027-01-05");
  r = parse_date_range("2026-12-24", error);
  REQUIRE(r);
  CHECK(r->from == r->to);
  CHECK_FALSE(parse_date_range("2026-12-20..", error));
  r = parse_date_range("2026-12-20..", error, true);
  REQUIRE(r);
  CHECK_FALSE(r->to.valid());
  CHECK_FALSE(parse_date_range("..", error, true));
  CHECK_FALSE(parse_date_range("2027-01-05..2026-12-20", error));
  CHECK(error == "date range '2027-01-05..2026-12-20' ends before it starts");
  CHECK_FALSE(parse_date_range("Dec 20", error));
  CHECK(error == "invalid date 'Dec 20' (expected YYYY-MM-DD)");
}

TEST_CASE("windows read and write as FROM..TO REASON") {
  std::string error;
  auto w = parse_window("2026-12-20..2027-01-05  Parental leave ", error);
  REQUIRE(w);
  CHECK(w->reason.view() == "Parental leave");
  CHECK(window_text(*w) == "2026-12-20..2027-01-05 Parental leave");
  w = parse_window("2026-12-24", error);
  REQUIRE(w);
  CHECK(window_text(*w) == "2026-12-24..2026-12-24");
  CHECK_FALSE(parse_window("holidays", error));
  CHECK(error == "invalid window 'holidays' (expected FROM..TO or FROM..TO REASON, dates YYYY-MM-DD)");
}
