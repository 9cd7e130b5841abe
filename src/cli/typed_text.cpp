// Composing the typed words of a command line to NFC, file names aside;
// see typed_text.hpp.
#include "cli/typed_text.hpp"

#include "advo/domain/normal_form.hpp"
#include "cli/command_line.hpp"
#include "cli/completion.hpp"

namespace advo::cli {
namespace {

// Whether the value of `option` names a file or folder: it completes to
// files or folders, or its help calls its value FILE (FILE.toml), DIR or
// PATH. The help is what tells in a plain run, where only the completion
// declarations of the command's own setup are made.
bool names_a_path(const CLI::Option* option) {
  if (option == nullptr) return false;
  if (const Completion* c = completion_of(option))
    if (c->kind == Completion::Kind::files || c->kind == Completion::Kind::folders) return true;
  const std::string shown = option->nonpositional() ? option->get_option_text() : option->get_name(true);
  return shown.rfind("FILE", 0) == 0 || shown == "DIR" || shown == "PATH";
}

}  // namespace

std::vector<std::string> composed_words(CLI::App& root, std::span<const std::string> words) {
  const ReadCommandLine line = read_command_line(root, words);
  std::vector<std::string> out;
  out.reserve(words.size());
  for (size_t i = 0; i < words.size(); ++i) {
    const CommandWord* read = i < line.words.size() ? &line.words[i] : nullptr;
    const bool path = read != nullptr && read->kind != CommandWord::Kind::command && names_a_path(read->option);
    out.push_back(path ? words[i] : to_nfc(words[i]));
  }
  return out;
}

}  // namespace advo::cli
