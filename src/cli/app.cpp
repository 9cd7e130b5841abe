#include "cli/app.hpp"

#include <iostream>
#include <map>

#include <fmt/format.h>

#include "advo/domain/suggest.hpp"
#include "advo/error.hpp"
#include "advo/version.hpp"
#include "cli/command.hpp"
#include "cli/command_line.hpp"
#include "cli/completion.hpp"
#include "cli/completion_table.hpp"
#include "cli/domain_error_exit.hpp"
#include "cli/typed_text.hpp"

namespace advo::cli {
namespace {

void add_global_options(CLI::App& app, GlobalOptions& g) {
  complete_folders(
      app.add_option("-C,--dir", g.dir, "Use the program in DIR (or the nearest folder above it with advo.toml)")
          ->option_text("DIR"));
  app.add_option("--today", g.today, "Take DATE (YYYY-MM-DD) as today; default $ADVO_TODAY, else the clock")
      ->option_text("DATE");
  complete_values(app.add_option("--color", g.color, "Colour output: auto, always or never")->option_text("WHEN"),
                  {"auto", "always", "never"});
  app.add_flag("-q,--quiet", g.quiet, "Print no messages, only data and errors");
  app.add_flag("--no-cache", g.no_cache, "Read every file; neither use nor update the cache in .advo/");
  app.add_flag("--commit", g.commit, "Commit the files a writing command changes (git)");
}

// The commands whose options to set up: only the one the words name, when
// they name one plainly after the global options (the others keep their
// name and summary), which spares each command the start-up cost of all
// the others; none when the words name no command (--version, --help, an
// unknown command); every one for the commands that read the whole tree
// (help, tab completion) and for words this does not follow.
struct CommandsToSet {
  bool all = true;
  const CommandSpec* only = nullptr;
};

CommandsToSet commands_to_set(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    const std::string_view word = argv[i];
    if (word == "-C" || word == "--dir" || word == "--today" || word == "--color") {
      ++i;
      continue;
    }
    if (word == "-q" || word == "--quiet" || word == "--no-cache" || word == "--commit" ||
        (word.size() > 2 && word.substr(0, 2) == "-C") || word.substr(0, 6) == "--dir=" ||
        word.substr(0, 8) == "--today=" || word.substr(0, 8) == "--color=")
      continue;
    if (word == "--version" || word == "--help" || word == "-h") continue;
    if (word.empty() || word[0] == '-') return {};
    for (const CommandSpec& spec : command_table()) {
      bool named = spec.name == word;
      for (std::string_view alias : spec.aliases) named = named || alias == word;
      if (named) return spec.name == "help" || spec.name == "__complete" ? CommandsToSet{} : CommandsToSet{false, &spec};
    }
    return {false, nullptr};
  }
  return {false, nullptr};
}

}  // namespace

int run(int argc, char** argv, std::ostream& out, std::ostream& err) {
  clear_completions();
  CLI::App app("advo — customer advocacy records in git", "advo");
  app.set_version_flag("--version", std::string("advo ") + std::string(kVersion));
  app.require_subcommand(1);
  app.fallthrough();
  GlobalOptions global;
  add_global_options(app, global);
  app.footer("Run 'advo COMMAND --help' for a command's options, 'man advo' for the manual.");

  std::map<CLI::App*, Runner> runners;
  const CommandsToSet to_set = commands_to_set(argc, argv);
  for (const CommandSpec& spec : command_table()) {
    CLI::App* sub = app.add_subcommand(std::string(spec.name), std::string(spec.summary));
    for (std::string_view alias : spec.aliases) sub->alias(std::string(alias));
    if (spec.hidden) sub->group("");
    sub->fallthrough();
    if (to_set.all || to_set.only == &spec) runners[sub] = spec.setup(*sub);
  }
  if (to_set.all) apply_completion_table(app);

  // The parser reads the words composed to NFC (typed_text.hpp).
  const std::vector<std::string> words = composed_words(app, std::vector<std::string>(argv + 1, argv + argc));
  std::vector<const char*> composed_argv{argv[0]};
  for (const std::string& word : words) composed_argv.push_back(word.c_str());
  composed_argv.push_back(nullptr);

  try {
    app.parse(argc, composed_argv.data());
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e, out, err);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e, out, err);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e, out, err);
  } catch (const CLI::ParseError& e) {
    std::string message = e.what();
    const auto parsed = app.get_subcommands();
    if (parsed.empty()) {
      // No command was recognised: name the word that was not one.
      const auto rest = app.remaining();
      if (!rest.empty() && !rest.front().empty() && rest.front()[0] != '-') {
        std::vector<std::string> names;
        for (const CommandSpec& spec : command_table())
          if (!spec.hidden) names.emplace_back(spec.name);
        message = fmt::format("unknown command '{}'{}", rest.front(), did_you_mean(rest.front(), names));
      } else if (dynamic_cast<const CLI::RequiredError*>(&e) != nullptr) {
        message = "a command is required";
      }
      err << "advo: " << terminal_safe(message) << "\n";
      err << "Run 'advo --help' for the list of commands.\n";
    } else {
      err << "advo: " << parsed.front()->get_name() << ": " << terminal_safe(message) << "\n";
      err << "Run 'advo " << parsed.front()->get_name() << " --help' for its options.\n";
    }
    return static_cast<int>(ExitCode::usage);
  }

  try {
    Context ctx(global, out, err);
    for (CLI::App* sub : app.get_subcommands()) {
      auto it = runners.find(sub);
      if (it == runners.end()) continue;
      const int code = it->second(ctx);
      if (code == 0) ctx.land();  // otherwise what the command staged is discarded
      ctx.finish();
      if (code == 0) {
        ctx.commit_changes(command_text(read_command_line(app, words)));
      }
      return code;
    }
    err << "advo: a command is required\n";
    return static_cast<int>(ExitCode::usage);
  } catch (const Error& e) {
    out.flush();
    err << "advo: " << terminal_safe(e.describe(), /*keep_newlines=*/true) << "\n";
    return static_cast<int>(e.code());
  } catch (const DomainError& e) {
    out.flush();
    err << "advo: " << terminal_safe(e.what(), /*keep_newlines=*/true) << "\n";
    return static_cast<int>(exit_code_of(e.kind()));
  } catch (const std::bad_alloc&) {
    err << "advo: out of memory\n";
    return static_cast<int>(ExitCode::data);
  }
}

}  // namespace advo::cli
