// The candidates for the word being completed on an advo command line,
// found by reading the parser's tree and the declarations of completion.hpp.
#pragma once

#include <span>
#include <string>
#include <vector>

#include "cli/command_options.hpp"

namespace advo::cli {

struct Candidate {
  std::string word;
  std::string description;  // "" for values
};

struct Candidates {
  // words: the list below; files / folders: let the shell complete paths.
  enum class Directive { words, files, folders };
  Directive directive = Directive::words;
  std::vector<Candidate> list;
};

// `words` are the words after "advo", the last one being the (possibly
// empty) word under completion. Live values (ids, activity types) come
// from the program the line names (-C), else $ADVO_DIR, else the current
// folder; only folder listings and advo.toml are read, never the records.
// Never throws: a program that cannot be read just adds no values.
Candidates complete_words(const CommandOptions& root, std::span<const std::string> words);

// The output of `advo __complete`: the directive on the first line, then
// one candidate a line, "WORD" or "WORD<TAB>DESCRIPTION".
std::string candidates_text(const Candidates& candidates);

}  // namespace advo::cli
