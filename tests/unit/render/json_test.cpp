#include "advo/render/json.hpp"

#include <doctest/doctest.h>

#include "../test_records.hpp"
#include "advo/render/record_json.hpp"

using namespace advo;

TEST_CASE("JSON keeps key order and escapes strings") {
  Json o = Json::object();
  o.set("b", 1);
  o.set("a", Json::array().push("x\"y\n").push(Json()).push(true));
  o.set("rate", Json::rate(1, 3));
  o.set("none", Json::rate(1, 0));
  o.set("date", Json::date(*Date::parse("2026-11-23")));
  CHECK(o.dump() ==
        "{\n  \"b\": 1,\n  \"a\": [\n    \"x\\\"y\\n\",\n    null,\n    true\n  ],\n  \"rate\": 0.3333,\n  \"none\": null,\n"
        "  \"date\": \"2026-11-23\"\n}");
  CHECK(Json::object().dump() == "{}");
  CHECK(json_quote("\x1b") == "\"\\u001b\"");
}

TEST_CASE("JSON escapes what could drive or reorder a terminal") {
  CHECK(json_quote("a\xc2\x9b" "31m") == "\"a\\u009b31m\"");
  CHECK(json_quote("x\u202Ey") == "\"x\\u202ey\"");
  CHECK(json_quote("p\u2029q\u2066") == "\"p\\u2029q\\u2066\"");
  CHECK(json_quote("José \u2013 ok \u20ac") == "\"José \u2013 ok \u20ac\"");
}

TEST_CASE("records become objects with every field") {
  const Engagement e = test::record_from<Engagement>(
      "id: e\ndate: 2026-11-02\nadvocate: jane\ntype: thank-you\noutcome: completed\n");
  CHECK(record_json(e).dump(0) ==
        "{\"id\":\"e\",\"date\":\"2026-11-02\",\"advocate\":\"jane\",\"type\":\"thank-you\",\"outcome\":\"completed\","
        "\"request\":null,\"story\":null,\"logged_by\":null,\"override\":null,\"notes\":null}");
}
