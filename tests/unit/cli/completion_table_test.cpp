#include "cli/completion_table.hpp"

#include <memory>
#include <sstream>
#include <string>

#include <doctest/doctest.h>

#include "cli/command_line.hpp"
#include "cli/parser.hpp"

using namespace advo;
using namespace advo::cli;

TEST_CASE("completion rules describe what an argument completes to") {
  const Completion status = field_values(RecordKind::request, "status");
  CHECK(status.kind == Completion::Kind::field);
  CHECK(status.record == RecordKind::request);
  CHECK(status.path == "status");
  CHECK(query_words(RecordKind::story).kind == Completion::Kind::query);
  CHECK(assignment_words(RecordKind::story).record == RecordKind::story);
  CHECK(activity_types(ActivityTypes::asks).types == ActivityTypes::asks);
  const Completion both = ids({RecordKind::advocate, RecordKind::story});
  CHECK(both.kind == Completion::Kind::ids);
  CHECK(both.kinds.size() == 2);
}

TEST_CASE("every rule of the table names a command argument the parser has") {
  // The parser of `advo help` and tab completion: every command set up and
  // the table applied. A rule naming a missing command or argument throws
  // std::logic_error.
  clear_completions();
  std::unique_ptr<Parser> parser;
  REQUIRE_NOTHROW(parser = std::make_unique<Parser>(Parser::EveryCommand{}));
  REQUIRE_FALSE(completion_table().empty());
  for (const CompletionRule& rule : completion_table()) {
    INFO(rule.command, " ", rule.argument);
    CLI::App* app = &parser->app();
    std::istringstream path{std::string(rule.command)};
    for (std::string word; path >> word;) {
      app = find_subcommand(app, word);
      REQUIRE(app != nullptr);
    }
    const CLI::Option* option = app->get_option_no_throw(std::string(rule.argument));
    REQUIRE(option != nullptr);
    const Completion* declared = completion_of(option);
    REQUIRE(declared != nullptr);
    CHECK(declared->kind == rule.completion.kind);
  }
  clear_completions();
}
