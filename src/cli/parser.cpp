// Building advo's parser: the global options from their table, the
// commands from command_table(), and which commands' options to set up.
#include "cli/parser.hpp"

#include "advo/version.hpp"
#include "cli/command_line.hpp"
#include "cli/completion.hpp"
#include "cli/completion_table.hpp"

namespace advo::cli {
namespace {

const GlobalOption kGlobalOptions[] = {
    {"-C,--dir", "Use the program in DIR (or the nearest folder above it with advo.toml)", "DIR", &GlobalOptions::dir,
     nullptr, true},
    {"--today", "Take DATE as today (+7d, friday … count from the clock); default $ADVO_TODAY, else the clock", "DATE", &GlobalOptions::today},
    {"--color", "Colour output: auto, always or never", "WHEN", &GlobalOptions::color, nullptr, false,
     {"auto", "always", "never"}},
    {"--width", "Fit tables and text to N columns; default the terminal's width, and no limit when not a terminal",
     "N", &GlobalOptions::width},
    {"-q,--quiet", "Print no messages, only data and errors", "", nullptr, &GlobalOptions::quiet},
    {"--no-cache", "Read every file; neither use nor update the cache in .advo/", "", nullptr,
     &GlobalOptions::no_cache},
    {"--commit", "Commit the files a writing command changes (git)", "", nullptr, &GlobalOptions::commit},
};

void add_global_options(CLI::App& app, GlobalOptions& g) {
  for (const GlobalOption& spec : kGlobalOptions) {
    if (spec.flag != nullptr) {
      app.add_flag(std::string(spec.names), g.*spec.flag, std::string(spec.help));
      continue;
    }
    const OptionRef option(app.add_option(std::string(spec.names), g.*spec.value, std::string(spec.help))
                               ->option_text(std::string(spec.value_name)));
    if (spec.folder) complete_folders(option);
    if (spec.values.size() > 0) complete_values(option, std::vector<std::string>(spec.values.begin(), spec.values.end()));
  }
}

// Which commands `words` need set up (see Parser's constructor). The words
// before the command are read with the root's own options, so the global
// options are declared once, in kGlobalOptions: a global option, with its
// value as a word of its own or attached (-CDIR, --dir=DIR), is skipped;
// any other word starting with '-' leaves it to the parser with every
// command set up.
struct CommandsToSet {
  bool every = true;
  const CommandSpec* only = nullptr;
};

CommandsToSet commands_to_set(const CLI::App& root, std::span<const std::string> words) {
  for (size_t i = 0; i < words.size(); ++i) {
    const std::string& word = words[i];
    if (word.empty() || word == "-") return {};
    if (word[0] == '-') {
      const bool long_name = word.rfind("--", 0) == 0;
      const size_t eq = long_name ? word.find('=') : std::string::npos;
      const CLI::Option* option = find_option(&root, long_name ? word.substr(0, eq) : word.substr(0, 2));
      if (option == nullptr) return {};
      const bool value_attached = eq != std::string::npos || (!long_name && word.size() > 2);
      if (!takes_value(*option) && value_attached) return {};
      if (takes_value(*option) && !value_attached) ++i;
      continue;
    }
    for (const CommandSpec& spec : command_table()) {
      bool named = spec.name == word;
      for (std::string_view alias : spec.aliases) named = named || alias == word;
      if (named) return spec.name == "help" || spec.name == "__complete" ? CommandsToSet{} : CommandsToSet{false, &spec};
    }
    return {false, nullptr};
  }
  return {false, nullptr};
}

}  // namespace

std::span<const GlobalOption> global_options() { return kGlobalOptions; }

Parser::Parser() : app_("advo — customer advocacy records in git", "advo") {
  app_.set_version_flag("--version", std::string("advo ") + std::string(kVersion));
  app_.require_subcommand(1);
  app_.fallthrough();
  add_global_options(app_, global_);
  app_.footer("Run 'advo COMMAND --help' for a command's options, 'man advo' for the manual.");
}

Parser::Parser(std::span<const std::string> words) : Parser() {
  const CommandsToSet to_set = commands_to_set(app_, words);
  set_up(to_set.every, to_set.only);
}

Parser::Parser(EveryCommand) : Parser() { set_up(true, nullptr); }

void Parser::set_up(bool every, const CommandSpec* only) {
  for (const CommandSpec& spec : command_table()) {
    CLI::App* sub = app_.add_subcommand(std::string(spec.name), std::string(spec.summary));
    for (std::string_view alias : spec.aliases) sub->alias(std::string(alias));
    if (spec.hidden) sub->group("");
    sub->fallthrough();
    if (every || only == &spec) {
      CommandOptions options(sub);
      runners_[sub] = spec.setup(options);
    }
  }
  if (every) apply_completion_table(app_);
}

}  // namespace advo::cli
