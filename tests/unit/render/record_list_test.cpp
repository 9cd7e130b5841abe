#include "advo/render/record_list.hpp"

#include <doctest/doctest.h>

#include "../test_records.hpp"
#include "advo/error.hpp"

using namespace advo;

namespace {

struct Fixture {
  std::vector<Advocate> advocates;
  std::vector<const Advocate*> records;

  Fixture() {
    advocates.push_back(test::record_from<Advocate>(
        "id: b-two\nname: Zoë\ncompany: Acme\nstage: active\nnps: {score: 7}\nproducts: [a, b]\n"
        "unavailable: [{from: 2026-12-20, to: 2027-01-05, reason: Holidays}]\n"));
    advocates.push_back(test::record_from<Advocate>("id: a-one\nname: =cmd()\ncompany: Globex\nstage: nominated\n"));
    advocates.push_back(test::record_from<Advocate>(
        "id: c-three\nname: Ann\ncompany: \"Tab\\there\"\nstage: paused\nnps: {score: 9}\ndo_not_contact: true\n"));
    for (const Advocate& a : advocates) records.push_back(&a);
  }

  std::vector<std::string> ids() const {
    std::vector<std::string> out;
    for (const Advocate* r : records) out.push_back(r->id.str());
    return out;
  }
};

using Ids = std::vector<std::string>;

std::vector<ListColumn<Advocate>> columns() {
  return {{.title = "ID", .path = "id", .flexible = false},
          {.title = "COMPANY", .path = "company"},
          {.title = "NPS", .path = "nps.score", .align = Align::right, .flexible = false}};
}

}  // namespace

TEST_CASE("records sort by any field with empty values last") {
  Fixture f;
  order_records(f.records, ListOrder{"nps.score", false, 0});
  CHECK(f.ids() == Ids{"b-two", "c-three", "a-one"});
  order_records(f.records, ListOrder{"nps.score", true, 0});
  CHECK(f.ids() == Ids{"c-three", "b-two", "a-one"});
  order_records(f.records, ListOrder{"name", false, 0});
  CHECK(f.ids() == Ids{"a-one", "c-three", "b-two"});
  // Enumerations sort in their own order: the pipeline for stages.
  order_records(f.records, ListOrder{"stage", false, 2});
  CHECK(f.ids() == Ids{"a-one", "b-two"});
}

TEST_CASE("sorting by an unknown or composite field is refused") {
  Fixture f;
  CHECK_THROWS_WITH_AS(order_records(f.records, ListOrder{"nps.scor", false, 0}),
                       "unknown field 'nps.scor' for --sort (did you mean 'nps.score'?)", UsageError);
  CHECK_THROWS_WITH_AS(order_records(f.records, ListOrder{"nps", false, 0}),
                       "cannot sort by nps: it is not a single value (did you mean 'nps.score'?)", UsageError);
}

TEST_CASE("tables show safe cells and fit the width") {
  Fixture f;
  const auto cols = columns();
  CHECK(render_records(f.records, cols, "table", 80) ==
        "ID       COMPANY    NPS\n"
        "b-two    Acme         7\n"
        "a-one    Globex\n"
        "c-three  Tab\\there    9\n");
  CHECK(render_records({}, cols, "table", 80).empty());
}

TEST_CASE("a computed column reads the record as its own type") {
  Fixture f;
  const std::vector<ListColumn<Advocate>> cols = {
      {.title = "ID", .path = "id", .flexible = false},
      {.title = "WHO", .path = "", .text = [](const Advocate& a) { return a.name.str() + " at " + a.company.str(); }}};
  CHECK(render_records(f.records, cols, "table", 80) ==
        "ID       WHO\n"
        "b-two    Zoë at Acme\n"
        "a-one    =cmd() at Globex\n"
        "c-three  Ann at Tab\\there\n");
}

TEST_CASE("markdown has the table's columns") {
  Fixture f;
  f.records.resize(1);
  CHECK(render_records(f.records, columns(), "md", 80) ==
        "| ID | COMPANY | NPS |\n| --- | --- | ---: |\n| b-two | Acme | 7 |\n");
}

TEST_CASE("JSON is an array of whole records") {
  Fixture f;
  f.records.resize(1);
  const std::string json = render_records(f.records, columns(), "json", 80);
  CHECK(json.starts_with("[\n  {\n    \"id\": \"b-two\",\n    \"name\": \"Zoë\","));
  CHECK(json.find("\"do_not_contact\": false") != std::string::npos);
  CHECK(render_records({}, columns(), "json", 80) == "[]\n");
}

TEST_CASE("CSV has every field as a dotted column") {
  Fixture f;
  const std::string csv = render_records(f.records, columns(), "csv", 80);
  const std::string header = csv.substr(0, csv.find("\r\n"));
  CHECK(header.starts_with("id,name,title,company,"));
  CHECK(header.find(",nps.score,nps.date,moved_to,moved_from,consent.logo.granted,consent.logo.expires,") != std::string::npos);
  CHECK(header.ends_with(",unavailable,do_not_contact,commitment.activities,commitment.until,commitment.note,"
                         "verified_on,tags,notes"));
  CHECK(csv.find("b-two,Zoë,,Acme,") != std::string::npos);
  CHECK(csv.find(",\"a;b\",") != std::string::npos);
  CHECK(csv.find(",2026-12-20..2027-01-05 Holidays,false,") != std::string::npos);
  CHECK(csv.find("a-one,'=cmd(),") != std::string::npos);  // no formula reaches a spreadsheet
}

TEST_CASE("field text joins lists and writes booleans") {
  Fixture f;
  CHECK(field_text(f.advocates[0], "products") == "a, b");
  CHECK(field_text(f.advocates[0], "unavailable") == "2026-12-20..2027-01-05 Holidays");
  CHECK(field_text(f.advocates[2], "do_not_contact") == "true");
  CHECK(field_text(f.advocates[0], "nps") == "");
  CHECK(field_text(f.advocates[0], "nope") == "");
}
