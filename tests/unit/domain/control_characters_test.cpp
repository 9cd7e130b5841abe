#include "advo/domain/control_characters.hpp"

#include <doctest/doctest.h>

using namespace advo;

TEST_CASE("control characters are found with their position in characters") {
  const auto esc = first_control_character("Jos\xc3\xa9 \x1b[2J", false);
  REQUIRE(esc);
  CHECK(esc->code_point == 0x1B);
  CHECK(esc->position == 6);
  CHECK(first_control_character("a\x7f", false)->code_point == 0x7F);
  CHECK(first_control_character("a\xc2\x9b" "31m", false)->code_point == 0x9B);
  CHECK(first_control_character("gnp\xe2\x80\xae.exe", false)->code_point == 0x202E);
  CHECK(first_control_character("x\xe2\x81\xa6y", false)->code_point == 0x2066);
  CHECK_FALSE(first_control_character("Jos\xc3\xa9 M\xc3\xbcller \xe2\x80\x94 ok", false));
  CHECK_FALSE(first_control_character("", false));
}

TEST_CASE("newlines and tabs are text only in multi-line fields") {
  CHECK(first_control_character("a\nb", false)->code_point == '\n');
  CHECK(first_control_character("a\tb", false)->code_point == '\t');
  CHECK_FALSE(first_control_character("line one\nline\ttwo", true));
  CHECK(first_control_character("line one\r\nline two", true)->code_point == '\r');
  CHECK(first_control_character("a\nb\x07", true)->position == 4);
}

TEST_CASE("control characters are named") {
  CHECK(control_character_name(0x1B) == "U+001B (ESC)");
  CHECK(control_character_name(0x0A) == "U+000A (newline)");
  CHECK(control_character_name(0x7F) == "U+007F (DEL)");
  CHECK(control_character_name(0x85) == "U+0085 (C1 control)");
  CHECK(control_character_name(0x202E) == "U+202E (right-to-left override)");
}
