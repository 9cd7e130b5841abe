// The user's text editor, as `advo edit` runs it: $VISUAL, else $EDITOR,
// else vi — vi only when standard input is a terminal it can use.
#pragma once

#include <filesystem>
#include <string>

namespace advo::cli {

struct Editor {
  std::string command;  // run by /bin/sh with the file as its last argument
  std::string source;   // "VISUAL", "EDITOR" or "" for the vi fallback
};

bool stdin_is_terminal();

// The editor to use. Throws UsageError when neither variable is set and
// standard input is not a terminal.
Editor choose_editor();

// Runs the editor on `file` and waits for it; returns its exit status
// (127 when the shell could not find it, 128 + N when signal N ended it).
// While it runs, advo ignores the interrupt and quit keys, which the
// editor receives.
int run_editor(const Editor& editor, const std::filesystem::path& file);

}  // namespace advo::cli
