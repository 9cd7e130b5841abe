// A command line read the way the parser reads it, without running it:
// which words name commands, options and their values, and which are
// positional arguments. Used for tab completion (of a line still being
// typed) and to describe a change by its command and arguments.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <CLI/CLI.hpp>

namespace advo::cli {

struct CommandWord {
  enum class Kind { command, option, value, positional };
  std::string text;
  Kind kind;
  CLI::App* app;                         // the command it belongs to
  const CLI::Option* option = nullptr;   // for option, value and positional words
  const CLI::App* owner = nullptr;       // the command that defines `option`
};

struct ReadCommandLine {
  std::vector<CLI::App*> commands;  // root first, then each (sub-)command named
  std::vector<CommandWord> words;
  // The option of the last word, when it still waits for its value.
  const CLI::Option* pending = nullptr;
  // Positional words given to the last command.
  size_t positionals = 0;
  bool after_double_dash = false;

  CLI::App* command() const { return commands.back(); }
};

// The option `name` ("--format", "-C") of `app` or of a command above it
// (options fall through to their parents), or nullptr.
const CLI::Option* find_option(const CLI::App* app, std::string_view name, const CLI::App** owner = nullptr);
// The option's value word, or the option itself when it takes none.
bool takes_value(const CLI::Option& option);
// The sub-command of `app` called `name` (or with that alias), or nullptr.
CLI::App* find_subcommand(CLI::App* app, std::string_view name);
// The positional option of `app` that the positional word number `index`
// (0-based) fills, or nullptr.
const CLI::Option* positional_for(const CLI::App* app, size_t index);

ReadCommandLine read_command_line(CLI::App& root, std::span<const std::string> words);

// "set: jane nps.score=9", "rest check: jane --type quote": the command
// path, then its words as given, without the global options of the root
// (-C DIR, --today, …).
std::string command_text(const ReadCommandLine& line);

}  // namespace advo::cli
