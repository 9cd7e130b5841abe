#include "advo/storage/record_text.hpp"

#include <doctest/doctest.h>

#include "advo/domain/records.hpp"

using namespace advo;

namespace {
std::vector<std::string> messages(const RecordText& t) {
  std::vector<std::string> out;
  for (const Problem& p : t.problems) out.push_back(to_string(p.where) + ": " + p.message);
  return out;
}
}  // namespace

TEST_CASE("a valid text gives the record without problems") {
  Settings settings;
  Advocate a{};
  const RecordText t = parse_record_text("id: jane\nname: Jane\ncompany: Acme\nstage: active\n", schema_for<Advocate>(),
                                         settings, "copy.yaml", &a);
  CHECK(t.problems.empty());
  CHECK(a.name.view() == "Jane");
  CHECK(to_string(t.where("stage")) == "copy.yaml:4:8");
  CHECK(to_string(t.where("missing")) == "copy.yaml:1:1");
}

TEST_CASE("every problem of the text is placed at its line and column") {
  Settings settings;
  settings.vocab["industry"] = {"retail"};
  Advocate a{};
  const RecordText t = parse_record_text(
      "id: jane\nname: Jane\nemial: x\ncompany: Acme\nindustry: helthcare\nstage: activ\ncountry: de\n",
      schema_for<Advocate>(), settings, "copy.yaml", &a);
  CHECK(messages(t) == std::vector<std::string>{
                           "copy.yaml:3:1: unknown key 'emial' in advocate (did you mean 'email'?)",
                           "copy.yaml:5:11: unknown industry 'helthcare'; known: retail",
                           "copy.yaml:6:8: unknown stage 'activ' (did you mean 'active'?); known: nominated, "
                           "qualified, active, paused, alumni, declined",
                           "copy.yaml:7:10: country 'de' must be upper case ('DE')",
                       });
  CHECK(t.has_errors());
}

TEST_CASE("syntax errors and texts that are not records") {
  Settings settings;
  Advocate a{};
  RecordText t = parse_record_text("id: jane\nname: [\n", schema_for<Advocate>(), settings, "copy.yaml", &a);
  REQUIRE(t.problems.size() == 1);
  CHECK(t.problems[0].code == "syntax");
  CHECK(t.problems[0].where.line == 3);
  t = parse_record_text("", schema_for<Advocate>(), settings, "copy.yaml", &a);
  CHECK(messages(t) == std::vector<std::string>{"copy.yaml: empty file"});
  t = parse_record_text("- a\n", schema_for<Advocate>(), settings, "copy.yaml", &a);
  CHECK(messages(t) == std::vector<std::string>{"copy.yaml:1:1: an advocate must be a map of fields, found a list"});
  t = parse_record_text(std::string("id: a\0", 6), schema_for<Advocate>(), settings, "copy.yaml", &a);
  CHECK(messages(t) == std::vector<std::string>{"copy.yaml: the text contains NUL bytes"});
}
