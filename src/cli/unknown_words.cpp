// Naming the unknown word of a command line (unknown_words.hpp).
#include "cli/unknown_words.hpp"

#include <cctype>

#include <fmt/format.h>

#include "advo/domain/suggest.hpp"
#include "cli/command_line.hpp"

namespace advo::cli {
namespace {

// "--sort", "-C": every name of the options of `app` and the commands above
// it (their options are accepted after it too), hidden ones left out.
std::vector<std::string> option_names(const CLI::App* app) {
  std::vector<std::string> out;
  for (; app != nullptr; app = app->get_parent()) {
    for (const CLI::Option* opt : app->get_options([](const CLI::Option* o) { return o->nonpositional(); })) {
      if (opt->get_group().empty()) continue;
      for (const std::string& name : opt->get_lnames()) out.push_back("--" + name);
      for (const std::string& name : opt->get_snames()) out.push_back("-" + name);
    }
  }
  return out;
}

// The names and aliases of the sub-commands of `app` listed in its --help.
std::vector<std::string> subcommand_names(CLI::App* app, bool with_aliases) {
  std::vector<std::string> out;
  for (const CLI::App* sub : app->get_subcommands([](CLI::App* s) { return !s->get_group().empty(); })) {
    out.push_back(sub->get_name());
    if (with_aliases)
      for (const std::string& alias : sub->get_aliases()) out.push_back(alias);
  }
  return out;
}

// "new, set or close".
std::string either(const std::vector<std::string>& names) {
  std::string out;
  for (size_t i = 0; i < names.size(); ++i) out += (i == 0 ? "" : i + 1 == names.size() ? " or " : ", ") + names[i];
  return out;
}

bool looks_like_option(const std::string& word) {
  const size_t start = word.rfind("--", 0) == 0 ? 2 : 1;
  return word.size() > start && std::isalpha(static_cast<unsigned char>(word[start])) != 0;
}

std::string unknown_option(const CommandWord& w) {
  const std::string& word = w.text;
  const std::string name = word.substr(0, word.find('='));
  const std::vector<std::string> names = option_names(w.app);
  // A lone letter has too many neighbours to guess from; "-sort" is
  // likely "--sort".
  std::string hint;
  if (name.rfind("--", 0) == 0)
    hint = did_you_mean(name, names);
  else if (name.size() > 2)
    hint = did_you_mean("-" + name, names);
  return fmt::format("unknown option '{}'{}", name, hint);
}

}  // namespace

std::optional<std::string> unknown_word(CLI::App& root, std::span<const std::string> words) {
  const ReadCommandLine line = read_command_line(root, words);
  for (const CommandWord& w : line.words) {
    if (w.kind == CommandWord::Kind::option && w.option == nullptr && looks_like_option(w.text))
      return unknown_option(w);
    // A word where a sub-command is expected and no argument is taken.
    if (w.kind == CommandWord::Kind::positional && w.option == nullptr && !subcommand_names(w.app, false).empty()) {
      if (w.app == &root)
        return fmt::format("unknown command '{}'{}", w.text, did_you_mean(w.text, subcommand_names(w.app, true)));
      const std::vector<std::string> names = subcommand_names(w.app, false);
      return fmt::format("unknown sub-command '{}'{}; {} takes {}", w.text,
                         did_you_mean(w.text, subcommand_names(w.app, true)), w.app->get_name(), either(names));
    }
  }
  return std::nullopt;
}

}  // namespace advo::cli
