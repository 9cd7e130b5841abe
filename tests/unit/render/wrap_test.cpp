#include "advo/render/wrap.hpp"

#include <doctest/doctest.h>

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
