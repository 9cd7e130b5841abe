#include "cli/command.hpp"

#include <fmt/format.h>

#include "cli/completion.hpp"

namespace advo::cli {

void add_format_option(CLI::App& app, std::string& target, std::vector<std::string> allowed) {
  target = allowed.front();
  std::string list;
  for (const auto& a : allowed) list += (list.empty() ? "" : "|") + a;
  complete_values(app.add_option("--format", target, fmt::format("Output format: {} (default {})", list, allowed.front()))
                      ->check(CLI::IsMember(allowed))
                      ->option_text("FORMAT"),
                  allowed);
}

CLI::Validator count_validator() {
  return CLI::Validator(
      [](std::string& value) {
        const bool digits = !value.empty() && value.find_first_not_of("0123456789") == std::string::npos;
        return digits && value.find_first_not_of('0') != std::string::npos
                   ? std::string()
                   : "must be a whole number of 1 or more, not '" + value + "'";
      },
      "N");
}

Runner dispatch_subcommands(CLI::App& app, std::vector<std::pair<CLI::App*, Runner>> subs, Runner fallback) {
  (void)app;
  return [subs = std::move(subs), fallback = std::move(fallback)](Context& ctx) {
    for (const auto& [sub, run] : subs)
      if (sub->parsed()) return run(ctx);
    return fallback(ctx);
  };
}

}  // namespace advo::cli
