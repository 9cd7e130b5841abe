// The word of a refused command line that names no command, sub-command
// or option, told with the names that do exist:
//   unknown option '--sortt' (did you mean '--sort'?)
//   unknown command 'lgo' (did you mean 'log'?)
//   unknown sub-command 'nwe' (did you mean 'new'?); request takes new, set or close
#pragma once

#include <optional>
#include <span>
#include <string>

#include <CLI/CLI.hpp>

namespace advo::cli {

// The message for the first such word of `words` (the command line after
// the program name), or nullopt when every word names something.
std::optional<std::string> unknown_word(CLI::App& root, std::span<const std::string> words);

}  // namespace advo::cli
