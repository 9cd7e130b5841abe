// The program cache in .advo/: a base image of the whole parsed program and
// a delta image of the files changed since. Loading revalidates every file
// by its stat (size, modification and change time in nanoseconds, inode,
// type); a file changed within kRacyMarginNs of the moment the cache
// checked it is also compared by content, since a second change in the same
// clock tick would leave its stat as it was. Only changed files are read
// again; the cache then records just those files.
#pragma once

#include <array>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "advo/domain/problem.hpp"
#include "advo/domain/program.hpp"
#include "advo/storage/cache/cache_image.hpp"
#include "advo/storage/program_scan.hpp"

namespace advo {

std::filesystem::path cache_base_path(const std::filesystem::path& root);   // .advo/cache
std::filesystem::path cache_delta_path(const std::filesystem::path& root);  // .advo/cache-delta
// Their names in the state folder, through which advo reads and writes them.
inline constexpr const char* kCacheBaseName = "cache";
inline constexpr const char* kCacheDeltaName = "cache-delta";

// A stat taken within this margin after the file changed may not show a
// change made right after it.
inline constexpr int64_t kRacyMarginNs = 2'000'000'000;
inline bool is_racy(const cache::FileCheck& c, int64_t validated_at_ns) {
  return std::max(c.mtime_ns, c.ctime_ns) >= validated_at_ns - kRacyMarginNs;
}

// Nanoseconds of the wall clock.
int64_t wall_clock_ns();

// Where a loaded program's file came from.
struct CachedFile {
  cache::FileCheck check;                // its stat when loaded (mode 0: none)
  const cache::Image* image = nullptr;   // the image that gave its records and problems
  uint32_t entry = 0;                    // its entry there
  uint32_t problems = UINT32_MAX;        // else its problems in CacheState::read_problems
};

struct CachedFolder {
  FolderListing listing;
  const cache::Image* image = nullptr;  // the image the listing came from; null when listed now
  bool listed = false;                  // a listing to record
};

// How a loaded program relates to the cache; kept with it so that a
// command that wrote files can record them.
struct CacheState {
  std::filesystem::path root;
  std::string display_root;
  std::shared_ptr<const cache::Image> base;
  std::shared_ptr<const cache::Image> delta;
  bool adopted = false;        // the records' handles are the images' own
  int64_t validated_at_ns = 0; // when this load began checking files
  std::vector<CachedFile> files;  // as Program::files; entry 0 is advo.toml
  std::vector<Problems> read_problems;  // of the files read by this process
  std::array<CachedFolder, cache::kFolderCount> folders;
};

// The base image and the delta that extends it.
struct CacheImages {
  std::shared_ptr<const cache::Image> base;
  std::shared_ptr<const cache::Image> delta;
};
// The images as far as their headers and listings can be trusted; none
// unless .advo is a real folder (see StateFolder).
CacheImages open_cache_images(const std::filesystem::path& root);
// The images whose strings, lists and records can be trusted too (a delta
// only with its base).
CacheImages verify_cache_data(const CacheImages& images);

// Makes the images' strings and lists the process's first handles, so that
// their records can be used as they are. False when the process interned
// under its own handles already; the records must then be translated.
bool adopt_cache_images(const CacheImages& images);
// Seals the interned tables without an image: new handles are dense.
void seal_interned_tables();

// Image handles and list ids to this process's, for images that could not
// be adopted.
struct HandleTranslation {
  std::vector<uint32_t> handles;
  std::vector<uint32_t> sym_lists;
  std::vector<uint32_t> window_lists;
  void add(const cache::ImageContent& image);
};
template <class R>
void translate_record(R& record, const HandleTranslation& t);

struct LoadedProgram;

// Writes the cache for a program as loaded under `state`: a delta when the
// changes since the base are small next to it, else a new base. Returns
// false when it could not; the cache is then simply absent or older.
// On success `state` describes the images written.
bool write_program_cache(CacheState& state, const LoadedProgram& loaded, bool force_base = false);

// Records in the cache the files a command wrote or removed since loading
// (relative paths), so that the next command need not read them again.
void record_written_files(const CacheState& state, const LoadedProgram& loaded,
                          const std::vector<std::string>& changed);

}  // namespace advo
