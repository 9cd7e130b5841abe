#include "cli/pre_commit_hook.hpp"

#include <sys/stat.h>

#include <fmt/format.h>

#include "advo/error.hpp"
#include "advo/storage/files.hpp"

namespace advo::cli {
namespace fs = std::filesystem;
namespace {

constexpr std::string_view kProgramLine = "program=.   #";

// A word for sh: as it is when plain, else in single quotes.
std::string shell_word(std::string_view text) {
  if (!text.empty() && text.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._/-") ==
                           std::string_view::npos)
    return std::string(text);
  std::string out = "'";
  for (char c : text) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

fs::path nearest_existing(fs::path dir) {
  dir = fs::absolute(dir).lexically_normal();
  std::error_code ec;
  while (!fs::is_directory(dir, ec) && dir.has_relative_path()) dir = dir.parent_path();
  return dir;
}

}  // namespace

std::string pre_commit_hook(std::string_view folder) {
  std::string text(pre_commit_hook_template());
  const size_t at = text.find(kProgramLine);
  if (at == std::string::npos) throw std::logic_error("the pre-commit hook has no program= line");
  const std::string line = "program=" + shell_word(folder);
  // Keep the comment's column when the name fits.
  const size_t width = kProgramLine.size() - 1;
  text.replace(at, width, line.size() < width ? line + std::string(width - line.size(), ' ') : line + " ");
  return text;
}

GitRepo repository_for_hooks(const fs::path& dir) {
  std::string why;
  const std::optional<GitRepo> repo = GitRepo::find(nearest_existing(dir), &why);
  if (!repo) throw RefusedError(fmt::format("--hooks: {} (run 'git init' first); nothing written", why));
  return *repo;
}

void install_pre_commit_hook(Context& ctx, const GitRepo& repo, const fs::path& dir) {
  std::error_code ec;
  const fs::path program = fs::weakly_canonical(fs::absolute(dir), ec);
  const fs::path top = fs::weakly_canonical(repo.toplevel(), ec);
  std::string folder = program.lexically_relative(top).generic_string();
  if (folder.empty()) folder = ".";
  if (folder.rfind("..", 0) == 0) throw RefusedError(fmt::format("--hooks: {} is outside its repository", dir.string()));

  const std::string hook = pre_commit_hook(folder);
  const fs::path file = repo.hooks_dir() / "pre-commit";
  const std::string shown = fs::relative(file, fs::current_path(ec), ec).generic_string();
  if (fs::exists(file, ec) || fs::is_symlink(file, ec)) {
    std::string existing;
    try {
      existing = read_file(file, shown, size_t{1} << 20);
    } catch (const Error&) {
    }
    if (existing == hook) {
      ctx.note(fmt::format("the pre-commit hook is installed already: {}", shown));
      return;
    }
    throw RefusedError(fmt::format("{} exists already and is not advo's; not replaced (to check the program from it, "
                                   "run: advo -C {} check)",
                                   shown, shell_word(folder)));
  }
  write_file_atomic(file, hook, shown);
  if (::chmod(file.c_str(), 0755) != 0) throw RefusedError(fmt::format("{}: cannot make it executable", shown));
  ctx.note(fmt::format("installed {}: a commit is refused while 'advo check' finds an error", shown));
}

}  // namespace advo::cli
