// The words of a command line in one Unicode form: every value typed
// (options, FIELD=VALUE, names, queries, notes) is composed to NFC before
// the parser sees it, so a name pasted from a macOS dialog is the same
// name as one typed on a keyboard. File and folder names are kept byte for
// byte: the file system, not advo, decides what they mean.
#pragma once

#include <span>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

namespace advo::cli {

// `words` (the command line without the program name) with each word that
// is not a file or folder name in NFC. `root` has the named command's
// options set up.
std::vector<std::string> composed_words(CLI::App& root, std::span<const std::string> words);

}  // namespace advo::cli
