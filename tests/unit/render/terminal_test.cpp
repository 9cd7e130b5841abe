#include "advo/render/terminal.hpp"

#include <doctest/doctest.h>

using namespace advo;

TEST_CASE("control characters never reach the terminal") {
  CHECK(terminal_safe("plain José") == "plain José");
  CHECK(terminal_safe("\x1b[31mred") == "\\x1b[31mred");
  CHECK(terminal_safe("a\nb\tc") == "a\\nb\\tc");
  CHECK(terminal_safe("a\nb", true) == "a\nb");
  CHECK(terminal_safe("bell\x07") == "bell\\x07");
  CHECK(terminal_safe("c1 \xc2\x9b") == "c1 \\u009b");
  CHECK(terminal_safe("bad \xff") == "bad \\xff");
}

TEST_CASE("marks that reorder or break a line are shown escaped") {
  CHECK(terminal_safe("abc\u202Edcba") == "abc\\u202edcba");
  CHECK(terminal_safe("\u2066x\u2069") == "\\u2066x\\u2069");
  CHECK(terminal_safe("a\u2028b") == "a\\u2028b");
  CHECK(terminal_safe("dash \u2013 and \u2026") == "dash \u2013 and \u2026");
}

TEST_CASE("widths count characters and cuts end in an ellipsis") {
  CHECK(display_width("José") == 4);
  CHECK(truncate_to_width("Northwind Health", 10) == "Northwind…");
  CHECK(truncate_to_width("short", 10) == "short");
  CHECK(display_width(truncate_to_width("Müller-Lüdenscheidt", 8)) == 8);
}

TEST_CASE("colour only when asked") {
  CHECK(Style{false}.paint("x", Color::red) == "x");
  CHECK(Style{true}.paint("x", Color::red) == "\x1b[31mx\x1b[0m");
}
