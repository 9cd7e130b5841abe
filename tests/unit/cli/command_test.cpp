// The format `-o FILE` is written in: --format, the file's extension, or
// the default.
#include "cli/command.hpp"

#include <doctest/doctest.h>

#include "advo/error.hpp"

using namespace advo;
using cli::format_for_file;

namespace {
const std::vector<std::string> kReport = {"table", "md", "json", "csv", "html"};
const std::vector<std::string> kExport = {"csv", "json"};
}  // namespace

TEST_CASE("without --format the extension of the file names the format in any case") {
  CHECK(format_for_file("table", false, "q3.html", kReport) == "html");
  CHECK(format_for_file("table", false, "out/q3.JSON", kReport) == "json");
  CHECK(format_for_file("table", false, "q3.Csv", kReport) == "csv");
  CHECK(format_for_file("table", false, "q3.md", kReport) == "md");
  CHECK(format_for_file("table", false, "q3.txt", kReport) == "table");
  CHECK(format_for_file("csv", false, "a.json", kExport) == "json");
}

TEST_CASE("an unknown extension or none keeps the format given or the default") {
  CHECK(format_for_file("table", false, "q3.report", kReport) == "table");
  CHECK(format_for_file("table", false, "q3", kReport) == "table");
  CHECK(format_for_file("table", false, "folder.html/q3", kReport) == "table");
  CHECK(format_for_file("md", true, "q3.report", kReport) == "md");
}

TEST_CASE("--format and the extension must agree") {
  CHECK(format_for_file("json", true, "q3.json", kReport) == "json");
  CHECK_THROWS_AS(format_for_file("csv", true, "q3.json", kReport), UsageError);
  CHECK_THROWS_WITH(format_for_file("md", true, "q3.txt", kReport),
                    "--format md clashes with -o q3.txt, which names table: give one of them, or make them agree");
}

TEST_CASE("an extension of a format the command does not write needs --format") {
  CHECK_THROWS_WITH(format_for_file("csv", false, "a.html", kExport),
                    "-o a.html names html, which this command does not write (csv or json): give --format to write "
                    "one of those anyway");
  CHECK(format_for_file("csv", true, "a.txt", kExport) == "csv");
}
