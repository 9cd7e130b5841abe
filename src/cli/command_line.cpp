#include "cli/command_line.hpp"

#include <limits>

namespace advo::cli {

const CLI::Option* find_option(const CLI::App* app, std::string_view name, const CLI::App** owner) {
  for (; app != nullptr; app = app->get_parent()) {
    const CLI::Option* opt = app->get_option_no_throw(std::string(name));
    if (opt != nullptr && opt->nonpositional()) {
      if (owner != nullptr) *owner = app;
      return opt;
    }
  }
  return nullptr;
}

bool takes_value(const CLI::Option& option) { return option.get_items_expected_max() > 0; }

CLI::App* find_subcommand(CLI::App* app, std::string_view name) {
  if (name.empty()) return nullptr;
  for (CLI::App* sub : app->get_subcommands([](CLI::App*) { return true; }))
    if (sub->check_name(std::string(name))) return sub;
  return nullptr;
}

const CLI::Option* positional_for(const CLI::App* app, size_t index) {
  size_t start = 0;
  for (const CLI::Option* opt : app->get_options([](const CLI::Option* o) { return !o->nonpositional(); })) {
    const int most = opt->get_items_expected_max();
    const size_t count = most <= 0 ? 1 : static_cast<size_t>(most);
    if (index < start + count || count >= std::numeric_limits<int>::max() / 2) return opt;
    start += count;
  }
  return nullptr;
}

ReadCommandLine read_command_line(CLI::App& root, std::span<const std::string> words) {
  ReadCommandLine line;
  line.commands.push_back(&root);
  using Kind = CommandWord::Kind;
  for (const std::string& word : words) {
    CLI::App* app = line.command();
    if (line.pending != nullptr) {
      line.words.push_back({word, Kind::value, app, line.pending, line.words.back().owner});
      line.pending = nullptr;
      continue;
    }
    if (!line.after_double_dash && word == "--") {
      line.after_double_dash = true;
      line.words.push_back({word, Kind::option, app});
      continue;
    }
    if (!line.after_double_dash && word.size() > 1 && word[0] == '-') {
      const bool long_name = word.rfind("--", 0) == 0;
      const size_t eq = long_name ? word.find('=') : std::string::npos;
      // "-Cdir": a short option with its value attached.
      const std::string name = long_name ? word.substr(0, eq) : word.substr(0, 2);
      const CLI::App* owner = nullptr;
      const CLI::Option* opt = find_option(app, name, &owner);
      line.words.push_back({word, Kind::option, app, opt, owner});
      const bool value_attached = eq != std::string::npos || (!long_name && word.size() > 2);
      if (opt != nullptr && takes_value(*opt) && !value_attached) line.pending = opt;
      continue;
    }
    if (!line.after_double_dash) {
      if (CLI::App* sub = find_subcommand(app, word)) {
        line.commands.push_back(sub);
        line.positionals = 0;
        line.words.push_back({word, Kind::command, sub});
        continue;
      }
    }
    line.words.push_back({word, Kind::positional, app, positional_for(app, line.positionals)});
    ++line.positionals;
  }
  return line;
}

std::string command_text(const ReadCommandLine& line) {
  std::string path, arguments;
  const CLI::App* root = line.commands.front();
  for (const CommandWord& w : line.words) {
    const bool global = w.option != nullptr && w.owner == root;
    if (global && (w.kind == CommandWord::Kind::option || w.kind == CommandWord::Kind::value)) continue;
    std::string& part = w.kind == CommandWord::Kind::command && arguments.empty() ? path : arguments;
    if (!part.empty()) part += ' ';
    part += w.text;
  }
  return arguments.empty() ? path : path + ": " + arguments;
}

}  // namespace advo::cli
