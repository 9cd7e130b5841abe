// Extracting the program folder of a commit into a temporary folder with
// git archive and tar, and loading it there.
#include "advo/storage/program_at_revision.hpp"

#include <stdlib.h>

#include <fmt/format.h>

#include "advo/error.hpp"

namespace advo {
namespace fs = std::filesystem;

namespace {

std::string last_line_of(const ProcessResult& r) {
  std::string text = r.err.empty() ? r.out : r.err;
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.pop_back();
  const size_t nl = text.rfind('\n');
  if (nl != std::string::npos) text.erase(0, nl + 1);
  return text.empty() ? fmt::format("exit status {}", r.status) : text;
}

}  // namespace

std::unique_ptr<ProgramAtRevision> ProgramAtRevision::load(const GitRepo& repo, const std::string& revision,
                                                           const std::string& display_root) {
  // A name git would take for an option is no revision.
  if (revision.empty() || revision.front() == '-')
    throw UsageError(fmt::format("unknown revision '{}': no such commit", revision));
  const ProcessResult commit = repo.run({"rev-parse", "--verify", "--quiet", revision + "^{commit}"});
  if (!commit.started) throw RefusedError("could not run git");
  if (commit.status != 0) throw UsageError(fmt::format("unknown revision '{}': no such commit", revision));
  std::string hash = commit.out;
  while (!hash.empty() && hash.back() == '\n') hash.pop_back();

  // The program folder at that commit, as a tree path from the top.
  std::string folder = repo.prefix();
  if (!folder.empty() && folder.back() == '/') folder.pop_back();
  const std::string tree = folder.empty() ? hash : hash + ":" + folder;
  const ProcessResult settings = repo.run({"cat-file", "-e", tree + (folder.empty() ? ":" : "/") + "advo.toml"});
  if (settings.status != 0) return nullptr;

  const std::string archive = repo.run_or_throw({"-C", repo.toplevel().string(), "archive", "--format=tar", tree});
  std::string pattern = (fs::temp_directory_path() / "advo-since.XXXXXX").string();
  if (mkdtemp(pattern.data()) == nullptr) throw RefusedError("could not make a temporary folder");
  std::unique_ptr<ProgramAtRevision> at(new ProgramAtRevision(pattern));
  const ProcessResult tar = run_process({"tar", "-x", "-f", "-"}, git_environment(), at->folder_, archive);
  if (!tar.started) throw RefusedError("could not run tar");
  if (tar.status != 0) throw RefusedError(fmt::format("tar: {}", last_line_of(tar)));
  at->loaded_ = load_program(at->folder_, display_root, LoadOptions{.use_cache = false});
  return at;
}

ProgramAtRevision::~ProgramAtRevision() {
  std::error_code ignored;
  fs::remove_all(folder_, ignored);
}

}  // namespace advo
