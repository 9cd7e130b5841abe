// The .gitattributes line of month files: written, and moved from git's
// union merge to advo's driver (cli/merge_driver.hpp).
#include "cli/merge_driver.hpp"

#include <string>

#include <doctest/doctest.h>

using namespace advo;
using namespace advo::cli;

TEST_CASE("the merge=union line of month files becomes merge=advo and other lines stay") {
  bool replaced = false;
  CHECK(with_month_files_attributes("*.png binary\nengagements/*.yaml merge=union\nCHANGES merge=union\n", replaced) ==
        "*.png binary\nengagements/*.yaml merge=advo\nCHANGES merge=union\n");
  CHECK(replaced);
  CHECK(with_month_files_attributes("engagements/*.yaml merge=union\r\n", replaced) ==
        "engagements/*.yaml merge=advo\r\n");
  CHECK(replaced);
}

TEST_CASE("the merge=advo line of month files is added once") {
  bool replaced = true;
  CHECK(with_month_files_attributes("", replaced) == "engagements/*.yaml merge=advo\n");
  CHECK_FALSE(replaced);
  CHECK(with_month_files_attributes("*.png binary", replaced) == "*.png binary\nengagements/*.yaml merge=advo\n");
  const std::string done = "engagements/*.yaml merge=advo\n";
  CHECK(with_month_files_attributes(done, replaced) == done);
  CHECK_FALSE(replaced);
}
