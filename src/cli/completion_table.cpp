// The live values of command arguments: ids of the right kind, read from
// the program's folders when TAB is pressed. One line per argument; see
// completion_table.hpp. Enumerated values may be declared here too, for a
// command whose file declares none.
#include "cli/completion_table.hpp"

#include <stdexcept>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "cli/command_line.hpp"

namespace advo::cli {
namespace {

using K = RecordKind;

const std::vector<CompletionRule>& rules() {
  static const std::vector<CompletionRule> table = {
      {"show", "ID", ids({K::advocate, K::story, K::request, K::engagement})},
      {"history", "ID", ids({K::advocate, K::story, K::request, K::engagement})},
      {"set", "ID", ids({K::advocate})},
      {"edit", "ID", ids({K::advocate})},
      {"stage", "ID", ids({K::advocate})},
      {"verify", "ID", ids({K::advocate})},
      {"log-engagement", "ADVOCATE", ids({K::advocate})},
      {"log-engagement", "--request", ids({K::request})},
      {"log-engagement", "--story", ids({K::story})},
      {"rest", "ID", ids({K::advocate})},
      {"rest check", "ID", ids({K::advocate})},
  };
  return table;
}

// The option of `app` itself (not of a parent) called `name`.
CLI::Option* own_option(CLI::App* app, std::string_view name) {
  for (CLI::Option* opt : app->get_options()) {
    if (opt->check_name(std::string(name))) return opt;
  }
  return nullptr;
}

}  // namespace

Completion ids(std::initializer_list<RecordKind> kinds) {
  Completion c;
  c.kind = Completion::Kind::ids;
  c.kinds = kinds;
  return c;
}

Completion activity_types(ActivityTypes which) {
  Completion c;
  c.kind = Completion::Kind::activity_types;
  c.types = which;
  return c;
}

Completion field_values(RecordKind record, std::string path) {
  Completion c;
  c.kind = Completion::Kind::field;
  c.record = record;
  c.path = std::move(path);
  return c;
}

Completion query_words(RecordKind record) {
  Completion c;
  c.kind = Completion::Kind::query;
  c.record = record;
  return c;
}

Completion assignment_words(RecordKind record) {
  Completion c;
  c.kind = Completion::Kind::assignments;
  c.record = record;
  return c;
}

std::span<const CompletionRule> completion_table() { return rules(); }

void apply_completion_table(CLI::App& root) {
  for (const CompletionRule& rule : rules()) {
    CLI::App* app = &root;
    std::string_view path = rule.command;
    while (!path.empty()) {
      const size_t space = path.find(' ');
      app = find_subcommand(app, path.substr(0, space));
      if (app == nullptr) throw std::logic_error(fmt::format("completion table: no command '{}'", rule.command));
      path = space == std::string_view::npos ? std::string_view() : path.substr(space + 1);
    }
    CLI::Option* option = own_option(app, rule.argument);
    if (option == nullptr)
      throw std::logic_error(fmt::format("completion table: '{}' has no argument {}", rule.command, rule.argument));
    declare_completion(option, rule.completion);
  }
}

}  // namespace advo::cli
