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

void declare_completion(const CLI::Option* option, Completion c) { registry()[option] = std::move(c); }

namespace {

OptionRef declare_for(OptionRef option, Completion c) {
  declare_completion(option.parser_option(), std::move(c));
  return option;
}

}  // namespace

OptionRef complete_values(OptionRef option, std::vector<std::string> values) {
  Completion c = of_kind(Completion::Kind::values);
  c.values = std::move(values);
  return declare_for(option, std::move(c));
}

OptionRef complete_field(OptionRef option, RecordKind record, std::string path) {
  Completion c = of_kind(Completion::Kind::field);
  c.record = record;
  c.path = std::move(path);
  return declare_for(option, std::move(c));
}

OptionRef complete_activity_types(OptionRef option, ActivityTypes which) {
  Completion c = of_kind(Completion::Kind::activity_types);
  c.types = which;
  return declare_for(option, std::move(c));
}

OptionRef complete_query(OptionRef option, RecordKind record, VirtualFields virtual_fields) {
  Completion c = of_kind(Completion::Kind::query);
  c.record = record;
  c.virtual_fields = std::move(virtual_fields);
  return declare_for(option, std::move(c));
}

OptionRef complete_assignments(OptionRef option, RecordKind record) {
  Completion c = of_kind(Completion::Kind::assignments);
  c.record = record;
  return declare_for(option, std::move(c));
}

OptionRef complete_files(OptionRef option) { return declare_for(option, of_kind(Completion::Kind::files)); }

OptionRef complete_folders(OptionRef option) { return declare_for(option, of_kind(Completion::Kind::folders)); }

OptionRef complete_commands(OptionRef option, std::vector<std::string> topics) {
  Completion c = of_kind(Completion::Kind::commands);
  c.values = std::move(topics);
  return declare_for(option, std::move(c));
}

const Completion* completion_of(const CLI::Option* option) {
  const auto it = registry().find(option);
  return it == registry().end() ? nullptr : &it->second;
}

void clear_completions() { registry().clear(); }

}  // namespace advo::cli
