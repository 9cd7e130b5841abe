// advo help [COMMAND]: a command's manual page through man(1), or the list
// of commands. Without man, or without the page, the command's --help.
//
// A page may be named as man names it, too: `advo help advo-files` is
// `advo help files`.
//
// Pages are looked for, in order, where an installed advo keeps them
// (../share/man next to the executable's folder, so any prefix works), in
// the source tree advo was built from (for a build that is not installed),
// and in the manual folder chosen when advo was configured.
#include <algorithm>
#include <filesystem>
#include <iostream>
#include <optional>

#include <fmt/format.h>

#include "advo/domain/suggest.hpp"
#include "advo/error.hpp"
#include "advo/os/process.hpp"
#include "cli/command.hpp"
#include "cli/completion.hpp"

#ifndef ADVO_SOURCE_MANDIR
#define ADVO_SOURCE_MANDIR ""
#endif
#ifndef ADVO_INSTALL_MANDIR
#define ADVO_INSTALL_MANDIR ""
#endif

namespace advo::cli {
namespace fs = std::filesystem;
namespace {

// Pages that are not about one command: the name given to `advo help`, and
// the page file.
struct Topic {
  std::string_view word;
  std::string_view page;
};
constexpr Topic kTopics[] = {{"advo", "advo.1"}, {"files", "advo-files.5"}, {"advo.toml", "advo.toml.5"}};

struct HelpOptions {
  std::vector<std::string> words;
};

std::vector<fs::path> manual_folders() {
  std::vector<fs::path> out;
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) out.push_back(exe.parent_path().parent_path() / "share" / "man");
  if (*ADVO_SOURCE_MANDIR != '\0') out.emplace_back(ADVO_SOURCE_MANDIR);
  if (*ADVO_INSTALL_MANDIR != '\0') out.emplace_back(ADVO_INSTALL_MANDIR);
  return out;
}

// "advo-rest.1" in man1/ of an installed tree, or directly in the source
// tree's man/.
std::optional<fs::path> find_page(std::string_view page) {
  const std::string section = "man" + std::string(page.substr(page.size() - 1));
  for (const fs::path& folder : manual_folders()) {
    for (const fs::path& candidate : {folder / section / page, folder / page}) {
      std::error_code ec;
      if (fs::is_regular_file(candidate, ec)) return candidate;
    }
  }
  return std::nullopt;
}

int list_commands(Context& ctx, const CommandOptions& root) {
  const std::vector<CommandOptions> commands = root.visible_subcommands();
  size_t width = 0;
  for (const CommandOptions& c : commands) width = std::max(width, c.name().size());
  ctx.out() << "Commands:\n";
  for (const CommandOptions& c : commands) {
    std::string about = c.description();
    for (const std::string& alias : c.aliases()) about += fmt::format(" (alias: {})", alias);
    ctx.out() << fmt::format("  {:<{}}  {}\n", c.name(), width, about);
  }
  ctx.out() << "\nRun 'advo help COMMAND' for a command's manual page, 'advo COMMAND --help' for its options;\n"
               "'advo help files' for the record files, 'advo help advo.toml' for the settings.\n";
  return 0;
}

int show_help_text(Context& ctx, const CommandOptions& command, std::string_view why) {
  ctx.note(why);
  ctx.out() << command.help_text();
  return 0;
}

int run_help(Context& ctx, const CommandOptions& root, const HelpOptions& given) {
  if (given.words.empty()) return list_commands(ctx, root);
  // A page by the name man knows it by: "advo-files" is "files",
  // "advo-rest" is "rest".
  HelpOptions o = given;
  if (o.words.front().rfind("advo-", 0) == 0) o.words.front().erase(0, 5);

  std::string page;
  std::optional<CommandOptions> command;
  for (const Topic& t : kTopics)
    if (o.words.front() == t.word && o.words.size() == 1) page = t.page;
  if (page.empty()) {
    const std::vector<CommandOptions> commands = named_commands(root, o.words);
    if (commands.size() < 2 || o.words.size() != commands.size() - 1) {
      std::vector<std::string> names;
      for (const CommandOptions& c : root.visible_subcommands()) {
        names.push_back(c.name());
        for (const std::string& alias : c.aliases()) names.push_back(alias);
      }
      for (const Topic& t : kTopics) names.emplace_back(t.word);
      const std::string& word = given.words.front();
      if (commands.size() < 2)
        throw UsageError(fmt::format("no command or manual page '{}'{}", word, did_you_mean(word, names)));
      throw UsageError(fmt::format("'{}' has no sub-command '{}'", commands.back().name(),
                                   o.words[commands.size() - 1]));
    }
    // Sub-commands are documented on their command's page.
    page = fmt::format("advo-{}.1", commands[1].name());
    command = commands.back();
  }

  const std::optional<fs::path> file = find_page(page);
  if (!file) {
    if (command) return show_help_text(ctx, *command, fmt::format("no manual page {} found; its --help:", page));
    throw DataError(fmt::format("no manual page {} found", page));
  }
  ctx.out().flush();
  std::cout.flush();
  const std::optional<int> status = run_attached({"man", "-l", file->string()}, current_environment());
  if (status) return *status == 0 ? 0 : static_cast<int>(ExitCode::data);
  if (command) return show_help_text(ctx, *command, "man is not installed; the command's --help:");
  throw DataError(fmt::format("man is not installed; the page is {}", file->string()));
}

}  // namespace

Runner setup_help(CommandOptions& app) {
  auto o = std::make_shared<HelpOptions>();
  std::vector<std::string> topics;
  for (const Topic& t : kTopics) topics.emplace_back(t.word);
  complete_commands(app.add_option("COMMAND", o->words, "The command (and sub-command) or topic: files, advo.toml"),
                    std::move(topics));
  CommandOptions root = app.parent();
  return [o, root](Context& ctx) { return run_help(ctx, root, *o); };
}

}  // namespace advo::cli
