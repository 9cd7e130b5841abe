// What several commands add to the parser alike: --format, and the
// dispatch to sub-commands.
#include "cli/command.hpp"

#include <fmt/format.h>

#include "cli/completion.hpp"

namespace advo::cli {

void add_format_option(CommandOptions& app, std::string& target, std::vector<std::string> allowed) {
  target = allowed.front();
  std::string list;
  for (const auto& a : allowed) list += (list.empty() ? "" : "|") + a;
  complete_values(app.add_option("--format", target, fmt::format("Output format: {} (default {})", list, allowed.front()))
                      .one_of(allowed)
                      .value_name("FORMAT"),
                  allowed);
}

Runner dispatch_subcommands(CommandOptions& app, std::vector<std::pair<CommandOptions, Runner>> subs,
                            Runner fallback) {
  (void)app;
  return [subs = std::move(subs), fallback = std::move(fallback)](Context& ctx) {
    for (const auto& [sub, run] : subs)
      if (sub.parsed()) return run(ctx);
    return fallback(ctx);
  };
}

}  // namespace advo::cli
