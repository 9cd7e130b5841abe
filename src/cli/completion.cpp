#include "cli/completion.hpp"

#include <map>

namespace advo::cli {
namespace {

std::map<const CLI::Option*, Completion>& registry() {
  static std::map<const CLI::Option*, Completion> declared;
  return declared;
}

Completion of_kind(Completion::Kind kind) {
  Completion c;
  c.kind = kind;
  return c;
}

}  // namespace

CLI::Option* declare_completion(CLI::Option* option, Completion c) {
  registry()[option] = std::move(c);
  return option;
}

CLI::Option* complete_values(CLI::Option* option, std::vector<std::string> values) {
  Completion c = of_kind(Completion::Kind::values);
  c.values = std::move(values);
  return declare_completion(option, std::move(c));
}

CLI::Option* complete_field(CLI::Option* option, RecordKind record, std::string path) {
  Completion c = of_kind(Completion::Kind::field);
  c.record = record;
  c.path = std::move(path);
  return declare_completion(option, std::move(c));
}

CLI::Option* complete_activity_types(CLI::Option* option, ActivityTypes which) {
  Completion c = of_kind(Completion::Kind::activity_types);
  c.types = which;
  return declare_completion(option, std::move(c));
}

CLI::Option* complete_query(CLI::Option* option, RecordKind record, VirtualFields virtual_fields) {
  Completion c = of_kind(Completion::Kind::query);
  c.record = record;
  c.virtual_fields = std::move(virtual_fields);
  return declare_completion(option, std::move(c));
}

CLI::Option* complete_assignments(CLI::Option* option, RecordKind record) {
  Completion c = of_kind(Completion::Kind::assignments);
  c.record = record;
  return declare_completion(option, std::move(c));
}

CLI::Option* complete_files(CLI::Option* option) { return declare_completion(option, of_kind(Completion::Kind::files)); }

CLI::Option* complete_folders(CLI::Option* option) { return declare_completion(option, of_kind(Completion::Kind::folders)); }

CLI::Option* complete_commands(CLI::Option* option, std::vector<std::string> topics) {
  Completion c = of_kind(Completion::Kind::commands);
  c.values = std::move(topics);
  return declare_completion(option, std::move(c));
}

const Completion* completion_of(const CLI::Option* option) {
  const auto it = registry().find(option);
  return it == registry().end() ? nullptr : &it->second;
}

void clear_completions() { registry().clear(); }

}  // namespace advo::cli
