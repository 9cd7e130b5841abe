// advo init [DIR] [--hooks]: a new program with every setting commented;
// --hooks installs the pre-commit hook that runs `advo check` (also into
// an existing program). In a git repository both configure the merge
// driver for month files (cli/merge_driver.hpp); --hooks also moves an
// older program's .gitattributes from merge=union to merge=advo.
#include <fstream>

#include <fmt/format.h>

#include "advo/error.hpp"
#include "advo/storage/files.hpp"
#include "advo/storage/settings_file.hpp"
#include "cli/command.hpp"
#include "cli/completion.hpp"
#include "cli/merge_driver.hpp"
#include "cli/pre_commit_hook.hpp"

namespace advo::cli {
namespace fs = std::filesystem;

namespace {

struct InitOptions {
  std::string dir = ".";
  std::string name;
  bool hooks = false;
};

std::string toml_escape(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    if (static_cast<unsigned char>(c) < 0x20) continue;
    out += c;
  }
  return out;
}

// Adds `line` to a text file unless a line equal to it is there already.
std::string with_line(const fs::path& path, std::string_view line) {
  std::string text;
  std::error_code ec;
  if (fs::exists(path, ec)) text = read_file(path, path.string(), size_t{1} << 20);
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    if (std::string_view(text).substr(start, end - start) == line) return text;
    start = end + 1;
  }
  if (!text.empty() && text.back() != '\n') text += '\n';
  text += line;
  text += '\n';
  return text;
}

// .gitattributes with the month files' merge=advo line (the old
// merge=union line replaced); written only when that changes it, and said
// in an existing program.
void write_month_files_attributes(Context& ctx, const fs::path& dir, bool existing_program) {
  const fs::path path = dir / ".gitattributes";
  std::string text;
  std::error_code ec;
  if (fs::exists(path, ec)) text = read_file(path, path.string(), size_t{1} << 20);
  bool replaced = false;
  const std::string updated = with_month_files_attributes(text, replaced);
  if (updated == text) return;
  write_file_atomic(path, updated, path.string());
  const std::string shown = path.lexically_normal().string();
  if (replaced)
    ctx.note(fmt::format("{}: month files now merge with advo's driver (merge=advo, was merge=union); commit it", shown));
  else if (existing_program)
    ctx.note(fmt::format("{}: month files merge with advo's driver (added merge=advo); commit it", shown));
}

int run_init(Context& ctx, const InitOptions& o) {
  const fs::path dir = o.dir;
  std::error_code ec;
  const bool exists = fs::exists(dir / "advo.toml", ec);
  if (exists && !o.hooks)
    throw RefusedError(fmt::format("{} already holds a program (advo.toml); nothing written", o.dir));
  // The repository is known before anything is written.
  const std::optional<GitRepo> repo = o.hooks ? std::optional(repository_for_hooks(dir)) : std::nullopt;
  if (exists) {
    write_month_files_attributes(ctx, dir, true);
    configure_merge_driver(ctx, *repo, true);
    install_pre_commit_hook(ctx, *repo, dir);
    return 0;
  }
  if (fs::exists(dir, ec) && !fs::is_directory(dir, ec)) throw UsageError(fmt::format("{} is not a folder", o.dir));
  std::string name = o.name;
  if (name.empty()) {
    name = fs::absolute(dir, ec).lexically_normal().filename().string();
    if (name.empty()) name = fs::absolute(dir, ec).lexically_normal().parent_path().filename().string();
    if (name.empty()) name = "Advocacy program";
  }
  const auto write = [&](const fs::path& path, std::string_view content) {
    write_file_atomic(path, content, path.string());
  };
  write(dir / "advo.toml", default_settings_text(toml_escape(name)));
  for (const char* folder : {"advocates", "stories", "requests", "engagements"}) write(dir / folder / ".gitkeep", "");
  write_month_files_attributes(ctx, dir, false);
  write(dir / ".gitignore", with_line(dir / ".gitignore", ".advo/"));
  ctx.note(fmt::format("advo: new program '{}' in {}", name, o.dir));
  if (const std::optional<GitRepo> found = repo ? repo : GitRepo::find(dir)) configure_merge_driver(ctx, *found, false);
  if (repo) install_pre_commit_hook(ctx, *repo, dir);
  return 0;
}

}  // namespace

Runner setup_init(CommandOptions& app) {
  auto o = std::make_shared<InitOptions>();
  complete_folders(app.add_option("DIR", o->dir, "Folder of the new program (created if missing; default: here)"));
  app.add_option("--name", o->name, "Program name (default: the folder's name)");
  app.add_flag("--hooks", o->hooks,
               "Install the git pre-commit hook that runs 'advo check' and configure the merge driver for month "
               "files (into an existing program too)");
  return [o](Context& ctx) { return run_init(ctx, *o); };
}

}  // namespace advo::cli
