#include "advo/render/csv.hpp"

#include <doctest/doctest.h>

#include "advo/render/markdown.hpp"

using namespace advo;

TEST_CASE("CSV quotes when needed and neutralises formulas") {
  CHECK(csv_field("plain") == "plain");
  CHECK(csv_field("a,b") == "\"a,b\"");
  CHECK(csv_field("say \"hi\"") == "\"say \"\"hi\"\"\"");
  CHECK(csv_field("two\nlines") == "\"two\nlines\"");
  CHECK(csv_field("=1+1") == "'=1+1");
  CHECK(csv_field("+49 30") == "'+49 30");
  CHECK(csv_field("@SUM(A1)") == "'@SUM(A1)");
  CHECK(csv_field("-2") == "'-2");
  CHECK(csv_field("\tx") == "\"'\tx\"");
  CHECK(csv_row({"a", "b c", ""}) == "a,b c,\r\n");
}

TEST_CASE("markdown cells cannot break the table") {
  CHECK(markdown_cell("a|b") == "a\\|b");
  CHECK(markdown_cell("<script>") == "\\<script\\>");
  CHECK(markdown_table({"A", "B"}, {{"1", "x"}}, {true, false}) == "| A | B |\n| ---: | --- |\n| 1 | x |\n");
}

TEST_CASE("CSV for a terminal escapes control characters and keeps rows") {
  CHECK(csv_for_terminal("a,b\r\n\"x\x1b]0;t\x07\",\"1\n2\"\r\n") == "a,b\r\n\"x\\x1b]0;t\\x07\",\"1\n2\"\r\n");
  CHECK(csv_for_terminal("Evil\rCorp \xe2\x80\xae,\xc2\x9b") == "Evil\\x0dCorp \\u202e,\\u009b");
  CHECK(csv_for_terminal("") == "");
}
