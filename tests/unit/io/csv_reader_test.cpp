#include "advo/io/csv_reader.hpp"

#include <random>

#include <doctest/doctest.h>
#include <fmt/format.h>

#include "../test_records.hpp"

using namespace advo;

namespace {

std::vector<std::string> cells(const CsvTable& t, size_t i) { return t.rows.at(i).cells; }

std::string problems_text(const CsvTable& t) {
  std::string out;
  for (const CsvProblem& p : t.problems) out += fmt::format("{}:{}: {}\n", p.row, p.column, p.message);
  return out;
}

}  // namespace

TEST_CASE("CSV rows of RFC 4180 with quotes and line breaks in cells") {
  const CsvTable t = read_csv("name,notes\r\n\"Doe, Jane\",\"said \"\"hi\"\"\r\nand left\"\r\nBob,plain\r\n");
  REQUIRE(t.readable());
  CHECK(t.problems.empty());
  CHECK(t.header == std::vector<std::string>{"name", "notes"});
  REQUIRE(t.rows.size() == 2);
  CHECK(cells(t, 0) == std::vector<std::string>{"Doe, Jane", "said \"hi\"\r\nand left"});
  CHECK(t.rows[0].number == 2);
  // A cell with a line break is still one spreadsheet row.
  CHECK(t.rows[1].number == 3);
  CHECK(cells(t, 1) == std::vector<std::string>{"Bob", "plain"});
  CHECK(t.last_row == 3);
}

TEST_CASE("CSV line ends LF CR and none at the end") {
  for (std::string_view text : {"a,b\n1,2\n3,4", "a,b\r1,2\r3,4\r", "a,b\r\n1,2\r\n3,4\r\n"}) {
    const CsvTable t = read_csv(text);
    REQUIRE(t.rows.size() == 2);
    CHECK(cells(t, 1) == std::vector<std::string>{"3", "4"});
  }
}

TEST_CASE("CSV byte-order mark and UTF-16") {
  const CsvTable t = read_csv("\xEF\xBB\xBFName;Stadt\nJosé;Köln\n");
  CHECK(t.byte_order_mark);
  CHECK(t.delimiter == ';');
  CHECK(t.header.front() == "Name");
  CHECK(cells(t, 0) == std::vector<std::string>{"José", "Köln"});
  const CsvTable utf16 = read_csv(std::string_view("\xFF\xFEN\0a\0", 6));
  CHECK_FALSE(utf16.readable());
  CHECK(problems_text(utf16) == "0:0: the file is UTF-16 text; save the sheet as \"CSV UTF-8\"\n");
}

TEST_CASE("CSV delimiter detected from the header row") {
  CHECK(read_csv("a;b;c\n1;2;3\n").delimiter == ';');
  CHECK(read_csv("a\tb\n1\t2\n").delimiter == '\t');
  CHECK(read_csv("a,b\n1;2\n").delimiter == ',');
  // Delimiters inside quotes do not count.
  CHECK(read_csv("\"a;b;c\",d\n").delimiter == ',');
  CHECK(read_csv("\"x,y\";z\n").delimiter == ';');
  CHECK(read_csv("single\nvalue\n").delimiter == ',');
  // A given delimiter wins.
  const CsvTable t = read_csv("a|b\n1|2\n", '|');
  CHECK(cells(t, 0) == std::vector<std::string>{"1", "2"});
  CHECK_FALSE(read_csv("a,b\n", '"').readable());
}

TEST_CASE("CSV trims unquoted cells and keeps quoted ones") {
  const CsvTable t = read_csv("a , b\n  x  ,  \"  y \"  \n");
  CHECK(t.header == std::vector<std::string>{"a", "b"});
  CHECK(cells(t, 0) == std::vector<std::string>{"x", "  y "});
  // With tab as the delimiter, tabs separate and spaces are trimmed.
  const CsvTable tabs = read_csv("a\tb\n x \t y \n", '\t');
  CHECK(cells(tabs, 0) == std::vector<std::string>{"x", "y"});
}

TEST_CASE("CSV blank rows are skipped but counted") {
  const CsvTable t = read_csv("a,b\n\n1,2\n,,\n3,4\n\n");
  REQUIRE(t.rows.size() == 2);
  CHECK(t.rows[0].number == 3);
  CHECK(t.rows[1].number == 5);
  CHECK(t.problems.empty());
}

TEST_CASE("CSV ragged rows are named by row") {
  const CsvTable t = read_csv("a,b,c\n1,2,3\n1,2\n1,2,3,4\n1,2,3,,\n");
  CHECK(problems_text(t) ==
        "3:0: the row has 2 cells but the header has 3 (a missing or extra delimiter, or a line break outside "
        "quotes?)\n"
        "4:0: the row has 4 cells but the header has 3 (a missing or extra delimiter, or a line break outside "
        "quotes?)\n");
  REQUIRE(t.rows.size() == 2);
  CHECK(t.rows[1].number == 5);
  CHECK(cells(t, 1) == std::vector<std::string>{"1", "2", "3"});
  // A trailing delimiter on the header is not a column.
  const CsvTable trailing = read_csv("a,b,\n1,2,\n");
  CHECK(trailing.header.size() == 2);
  CHECK(trailing.problems.empty());
}

TEST_CASE("CSV quote problems are named by row and column") {
  const CsvTable t = read_csv("a,b\n1,\"x\"y\n2,3\n4,\"open\n");
  CHECK(problems_text(t) ==
        "2:2: text after the closing quote of a quoted cell (a quote inside a cell is written \"\")\n"
        "4:2: a quoted cell is never closed (a '\"' is missing)\n");
  REQUIRE(t.rows.size() == 1);
  CHECK(t.rows[0].number == 3);
  // A quote inside an unquoted cell is kept.
  CHECK(cells(read_csv("a\n5\" screen\n"), 0) == std::vector<std::string>{"5\" screen"});
}

TEST_CASE("CSV text that is not UTF-8") {
  const CsvTable t = read_csv("a,b\n1,caf\xE9\n2,ok\n");
  REQUIRE(t.problems.size() == 1);
  CHECK(t.problems[0].row == 2);
  CHECK(t.problems[0].column == 2);
  CHECK(t.problems[0].message == "not UTF-8 text (save the sheet as \"CSV UTF-8\")");
  CHECK_FALSE(read_csv("caf\xE9,b\n").readable());
}

TEST_CASE("CSV cell with a NUL byte names the NUL its row and column") {
  const CsvTable nul = read_csv(std::string_view("a,b\n1,x\0y\n", 10));
  REQUIRE(nul.problems.size() == 1);
  CHECK(nul.problems[0].row == 2);
  CHECK(nul.problems[0].column == 2);
  CHECK(nul.problems[0].message ==
        "a NUL byte (\\0) at byte 2 of the cell: cells hold text, never NUL bytes (is the file a spreadsheet's "
        "binary format?)");
  const CsvTable heading = read_csv(std::string_view("a,\0b\n1,2\n", 9));
  REQUIRE(heading.problems.size() == 1);
  CHECK(heading.problems[0].row == 1);
  CHECK(heading.problems[0].column == 2);
}

TEST_CASE("CSV cells come back composed") {
  const CsvTable t = read_csv("Nam\x65\xcc\x81,b\nJose\xcc\x81,Mu\xcc\x88ller\n");
  REQUIRE(t.rows.size() == 1);
  CHECK(t.header[0] == "Nam\xc3\xa9");
  CHECK(t.rows[0].cells == std::vector<std::string>{"Jos\xc3\xa9", "M\xc3\xbcller"});
}

TEST_CASE("CSV without a usable header") {
  CHECK(problems_text(read_csv("")) == "0:0: the file is empty: a header row naming the columns is required\n");
  CHECK(problems_text(read_csv("\xEF\xBB\xBF\r\n\r\n")) ==
        "0:0: the file is empty: a header row naming the columns is required\n");
  CHECK(problems_text(read_csv(",,\na,b\n")) == "1:0: the header row is empty: the first row must name the columns\n");
  CHECK(problems_text(read_csv("\"a,b\n")) == "1:1: a quoted cell is never closed (a '\"' is missing)\n");
  std::string wide;
  for (size_t i = 0; i <= kMaxCsvColumns; ++i) wide += "c,";
  CHECK_FALSE(read_csv(wide + "d\n").readable());
}

TEST_CASE("CSV column letters") {
  CHECK(column_letter(1) == "A");
  CHECK(column_letter(26) == "Z");
  CHECK(column_letter(27) == "AA");
  CHECK(column_letter(52) == "AZ");
  CHECK(column_letter(703) == "AAA");
}

TEST_CASE("CSV reading never fails on arbitrary bytes") {
  // Random texts made of the characters that matter to the parser.
  const std::string alphabet = "a,;\t\"\r\n \xC3\xA9\xFF";
  std::mt19937 random(7);
  for (int i = 0; i < 2000; ++i) {
    std::string text;
    const size_t length = random() % 40;
    for (size_t j = 0; j < length; ++j) text.push_back(alphabet[random() % alphabet.size()]);
    const CsvTable t = read_csv(text);
    for (const CsvRow& row : t.rows) CHECK(row.cells.size() == t.header.size());
    for (const CsvProblem& p : t.problems) CHECK(p.row <= t.last_row);
  }
}
