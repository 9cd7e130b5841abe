#include "cli/app.hpp"

#include <iostream>
#include <map>
#include <optional>

#include <fmt/format.h>

#include "advo/error.hpp"
#include "cli/command.hpp"
#include "cli/command_line.hpp"
#include "cli/completion.hpp"
#include "cli/domain_error_exit.hpp"
#include "cli/parser.hpp"
#include "cli/typed_text.hpp"
#include "cli/unknown_words.hpp"

namespace advo::cli {

int run(int argc, char** argv, std::ostream& out, std::ostream& err) {
  clear_completions();
  const std::vector<std::string> arguments(argv + 1, argv + argc);
  Parser parser(arguments);
  CLI::App& app = parser.app();
  GlobalOptions& global = parser.global();
  std::map<CLI::App*, Runner>& runners = parser.runners();

  // The parser reads the words composed to NFC (typed_text.hpp).
  const std::vector<std::string> words = composed_words(app, arguments);
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
    // "--format: unknown format 'xml'; …": the value names its option.
    if (dynamic_cast<const CLI::ValidationError*>(&e) != nullptr) {
      const size_t colon = message.find(": unknown ");
      if (colon != std::string::npos) message.erase(0, colon + 2);
    }
    const std::optional<std::string> unknown = unknown_word(app, words);
    if (unknown) message = *unknown;
    const auto parsed = app.get_subcommands();
    if (parsed.empty()) {
      if (!unknown && dynamic_cast<const CLI::RequiredError*>(&e) != nullptr) message = "a command is required";
      err << "advo: " << terminal_safe(message) << "\n";
      err << "Run 'advo --help' for the list of commands.\n";
    } else {
      err << "advo: " << parsed.front()->get_name() << ": " << terminal_safe(message) << "\n";
      err << "Run 'advo " << parsed.front()->get_name() << " --help' for its options.\n";
    }
    return static_cast<int>(ExitCode::usage);
  }

  return run_reporting_errors(out, err, [&]() -> int {
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
  });
}

int run_reporting_errors(std::ostream& out, std::ostream& err, const std::function<int()>& command) {
  try {
    return command();
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
  } catch (const std::exception& e) {
    // A fault of advo itself (a logic_error, out_of_range or a
    // filesystem_error nothing turned into an Error): a message rather than
    // std::terminate.
    out.flush();
    err << "advo: internal error: " << terminal_safe(e.what()) << ", please report\n";
    return static_cast<int>(ExitCode::data);
  }
}

}  // namespace advo::cli
