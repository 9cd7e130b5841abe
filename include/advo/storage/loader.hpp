// The one seam through which every command gets the program: find the
// files, read and parse them, and return the records with every problem
// found on the way.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "advo/domain/problem.hpp"
#include "advo/domain/program.hpp"
#include "advo/storage/files.hpp"
#include "advo/storage/yaml_tree.hpp"

namespace advo {

// Limits on a file before it is parsed.
inline constexpr size_t kMaxRecordBytes = size_t{1} << 20;      // one record
inline constexpr size_t kMaxMonthFileBytes = size_t{64} << 20;  // one month of engagements
inline constexpr size_t kMaxSettingsBytes = size_t{1} << 20;

// Limits while parsing: size, nesting depth and nodes (aliases count every
// node they expand to). A record is a few dozen nodes a few levels deep; a
// month file a list of them.
inline constexpr YamlLimits kRecordLimits{kMaxRecordBytes, 16, 20'000};
inline constexpr YamlLimits kMonthFileLimits{kMaxMonthFileBytes, 16, 2'000'000};

struct CacheState;

struct LoadedProgram {
  std::filesystem::path root;
  Program program;
  Problems problems;              // errors here mean the data cannot be trusted
  std::vector<FileStamp> stamps;  // per program.files entry, as read
  std::shared_ptr<const CacheState> cache;  // how it relates to the cache, when one was used

  bool has_errors() const { return count_errors(problems) > 0; }
  // The stamp of a file as loaded, by path relative to the root.
  std::optional<FileStamp> stamp_of(const std::string& relative) const;
};

// The folder holding advo.toml: `start` or the nearest parent that has one.
std::optional<std::filesystem::path> find_program_root(const std::filesystem::path& start);

// How to show paths under `root` from the current directory: "" when root
// is the current directory, else a relative (or absolute) path ending "/".
std::string display_root_for(const std::filesystem::path& root);

struct LoadOptions {
  // Use the cache in .advo/ (cache/program_cache.hpp): read what it holds for
  // unchanged files, and record what was read. Without it every file is
  // read and nothing is written.
  bool use_cache = true;
  // Let the load fold the cache's delta into a new base once it is old
  // enough (cache/program_cache.hpp). A command about to write leaves that
  // to a later command that only reads: its write extends the delta.
  bool fold_cache_delta = true;
};

// Loads the program. The result is the same with or without the cache.
LoadedProgram load_program(const std::filesystem::path& root, const std::string& display_root,
                           const LoadOptions& options = {});

// After a command wrote or removed files (paths relative to the root):
// records them in the cache the program was loaded with, if any.
void update_program_cache(const LoadedProgram& loaded, const std::vector<std::string>& changed);

// Removes the cache of the program at `root`; returns whether there was one.
bool clear_program_cache(const std::filesystem::path& root);

// The text of a record file or month file, checked like load_program
// checks it (limits, NUL bytes, UTF-8), without a byte-order mark. When
// `notes` is given, a byte-order mark and CRLF line endings are noted there
// as warnings (readable, but not the canonical form).
std::string read_record_text(const std::filesystem::path& path, const std::string& display, size_t max_bytes,
                             FileStamp* stamp = nullptr, Problems* notes = nullptr);

// A month file's engagements, read on their own (for rewriting one month).
std::vector<Engagement> read_month_file(const std::filesystem::path& path, const std::string& display,
                                        Problems& problems, FileStamp* stamp = nullptr);

}  // namespace advo
