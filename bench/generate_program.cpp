// advo-generate: writes a deterministic synthetic program for the benchmark.
//
//   advo-generate SIZE DIR [--today YYYY-MM-DD] [--seed N]
//
// SIZE is small, medium, large or heavy (large counts, every optional field
// filled, long notes; see synthetic_program.cpp) or COUNTS as
// advocates,stories,requests,engagements. DIR must not exist or be empty.
// Files are written in advo's canonical form, as advo itself writes them.
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <string>

#include <fmt/format.h>

#include "advo/storage/record_writer.hpp"
#include "synthetic_program.hpp"

namespace fs = std::filesystem;
using namespace advo;

namespace {

void write_text(const fs::path& path, std::string_view text) {
  std::ofstream out(path, std::ios::binary);
  out.write(text.data(), static_cast<std::streamsize>(text.size()));
  if (!out) throw std::runtime_error("cannot write " + path.string());
}

std::optional<bench::ProgramSize> parse_size(const std::string& text) {
  if (auto s = bench::named_size(text)) return s;
  bench::ProgramSize size{"custom", 0, 0, 0, 0};
  if (std::sscanf(text.c_str(), "%zu,%zu,%zu,%zu", &size.advocates, &size.stories, &size.requests, &size.engagements) == 4)
    return size;
  return std::nullopt;
}

int usage() {
  std::cerr << "usage: advo-generate SIZE DIR [--today YYYY-MM-DD] [--seed N]\n"
               "  SIZE: small, medium, large, heavy, or ADVOCATES,STORIES,REQUESTS,ENGAGEMENTS\n";
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  std::string today_text = "2026-11-16";
  uint64_t seed = 20261116;
  std::vector<std::string> positional;
  for (size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--today" && i + 1 < args.size()) {
      today_text = args[++i];
    } else if (args[i] == "--seed" && i + 1 < args.size()) {
      seed = std::stoull(args[++i]);
    } else if (!args[i].empty() && args[i][0] == '-') {
      return usage();
    } else {
      positional.push_back(args[i]);
    }
  }
  if (positional.size() != 2) return usage();
  const auto size = parse_size(positional[0]);
  const auto today = Date::parse(today_text);
  if (!size || !today) return usage();
  const fs::path dir = positional[1];
  std::error_code ec;
  if (fs::exists(dir, ec) && !fs::is_empty(dir, ec)) {
    std::cerr << "advo-generate: " << dir.string() << " exists and is not empty\n";
    return 1;
  }

  const auto start = std::chrono::steady_clock::now();
  const bench::SyntheticProgram program = bench::generate_program(*size, *today, seed);
  try {
    for (const char* folder : {"advocates", "stories", "requests", "engagements"}) fs::create_directories(dir / folder);
    write_text(dir / "advo.toml", program.settings_text);
    write_text(dir / ".gitignore", ".advo/\n");
    write_text(dir / ".gitattributes", "engagements/*.yaml merge=advo\n");
    for (const Advocate& a : program.advocates)
      write_text(dir / "advocates" / (a.id.str() + ".yaml"), write_record(a));
    for (const Story& s : program.stories) write_text(dir / "stories" / (s.id.str() + ".yaml"), write_record(s));
    for (const Request& r : program.requests) write_text(dir / "requests" / (r.id.str() + ".yaml"), write_record(r));
    std::map<std::string, std::vector<Engagement>> months;
    for (const Engagement& e : program.engagements) months[e.date.month_key()].push_back(e);
    for (const auto& [month, list] : months) write_text(dir / "engagements" / (month + ".yaml"), write_month_file(list));
  } catch (const std::exception& e) {
    std::cerr << "advo-generate: " << e.what() << "\n";
    return 1;
  }
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::cerr << fmt::format("{} advocates, {} stories, {} requests, {} engagements in {:.1f} s\n",
                           program.advocates.size(), program.stories.size(), program.requests.size(),
                           program.engagements.size(), seconds);
  return 0;
}
