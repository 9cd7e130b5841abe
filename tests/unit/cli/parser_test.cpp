#include "cli/parser.hpp"

#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "cli/command_line.hpp"
#include "cli/completion.hpp"

using namespace advo;
using namespace advo::cli;

namespace {

// The commands a parser built for `words` has set up, by name.
std::vector<std::string> set_up_for(std::vector<std::string> words) {
  clear_completions();
  Parser parser(words);
  std::vector<std::string> names;
  for (const CommandSpec& spec : command_table()) {
    CLI::App* sub = find_subcommand(&parser.app(), spec.name);
    REQUIRE(sub != nullptr);
    if (parser.runners().count(sub) > 0) names.emplace_back(spec.name);
  }
  clear_completions();
  return names;
}

}  // namespace

TEST_CASE("the parser sets up the command the words name after the global options") {
  using V = std::vector<std::string>;
  CHECK(set_up_for({"show", "jane"}) == V{"show"});
  CHECK(set_up_for({"log", "jane", "call"}) == V{"log-engagement"});
  CHECK(set_up_for({"--today", "2026-01-01", "-q", "--no-cache", "--commit", "set", "x"}) == V{"set"});
  CHECK(set_up_for({"-C", "dir", "--dir", "dir", "--color", "never", "match"}) == V{"match"});
  CHECK(set_up_for({"-Cdir", "--dir=dir", "--today=2026-01-01", "--color=never", "--quiet", "stage"}) == V{"stage"});
  // A word that is not a global option's value is read as the command.
  CHECK(set_up_for({"-q", "--today", "show", "rest"}) == V{"rest"});
}

TEST_CASE("the parser sets up no command for words that name none") {
  CHECK(set_up_for({}).empty());
  CHECK(set_up_for({"--version"}).empty());
  CHECK(set_up_for({"-h"}).empty());
  CHECK(set_up_for({"--help"}).empty());
  CHECK(set_up_for({"-q", "no-such-command"}).empty());
}

TEST_CASE("the parser sets up every command for help and completion and for words it does not follow") {
  const size_t every = command_table().size();
  CHECK(set_up_for({"help", "rest"}).size() == every);
  CHECK(set_up_for({"__complete", "--", "re"}).size() == every);
  CHECK(set_up_for({"--unknown", "show"}).size() == every);
  CHECK(set_up_for({"-qC", "dir", "show"}).size() == every);
  CHECK(set_up_for({"--quiet=yes", "show"}).size() == every);
  CHECK(set_up_for({"", "show"}).size() == every);
  CHECK(set_up_for({"-", "show"}).size() == every);
  CHECK(set_up_for({"--", "show"}).size() == every);
}

TEST_CASE("every global option of the table is an option of the parser with its value name") {
  clear_completions();
  Parser parser(std::vector<std::string>{});
  for (const GlobalOption& global : global_options()) {
    INFO(global.names);
    const std::string names(global.names);
    const std::string last = names.substr(names.rfind(',') + 1);
    const CLI::Option* option = find_option(&parser.app(), last);
    REQUIRE(option != nullptr);
    CHECK(takes_value(*option) == !global.value_name.empty());
    if (!global.value_name.empty()) CHECK(option->get_option_text() == global.value_name);
  }
  clear_completions();
}
