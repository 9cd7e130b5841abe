#include "cli/typed_text.hpp"

#include <doctest/doctest.h>

#include "cli/completion.hpp"

using namespace advo::cli;

TEST_CASE("typed words are composed and file names kept") {
  clear_completions();
  CLI::App app("test");
  std::string dir, name, company, file, output;
  app.add_option("-C,--dir", dir)->option_text("DIR");
  CLI::App* sub = app.add_subcommand("nominate");
  sub->add_option("NAME", name);
  sub->add_option("--company", company);
  sub->add_option("-o,--output", output)->option_text("FILE");
  CLI::App* import = app.add_subcommand("import");
  complete_files(OptionRef(import->add_option("FILE", file)));
  std::string mapping;
  import->add_option("--mapping", mapping)->option_text("FILE.toml");

  const std::string nfd = "Jose\xcc\x81";
  const std::string nfc = "Jos\xc3\xa9";
  const std::vector<std::string> words = {"-C", nfd, "nominate", nfd, "--company", nfd, "-o", nfd, "--company=" + nfd};
  CHECK(composed_words(app, words) ==
        std::vector<std::string>{"-C", nfd, "nominate", nfc, "--company", nfc, "-o", nfd, "--company=" + nfc});
  const std::vector<std::string> import_words = {"import", nfd, "--mapping", nfd};
  CHECK(composed_words(app, import_words) == std::vector<std::string>{"import", nfd, "--mapping", nfd});
  clear_completions();
}
