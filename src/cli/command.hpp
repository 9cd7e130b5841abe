// A command of advo: its name, one line of help, and how it adds its
// options to the parser. The table of all commands is in commands.cpp.
#pragma once

#include <functional>
#include <initializer_list>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "cli/command_options.hpp"
#include "cli/context.hpp"

namespace advo::cli {

// Runs a parsed command; returns the exit code.
using Runner = std::function<int(Context&)>;
// Adds a command's options (and sub-commands) to `app`; returns what runs it.
using Setup = Runner (*)(CommandOptions& app);

struct CommandSpec {
  std::string_view name;
  std::string_view summary;
  Setup setup;
  std::initializer_list<std::string_view> aliases = {};
  bool hidden = false;
};

std::span<const CommandSpec> command_table();

// --format with the allowed values; the first is the default.
OptionRef add_format_option(CommandOptions& app, std::string& target, std::vector<std::string> allowed);

// The format to write `-o FILE` in, for a command that writes the formats
// `allowed` (the first the default): the one --format gives (`format`,
// `format_given`), else the one the file's extension names (.html, .json,
// .csv, .md; .txt for table), else the default. An extension that names
// another format than --format gives, or one the command does not write
// without --format, is a usage error; an unknown extension is neither.
std::string format_for_file(const std::string& format, bool format_given, const std::string& file,
                            const std::vector<std::string>& allowed);

// The Runner of whichever sub-command of `app` was given (for commands with
// sub-commands such as `request new`), or `fallback` when none was.
Runner dispatch_subcommands(CommandOptions& app, std::vector<std::pair<CommandOptions, Runner>> subs,
                           Runner fallback);

}  // namespace advo::cli
