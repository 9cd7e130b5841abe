// advo request new | set | close: the requests of sales for advocates.
#include "advo/error.hpp"
#include "cli/commands/request_commands.hpp"

namespace advo::cli {

Runner setup_request(CommandOptions& app) {
  CommandOptions create = app.add_subcommand("new", "A new request (status open, requested today); prints its id");
  CommandOptions set = app.add_subcommand("set", "Change fields of a request: FIELD=VALUE, LIST+=VALUE, LIST-=VALUE");
  CommandOptions close = app.add_subcommand("close", "Close a request as fulfilled, unfulfilled or cancelled");
  for (CommandOptions sub : {create, set, close}) sub.fallthrough();
  return dispatch_subcommands(app,
                              {{create, setup_request_new(create)},
                               {set, setup_request_set(set)},
                               {close, setup_request_close(close)}},
                              [](Context&) -> int {
                                throw UsageError("request needs a sub-command: new, set or close "
                                                 "(see 'advo request --help')");
                              });
}

}  // namespace advo::cli
