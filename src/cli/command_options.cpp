// The calls of command_options.hpp as the parser library's (CLI11): the
// one place where a command's options become the parser's.
#include "cli/command_options.hpp"

#include <algorithm>
#include <cctype>

#include <CLI/CLI.hpp>

#include "advo/domain/suggest.hpp"
#include "cli/command_line.hpp"

namespace advo::cli {

OptionRef OptionRef::required() {
  option_->required();
  return *this;
}

OptionRef OptionRef::value_name(const std::string& name) {
  option_->option_text(name);
  return *this;
}

OptionRef OptionRef::one_of(std::vector<std::string> values, const std::string& what) {
  std::string noun = what;
  if (noun.empty()) {
    noun = option_->get_name();
    noun.erase(0, noun.find_first_not_of('-'));
    for (char& c : noun) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  option_->check(CLI::Validator(
      [values = std::move(values), noun](std::string& value) {
        return std::find(values.begin(), values.end(), value) != values.end() ? std::string()
                                                                                : unknown_value(noun, value, values);
      },
      "VALUE"));
  return *this;
}

OptionRef OptionRef::positive_count() {
  option_->check(CLI::Validator(
      [](std::string& value) {
        const bool digits = !value.empty() && value.find_first_not_of("0123456789") == std::string::npos;
        return digits && value.find_first_not_of('0') != std::string::npos
                   ? std::string()
                   : "must be a whole number of 1 or more, not '" + value + "'";
      },
      "N"));
  return *this;
}

OptionRef OptionRef::one_value_per_use() {
  option_->allow_extra_args(false);
  return *this;
}

OptionRef OptionRef::hidden() {
  option_->group("");
  return *this;
}

bool OptionRef::given() const { return option_->count() > 0; }

OptionRef CommandOptions::add_option(const std::string& name, std::string& target, const std::string& help) {
  return OptionRef(app_->add_option(name, target, help));
}

OptionRef CommandOptions::add_option(const std::string& name, std::vector<std::string>& target,
                                     const std::string& help) {
  return OptionRef(app_->add_option(name, target, help));
}

OptionRef CommandOptions::add_option(const std::string& name, size_t& target, const std::string& help) {
  return OptionRef(app_->add_option(name, target, help));
}

OptionRef CommandOptions::add_flag(const std::string& name, bool& target, const std::string& help) {
  return OptionRef(app_->add_flag(name, target, help));
}

CommandOptions CommandOptions::add_subcommand(const std::string& name, const std::string& description) {
  return CommandOptions(app_->add_subcommand(name, description));
}

CommandOptions CommandOptions::fallthrough() {
  app_->fallthrough();
  return *this;
}

CommandOptions CommandOptions::require_subcommand(int count) {
  app_->require_subcommand(count);
  return *this;
}

CommandOptions CommandOptions::require_subcommand(size_t min, size_t max) {
  app_->require_subcommand(min, max);
  return *this;
}

CommandOptions CommandOptions::parent() const { return CommandOptions(app_->get_parent()); }

std::string CommandOptions::name() const { return app_->get_name(); }

std::string CommandOptions::description() const { return app_->get_description(); }

std::vector<std::string> CommandOptions::aliases() const { return app_->get_aliases(); }

std::vector<CommandOptions> CommandOptions::visible_subcommands() const {
  std::vector<CommandOptions> out;
  for (CLI::App* sub : app_->get_subcommands([](CLI::App* s) { return !s->get_group().empty(); }))
    out.emplace_back(sub);
  return out;
}

std::string CommandOptions::help_text() const { return app_->help(); }

bool CommandOptions::parsed() const { return app_->parsed(); }

std::vector<CommandOptions> named_commands(const CommandOptions& root, const std::vector<std::string>& words) {
  std::vector<CommandOptions> out;
  for (CLI::App* app : read_command_line(root.parser_app(), words).commands) out.emplace_back(app);
  return out;
}

}  // namespace advo::cli
