// What several commands add to the parser alike: --format (and the format
// a file's extension names), and the dispatch to sub-commands.
#include "cli/command.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>

#include <fmt/format.h>

#include "advo/error.hpp"

#include "cli/completion.hpp"

namespace advo::cli {

OptionRef add_format_option(CommandOptions& app, std::string& target, std::vector<std::string> allowed) {
  target = allowed.front();
  std::string list;
  for (const auto& a : allowed) list += (list.empty() ? "" : "|") + a;
  return complete_values(app.add_option("--format", target, fmt::format("Output format: {} (default {})", list, allowed.front()))
                      .one_of(allowed)
                      .value_name("FORMAT"),
                  allowed);
}

namespace {

// The format a file's extension names, in any case; empty for any other.
std::string format_of_extension(const std::string& file) {
  std::string ext = std::filesystem::path(file).extension().string();
  for (char& ch : ext) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  if (ext == ".html" || ext == ".json" || ext == ".csv" || ext == ".md") return ext.substr(1);
  if (ext == ".txt") return "table";
  return "";
}

// "html", "csv or json", "table, md, json, csv or html".
std::string listed(const std::vector<std::string>& values) {
  std::string out;
  for (size_t i = 0; i < values.size(); ++i)
    out += (i == 0 ? "" : i + 1 == values.size() ? " or " : ", ") + values[i];
  return out;
}

}  // namespace

std::string format_for_file(const std::string& format, bool format_given, const std::string& file,
                            const std::vector<std::string>& allowed) {
  const std::string named = format_of_extension(file);
  if (named.empty()) return format;
  const bool writable = std::find(allowed.begin(), allowed.end(), named) != allowed.end();
  if (format_given) {
    if (writable && named != format)
      throw UsageError(
          fmt::format("--format {} clashes with -o {}, which names {}: give one of them, or make them agree", format,
                      file, named));
    return format;
  }
  if (!writable)
    throw UsageError(fmt::format("-o {} names {}, which this command does not write ({}): give --format to write "
                                 "one of those anyway",
                                 file, named, listed(allowed)));
  return named;
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
