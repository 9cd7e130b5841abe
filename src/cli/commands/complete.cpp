// advo __complete WORD…: the candidates for the last word of an advo
// command line, for the shell scripts in completions/ (hidden from the
// list of commands). See completion.hpp.
#include "cli/command.hpp"
#include "cli/completion_candidates.hpp"

namespace advo::cli {

Runner setup_complete(CommandOptions& app) {
  auto words = std::make_shared<std::vector<std::string>>();
  app.add_option("WORDS", *words, "The words after 'advo', the last being completed (give them after --)");
  CommandOptions root = app.parent();
  return [words, root](Context& ctx) {
    ctx.out() << candidates_text(complete_words(root, *words));
    return 0;
  };
}

}  // namespace advo::cli
