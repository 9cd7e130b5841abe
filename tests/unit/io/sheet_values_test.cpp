// The cells of a CSV sheet as the values an import gives the domain.
#include "advo/io/sheet_values.hpp"

#include <doctest/doctest.h>

#include "advo/io/column_mapping.hpp"
#include "advo/io/csv_reader.hpp"

using namespace advo;

namespace {

ImportSheet values_of(std::string_view csv, bool unmapped_to_notes = false) {
  const CsvTable table = read_csv(csv);
  REQUIRE(table.readable());
  const auto columns = map_columns(schema_for<Advocate>(), table.header, {});
  return sheet_values(schema_for<Advocate>(), table, columns, unmapped_to_notes);
}

}  // namespace

TEST_CASE("sheet cells become the values of set assignments") {
  const ImportSheet sheet = values_of(
      "First Name,Last Name,Company,Products,Country,Stage,Lead Score\n"
      "Ann,Lee,'=Hooli,analytics; dashboards,Germany,Active,87\n");
  CHECK(sheet.field_columns.at("name") == 1);
  CHECK(sheet.field_columns.at("company") == 3);
  REQUIRE(sheet.rows.size() == 1);
  const ImportRow& row = sheet.rows[0];
  CHECK(row.row == 2);
  CHECK_FALSE(row.unreadable);
  CHECK(row.problems.empty());
  std::vector<std::string> set;
  for (const Assignment& a : row.assignments) set.push_back(a.text + " " + a.path + "=" + a.value);
  CHECK(set == std::vector<std::string>{"3 company==Hooli", "4 products=analytics,dashboards", "5 country=DE",
                                        "6 stage=active", "1 name=Ann Lee"});
  CHECK(row.given == std::set<std::string>{"company", "products", "country", "stage", "name"});
  CHECK(row.note_lines.empty());
  CHECK(values_of("Name,Company,Lead Score\nAnn,Hooli,87\n", true).rows[0].note_lines ==
        std::vector<std::string>{"Lead Score: 87"});
}

TEST_CASE("sheet rows the reader could not read or whose cells are wrong") {
  const ImportSheet sheet = values_of("Name,Company,Country\nAnn,Hooli,Atlantis\nBo\nCy,Hooli,de\n");
  REQUIRE(sheet.rows.size() == 3);
  CHECK(sheet.rows[0].row == 2);
  REQUIRE(sheet.rows[0].problems.size() == 1);
  CHECK(sheet.rows[0].problems[0].column == 3);
  CHECK(sheet.rows[1].row == 3);
  CHECK(sheet.rows[1].unreadable);
  CHECK(sheet.rows[2].row == 4);
  CHECK(sheet.rows[2].assignments.back().value == "DE");
}

TEST_CASE("cells neutralised against formulas read back as written") {
  CHECK(cell_value("'=SUM(A1)") == "=SUM(A1)");
  CHECK(cell_value("'+49 30") == "+49 30");
  CHECK(cell_value("'-5") == "-5");
  CHECK(cell_value("'@x") == "@x");
  CHECK(cell_value("'tis") == "'tis");
  CHECK(cell_value("'") == "'");
}
