// advo engagement done | cancel | delete | set: corrections to the
// engagement log, each validated as `advo log` validates a new entry.
#include <fmt/format.h>

#include "advo/domain/suggest.hpp"
#include "advo/error.hpp"
#include "cli/commands/engagement_commands.hpp"

namespace advo::cli {

Runner setup_engagement(CommandOptions& app) {
  CommandOptions done = app.add_subcommand("done", "A scheduled engagement took place: its outcome becomes completed");
  CommandOptions cancel = app.add_subcommand("cancel", "An engagement was called off: its outcome becomes cancelled");
  CommandOptions remove = app.add_subcommand("delete", "Remove an entry logged by mistake");
  CommandOptions set = app.add_subcommand("set", "Change fields of an engagement: FIELD=VALUE (date, outcome, notes, "
                                                 "request, story, by)");
  for (CommandOptions sub : {done, cancel, remove, set}) sub.fallthrough();
  auto words = std::make_shared<std::vector<std::string>>();
  app.add_option("WORD", *words).hidden();
  return dispatch_subcommands(app,
                              {{done, setup_engagement_done(done)},
                               {cancel, setup_engagement_cancel(cancel)},
                               {remove, setup_engagement_delete(remove)},
                               {set, setup_engagement_set(set)}},
                              [words](Context&) -> int {
                                const std::vector<std::string> names = {"done", "cancel", "delete", "set"};
                                if (words->empty())
                                  throw UsageError("engagement needs a sub-command: done, cancel, delete or set "
                                                   "(see 'advo engagement --help')");
                                throw UsageError(fmt::format("unknown engagement sub-command '{}'{}; engagement "
                                                             "takes done, cancel, delete or set",
                                                             words->front(), did_you_mean(words->front(), names)));
                              });
}

}  // namespace advo::cli
