// advo fmt [--check]: files in their canonical form, so that every later
// change is one line of diff.
#include <map>

#include <fmt/format.h>

#include "advo/error.hpp"
#include "advo/storage/files.hpp"
#include "advo/storage/record_writer.hpp"
#include "cli/command.hpp"

namespace advo::cli {
namespace {

struct FmtOptions {
  bool check = false;
};

// The canonical text of every record file and month file, by path.
std::map<std::string, std::string> canonical_files(const Program& program) {
  std::map<std::string, std::string> out;
  auto add = [&](const auto& records) {
    for (const auto& r : records)
      if (r.origin.file < program.files.size()) out[program.files[r.origin.file]] = write_record(r);
  };
  add(program.advocates);
  add(program.stories);
  add(program.requests);
  std::map<uint32_t, std::vector<Engagement>> months;
  for (const Engagement& e : program.engagements) months[e.origin.file].push_back(e);
  for (const auto& [file, list] : months) out[program.files[file]] = write_month_file(list);
  return out;
}

int run_fmt(Context& ctx, const FmtOptions& o) {
  const Program& program = o.check ? ctx.program() : ctx.program_for_write();
  const LoadedProgram& loaded = ctx.loaded();
  std::vector<std::string> differing;
  for (const auto& [relative, text] : canonical_files(program)) {
    const auto stamp = loaded.stamp_of(relative);
    if (stamp && stamp->hash == content_hash(text) && stamp->size == text.size()) continue;
    differing.push_back(relative);
    if (!o.check) ctx.write(relative, text);
  }
  for (const auto& relative : differing) ctx.out() << terminal_safe(ctx.display(relative)) << '\n';
  if (o.check) return differing.empty() ? 0 : static_cast<int>(ExitCode::no);
  if (!differing.empty()) {
    const std::string what = fmt::format("{} file{}", differing.size(), differing.size() == 1 ? "" : "s");
    ctx.describe_change(fmt::format("fmt: canonical form of {}", what));
    ctx.note(fmt::format("formatted {}", what));
  }
  return 0;
}

}  // namespace

Runner setup_fmt(CommandOptions& app) {
  auto o = std::make_shared<FmtOptions>();
  app.add_flag("--check", o->check, "Only list the files that are not canonical; exit 1 if any");
  return [o](Context& ctx) { return run_fmt(ctx, *o); };
}

}  // namespace advo::cli
