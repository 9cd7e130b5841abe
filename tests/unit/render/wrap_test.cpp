#include "advo/render/wrap.hpp"

#include <doctest/doctest.h>

#include "advo/render/terminal.hpp"

using namespace advo;

TEST_CASE("wrap_words breaks at spaces with a hanging indent") {
  CHECK(wrap_words("one two three four", 12, 2, 4) == "  one two\n    three\n    four\n");
  CHECK(wrap_words("short", 80, 2, 4) == "  short\n");
  CHECK(wrap_words("", 80, 2, 4) == "  \n");
  // A word longer than the line stands alone; double spaces collapse.
  CHECK(wrap_words("a  averyveryverylongword b", 10, 0, 2) == "a\n  averyveryverylongword\n  b\n");
  // Width counts columns, not bytes.
  CHECK(wrap_words("Müller Müller", 13, 0, 0) == "Müller Müller\n");
}

TEST_CASE("wrap_phrases keeps a phrase in parentheses on one line") {
  // Not "(625 days" then "ago)", as wrap_words does.
  CHECK(wrap_phrases("bo: profile last verified 2025-03-01 (625 days ago)", 44, 2, 6) ==
        "  bo: profile last verified 2025-03-01\n      (625 days ago)\n");
  CHECK(wrap_words("bo: profile last verified 2025-03-01 (625 days ago)", 44, 2, 6) ==
        "  bo: profile last verified 2025-03-01 (625\n      days ago)\n");
  // A phrase wider than a line breaks at its spaces as any text.
  CHECK(wrap_phrases("x (one two three four)", 12, 0, 2) == "x (one two\n  three\n  four)\n");
  // An unclosed parenthesis joins nothing.
  CHECK(wrap_phrases("a (b c d", 5, 0, 0) == "a (b\nc d\n");
  // No limit: one line.
  CHECK(wrap_phrases("a (b c) d", kNoWidthLimit, 0, 0) == "a (b c) d\n");
}
