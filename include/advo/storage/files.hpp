// Reading and writing files safely: size limits before reading, a stamp to
// notice a file changed underneath, and writes that never leave a file
// half-written (temporary file in the same folder, fsync, rename).
#pragma once

#include <cstdint>
#include <filesystem>
#include <span>
#include <string>
#include <string_view>

namespace advo {

struct FileStamp {
  bool exists = false;
  uint64_t size = 0;
  int64_t mtime_ns = 0;
  uint64_t inode = 0;
  uint64_t hash = 0;  // of the content; 0 when not read
  bool operator==(const FileStamp&) const = default;
};

uint64_t content_hash(std::string_view data);

// Reads a regular file of at most max_bytes. Throws DataError naming
// `display` for a missing, unreadable, too large or non-regular file.
// Fills `stamp` when given.
std::string read_file(const std::filesystem::path& path, const std::string& display, size_t max_bytes,
                      FileStamp* stamp = nullptr);

// The stamp of a file as it is now (exists = false when missing), with the
// hash of its content.
FileStamp current_stamp(const std::filesystem::path& path);

// Replaces the file's content atomically, creating folders as needed.
// Throws RefusedError (with the reason) when it cannot be written; the old
// content is then untouched.
void write_file_atomic(const std::filesystem::path& path, std::string_view content, const std::string& display);

// One file of a batch for write_files_atomic.
struct FileWrite {
  std::filesystem::path path;
  std::string_view content;
  std::string display;
};

// Replaces many files, each atomically, faster than one by one: every
// content goes to a temporary file first, all are flushed to disk at once,
// then each is renamed into place. When a temporary file cannot be written
// no file is replaced; a failing rename (rare) leaves the files before it
// replaced. Throws RefusedError naming the file.
void write_files_atomic(std::span<const FileWrite> files);

// Removes a file; a missing file is fine.
void remove_file(const std::filesystem::path& path, const std::string& display);

// The two halves of an atomic write, for changes that land together (see
// write_transaction.hpp). The temporary file of `path` for this process:
// `.NAME.PID.tmp` in the same folder.
std::filesystem::path temporary_file_for(const std::filesystem::path& path);

// Writes `content` to the temporary file `temp` (created or emptied, never
// followed through a symbolic link), creating its folders; not flushed to
// disk. Throws RefusedError naming `display` when it cannot be written; the
// temporary file is then removed.
void write_temporary_file(const std::filesystem::path& temp, std::string_view content, const std::string& display);

// Flushes a folder's entries (names created, renamed, removed) to disk.
void sync_folder(const std::filesystem::path& dir);

}  // namespace advo
