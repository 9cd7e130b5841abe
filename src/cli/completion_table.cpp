// The live values of command arguments: ids of the right kind, read from
// the program's folders when TAB is pressed. One line per argument; see
// completion_table.hpp. Enumerated values may be declared here too, for a
// command whose file declares none.
#include "cli/completion_table.hpp"

#include <stdexcept>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "advo/domain/report.hpp"
#include "cli/command_line.hpp"

namespace advo::cli {
namespace {

using K = RecordKind;

const std::vector<CompletionRule>& rules() {
  static const std::vector<CompletionRule> table = {
      {"show", "ID", ids({K::advocate, K::story, K::request, K::engagement})},
      {"history", "ID", ids({K::advocate, K::story, K::request, K::engagement})},
      {"set", "ID", ids({K::advocate})},
      {"edit", "ID", ids({K::advocate, K::story, K::request, K::engagement})},
      {"stage", "ID", ids({K::advocate})},
      {"verify", "ID", ids({K::advocate})},
      {"log-engagement", "ADVOCATE", ids({K::advocate})},
      {"log-engagement", "--request", ids({K::request})},
      {"log-engagement", "--story", ids({K::story})},
      {"engagement done", "ID", ids({K::engagement})},
      {"engagement cancel", "ID", ids({K::engagement})},
      {"engagement delete", "ID", ids({K::engagement})},
      {"engagement set", "ID", ids({K::engagement})},
      {"engagement set", "ASSIGNMENT",
       fixed_values({"date=", "outcome=", "notes=", "request=", "story=", "by="})},
      {"rest", "ID", ids({K::advocate})},
      {"rest check", "ID", ids({K::advocate})},
      {"request new", "--type", activity_types(ActivityTypes::asks)},
      {"request set", "ID", ids({K::request})},
      {"request set", "ASSIGNMENT", assignment_words(K::request)},
      {"request close", "ID", ids({K::request})},
      {"request close", "--status", fixed_values({"fulfilled", "unfulfilled", "cancelled"})},
      {"request close", "--deal", field_values(K::request, "outcome.deal")},
      {"requests", "QUERY", query_words(K::request)},
      {"match", "REQUEST", ids({K::request})},
      {"match", "--type", activity_types(ActivityTypes::asks)},
      {"match", "--assign", ids({K::advocate})},
      {"stories", "QUERY", query_words(K::story)},
      {"stories", "--for", ids({K::request})},
      {"story add", "--kind", field_values(K::story, "kind")},
      {"story add", "--advocate", ids({K::advocate})},
      {"story add", "--status", field_values(K::story, "status")},
      {"story set", "ID", ids({K::story})},
      {"story set", "ASSIGNMENT", assignment_words(K::story)},
      {"story status", "ID", ids({K::story})},
      {"story status", "STATUS", field_values(K::story, "status")},
      {"report", "SECTION", fixed_values(section_names())},
      {"import csv", "FILE", file_names()},
      {"import csv", "--mapping", file_names()},
      {"import csv", "--into", fixed_values({"advocates", "stories", "requests"})},
      {"import csv", "--unmapped", fixed_values({"ignore", "notes"})},
      {"forget", "ID", ids({K::advocate})},
      {"move", "ID", ids({K::advocate})},
      {"export", "KIND", fixed_values({"advocates", "stories", "requests", "engagements"})},
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

Completion fixed_values(std::vector<std::string> values) {
  Completion c;
  c.kind = Completion::Kind::values;
  c.values = std::move(values);
  return c;
}

Completion file_names() {
  Completion c;
  c.kind = Completion::Kind::files;
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
