// Finding a program's record files: listing the four record folders,
// sorting out the names that are not records (with their warnings and
// errors), and taking the stat of every record file, on several threads.
#pragma once

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "advo/domain/problem.hpp"
#include "advo/domain/records.hpp"
#include "advo/storage/cache/cache_image.hpp"

namespace advo {

// The record folders in load order: advocates, stories, requests, engagements.
inline constexpr RecordKind kFolderKinds[] = {RecordKind::advocate, RecordKind::story, RecordKind::request,
                                              RecordKind::engagement};

struct FolderName {
  std::string_view name;
  bool symlink = false;
};

// The names in one record folder.
struct FolderListing {
  bool exists = false;       // a folder that could be listed
  cache::FileCheck check;    // its stat (for reusing a listing)
  std::vector<FolderName> names;  // sorted; dot names left out
  std::vector<char> text;    // the names' bytes when read from the disk (moves keep them in place)
  bool from_disk = false;    // listed now rather than taken from the cache
};

inline constexpr const char* kOutsideLink = "symbolic link points outside the program; refused";

// Whether `path` is a symbolic link leading outside the program (whose
// canonical root is given): such a link is refused, so that advo never
// reads (or later writes) elsewhere.
bool link_leads_outside(const std::filesystem::path& path, const std::filesystem::path& canonical_root);

// The stat of a folder; mode 0 when it does not exist.
cache::FileCheck check_path(const std::filesystem::path& path);

// Lists `dir`; a folder that is missing gives an empty listing, one that
// cannot be read or listed (a link to nothing, a folder without
// permission) a problem named `display`.
FolderListing list_folder(const std::filesystem::path& dir, const std::string& display, Problems& problems);

// What a name in a record folder is.
enum class NameKind : uint8_t {
  record_file,   // a file to load
  not_yaml,      // ignored, with a warning
  invalid_name,  // not a valid id (or month), an error
  outside_link,  // a symbolic link leading out of the program, refused
};

struct FolderItem {
  std::string_view name;
  NameKind kind = NameKind::record_file;
};

// Sorts out the names of a listing of `kind`'s folder. `canonical_root`
// decides where symbolic links may point.
std::vector<FolderItem> classify_names(RecordKind kind, const FolderListing& listing, const std::filesystem::path& root,
                                       const std::filesystem::path& canonical_root);

// The problem with a name that is not a record file.
Problem name_problem(RecordKind kind, const FolderItem& item, const std::string& display_root);

// Taking the stat of many files (following links; mode 0 when it cannot be
// taken): helper threads start at once, so that the caller can do other
// work meanwhile, then finish() takes what is left and waits for them.
class FileChecks {
 public:
  struct Target {
    uint32_t folder;  // index into `folders`
    std::string_view name;
  };
  FileChecks(const std::vector<std::filesystem::path>& folders, std::vector<Target> targets, unsigned threads);
  ~FileChecks();
  FileChecks(const FileChecks&) = delete;
  FileChecks& operator=(const FileChecks&) = delete;
  // The checks, in the order of the targets.
  std::vector<cache::FileCheck> finish();

 private:
  void work();
  std::vector<int> dirfds_;
  std::vector<Target> targets_;
  std::vector<cache::FileCheck> checks_;
  std::atomic<size_t> next_{0};
  std::vector<std::thread> helpers_;
};

// The stat of each `names[i]` in `dir`, on up to `threads` threads.
std::vector<cache::FileCheck> check_files(const std::filesystem::path& dir, const std::vector<std::string_view>& names,
                                          unsigned threads);

// Threads worth using for file work on this machine (at least 1).
unsigned worker_threads();

}  // namespace advo
