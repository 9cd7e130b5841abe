// advo cache clear: removes the program cache in .advo/. It is only ever a
// shortcut; the next command reads the files and builds it again.
#include "advo/storage/loader.hpp"
#include "advo/storage/state_folder.hpp"
#include "cli/command.hpp"

namespace advo::cli {

Runner setup_cache(CommandOptions& app) {
  app.require_subcommand(1);
  CommandOptions clear = app.add_subcommand("clear", "Remove the cache in .advo/; the next command rebuilds it");
  auto run_clear = [](Context& ctx) {
    refuse_unsafe_state_folder(ctx.root(), ctx.display(".advo"));
    const bool removed = clear_program_cache(ctx.root());
    ctx.note(removed ? "cache cleared" : "no cache to clear");
    return 0;
  };
  return dispatch_subcommands(app, {{clear, run_clear}}, run_clear);
}

}  // namespace advo::cli
