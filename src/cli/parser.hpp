// The parser of advo's command line (CLI11): the global options of
// kGlobalOptions (parser.cpp), then one sub-command per command of
// command_table() with the options its setup function adds. Built anew for
// each run.
#pragma once

#include <initializer_list>
#include <map>
#include <span>
#include <string>
#include <string_view>

#include <CLI/CLI.hpp>

#include "cli/command.hpp"
#include "cli/context.hpp"

namespace advo::cli {

// An option of advo itself, given before the command: where its value
// goes, and how it shows in --help and completes.
struct GlobalOption {
  std::string_view names;       // "-C,--dir", as the parser takes them
  std::string_view help;
  std::string_view value_name;  // "DIR"; empty for a flag
  std::string GlobalOptions::*value = nullptr;  // an option's value
  bool GlobalOptions::*flag = nullptr;          // a flag's
  bool folder = false;                          // completes to folders
  std::initializer_list<std::string_view> values = {};  // completes to these
};

std::span<const GlobalOption> global_options();

class Parser {
 public:
  // Every command with its options, and the completion table applied:
  // what `advo help` and tab completion read.
  struct EveryCommand {};

  // For `words`, the command line after the program name. Every command is
  // there with its name and summary; only those the words need have their
  // options too: the one the words name plainly after the global options,
  // which spares each command the start-up cost of all the others; none
  // when the words name no command (--version, --help, an unknown command);
  // every one (EveryCommand) for help and tab completion and for words
  // this does not follow.
  explicit Parser(std::span<const std::string> words);
  explicit Parser(EveryCommand);
  Parser(const Parser&) = delete;  // the parser holds pointers into it
  Parser& operator=(const Parser&) = delete;

  CLI::App& app() { return app_; }
  // The values of the global options (after the parse).
  GlobalOptions& global() { return global_; }
  // What runs each command that was set up.
  std::map<CLI::App*, Runner>& runners() { return runners_; }

 private:
  Parser();
  void set_up(bool every, const CommandSpec* only);

  CLI::App app_;
  GlobalOptions global_;
  std::map<CLI::App*, Runner> runners_;
};

}  // namespace advo::cli
