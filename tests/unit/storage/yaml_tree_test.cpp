#include "advo/storage/yaml_tree.hpp"

#include <string>

#include <doctest/doctest.h>

#include "advo/error.hpp"

using namespace advo;

TEST_CASE("the tree keeps values and quoting and positions") {
  const YamlNode n = parse_yaml("a: 1\nb: \"2\"\nc:\n  - x\n  - 'y'\nd: ~\n", "f.yaml");
  REQUIRE(n.kind == YamlNode::Kind::map);
  REQUIRE(n.map_size() == 4);
  CHECK(n.key(0).text == "a");
  CHECK(n.value(0).plain);
  CHECK_FALSE(n.value(1).plain);
  CHECK(n.value(2).kind == YamlNode::Kind::seq);
  CHECK(n.value(2).children[1].line == 5);
  CHECK(n.value(2).children[1].column == 5);
  CHECK(n.value(3).kind == YamlNode::Kind::null);
  CHECK(parse_yaml("", "f.yaml").kind == YamlNode::Kind::null);
}

TEST_CASE("syntax errors carry file and line and column") {
  try {
    parse_yaml("a: 1\nb: [1, 2\n", "broken.yaml");
    FAIL("expected an error");
  } catch (const DataError& e) {
    CHECK(e.where().file == "broken.yaml");
    CHECK(e.where().line >= 2);
    CHECK(std::string(e.what()).rfind("YAML syntax: ", 0) == 0);
  }
  CHECK_THROWS_WITH_AS(parse_yaml("a: 1\n---\nb: 2\n", "f.yaml"), "more than one YAML document in a file", DataError);
  CHECK_THROWS_WITH_AS(parse_yaml("? [a]\n: 1\n", "f.yaml"), "a map key must be a plain value", DataError);
}

TEST_CASE("limits stop hostile documents") {
  const std::string deep = std::string(100, '[') + "a" + std::string(100, ']');
  CHECK_THROWS_WITH_AS(parse_yaml(deep, "f.yaml"), "nesting deeper than 32 levels", DataError);

  // A "billion laughs": each level doubles the expansion.
  std::string laughs = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
  char prev = 'a';
  for (char c = 'b'; c <= 'z'; ++c) {
    laughs += std::string(1, c) + ": &" + c + " [";
    for (int i = 0; i < 10; ++i) laughs += std::string(i ? ", *" : "*") + prev;
    laughs += "]\n";
    prev = c;
  }
  CHECK_THROWS_WITH_AS(parse_yaml(laughs, "f.yaml"), "aliases expand past the limit of 2000000 nodes", DataError);

  YamlLimits small;
  small.max_bytes = 10;
  CHECK_THROWS_WITH_AS(parse_yaml("a: 12345678901", "f.yaml", small), "file is larger than the limit of 10 bytes", DataError);
}

TEST_CASE("aliases of a long text stop at the file size limit at the alias that went over") {
  YamlLimits limits;
  limits.max_bytes = 1000;
  const std::string text = "a: &x " + std::string(400, 'x') + "\nb:\n  - *x\n  - *x\n";
  CHECK(parse_yaml(text.substr(0, text.size() - 7), "f.yaml", limits).map_size() == 2);
  try {
    parse_yaml(text, "f.yaml", limits);
    FAIL("no error");
  } catch (const DataError& e) {
    CHECK(std::string(e.what()) == "aliases expand past the limit of 1000 bytes of text");
    CHECK(e.where().file == "f.yaml");
    CHECK(e.where().line == 4);
    CHECK(e.where().column == 5);
  }
}

TEST_CASE("aliases within the limits expand") {
  const YamlNode n = parse_yaml("a: &x [1, 2]\nb: *x\n", "f.yaml");
  REQUIRE(n.map_size() == 2);
  CHECK(n.value(1).children.size() == 2);
}
