// How a command describes its options, arguments and sub-commands to the
// parser, without the parser library: each command's setup function (in
// commands/) adds them through CommandOptions, and command_options.cpp,
// one of the few files that include <CLI/CLI.hpp>, turns every call into
// the parser's own. Options are added in the order they are shown in
// --help.
//
//   app.add_option("ID", o->id, "Id or unique id prefix of the advocate").required();
//   app.add_option("--limit", o->limit, "Show at most N advocates").positive_count().value_name("N");
//   app.add_flag("--dry-run", o->dry_run, "Print what would change; write nothing");
//   CommandOptions check = app.add_subcommand("check", "…");
//
// The targets must outlive the parse (commands keep them in a shared_ptr
// that their Runner holds).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace CLI {
class App;
class Option;
}  // namespace CLI

namespace advo::cli {

// One option or positional argument added to the parser. A small handle:
// copies name the same option.
class OptionRef {
 public:
  OptionRef() = default;
  explicit OptionRef(CLI::Option* option) : option_(option) {}

  // The command line must give it.
  OptionRef required();
  // The name of its value in --help ("DATE", "ID ..."), instead of the type.
  OptionRef value_name(const std::string& name);
  // Its value must be one of `values`; any other is a usage error told as
  // every enumerated value is (unknown_value in suggest.hpp), `what` naming
  // the list (default: the option's name, "format" for --format).
  OptionRef one_of(std::vector<std::string> values, const std::string& what = "");
  // Its value must be a whole number of 1 or more ("N", as --limit takes).
  OptionRef positive_count();
  // Each use takes one value (`--map A=x --map B=y`), never the words
  // after it, for an option that may be repeated.
  OptionRef one_value_per_use();
  // Not listed in --help.
  OptionRef hidden();

  // Whether the command line gave it (after the parse).
  bool given() const;

  // The parser's option, for the files that read the parser's tree.
  CLI::Option* parser_option() const { return option_; }

 private:
  CLI::Option* option_ = nullptr;
};

// A command (or sub-command, or the root) of the parser, as its setup
// function adds to it. A small handle: copies name the same command.
class CommandOptions {
 public:
  explicit CommandOptions(CLI::App* app) : app_(app) {}

  // An option ("--type", "-o,--output") or, for a name without a leading
  // dash ("ID"), a positional argument. A vector takes every value given
  // (a repeated option, or the remaining positional words).
  OptionRef add_option(const std::string& name, std::string& target, const std::string& help = "");
  OptionRef add_option(const std::string& name, std::vector<std::string>& target, const std::string& help = "");
  OptionRef add_option(const std::string& name, size_t& target, const std::string& help = "");
  OptionRef add_flag(const std::string& name, bool& target, const std::string& help = "");

  CommandOptions add_subcommand(const std::string& name, const std::string& description);
  // Options of the commands above it are accepted after its name too.
  CommandOptions fallthrough();
  // Exactly `count` sub-commands; from `min` to `max` of them.
  CommandOptions require_subcommand(int count);
  CommandOptions require_subcommand(size_t min, size_t max);

  // What `advo help` reads of the tree.
  CommandOptions parent() const;
  std::string name() const;
  std::string description() const;
  std::vector<std::string> aliases() const;
  // The sub-commands listed in --help (hidden ones left out).
  std::vector<CommandOptions> visible_subcommands() const;
  // The command's --help text.
  std::string help_text() const;
  // Whether the command line named this command (after the parse).
  bool parsed() const;

  // The parser's command, for the files that read the parser's tree.
  CLI::App& parser_app() const { return *app_; }

 private:
  CLI::App* app_;
};

// The commands that `words` name, as the parser reads the line: `root`
// first, then each (sub-)command named in turn.
std::vector<CommandOptions> named_commands(const CommandOptions& root, const std::vector<std::string>& words);

}  // namespace advo::cli
