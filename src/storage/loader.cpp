// The one seam through which every command gets the program (loader.hpp):
// read_program (read_program.cpp) when the cache is off, else through the
// cache (cache/cached_load.cpp), which gives the same result.
#include "advo/storage/loader.hpp"

#include "advo/storage/cache/cached_load.hpp"
#include "advo/storage/cache/check_findings.hpp"
#include "advo/storage/cache/check_places.hpp"
#include "advo/storage/cache/program_cache.hpp"
#include "advo/storage/read_program.hpp"
#include "advo/storage/state_folder.hpp"

namespace advo {
namespace fs = std::filesystem;

std::optional<FileStamp> LoadedProgram::stamp_of(const std::string& relative) const {
  for (size_t i = 0; i < program.files.size(); ++i)
    if (program.files[i] == relative) return stamps[i];
  return std::nullopt;
}

std::optional<fs::path> find_program_root(const fs::path& start) {
  std::error_code ec;
  fs::path dir = fs::absolute(start, ec);
  if (ec) return std::nullopt;
  dir = dir.lexically_normal();
  while (true) {
    if (fs::is_regular_file(dir / "advo.toml", ec)) return dir;
    const fs::path parent = dir.parent_path();
    if (parent == dir || parent.empty()) return std::nullopt;
    dir = parent;
  }
}

std::string display_root_for(const fs::path& root) {
  std::error_code ec;
  const fs::path cwd = fs::current_path(ec);
  if (ec) return root.string() + "/";
  fs::path rel = fs::absolute(root, ec).lexically_normal().lexically_relative(cwd);
  std::string s = rel.generic_string();
  if (s.empty() || s == ".") return "";
  if (s.back() == '/') s.pop_back();
  return s + "/";
}

LoadedProgram load_program(const fs::path& root, const std::string& display_root, const LoadOptions& options) {
  return options.use_cache ? load_through_cache(root, display_root, options.fold_cache_delta)
                           : read_program(root, display_root);
}

void update_program_cache(const LoadedProgram& loaded, const std::vector<std::string>& changed) {
  if (loaded.cache && !changed.empty()) record_written_files(*loaded.cache, loaded, changed);
}

bool clear_program_cache(const fs::path& root) {
  const StateFolder folder = StateFolder::open(root, false);
  bool removed = false;
  for (const char* name : {kCacheBaseName, kCacheDeltaName, kCheckPlacesName, kCheckFindingsName}) removed = folder.remove_file(name) || removed;
  return removed;
}

}  // namespace advo
