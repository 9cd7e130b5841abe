// Reading and writing files safely: size limits before reading, a stamp to
// notice a file changed underneath, and writes that never leave a file
// half-written (temporary file in the same folder, fsync, rename).
#pragma once

#include <cstdint>
#include <filesystem>
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

// Removes a file; a missing file is fine.
void remove_file(const std::filesystem::path& path, const std::string& display);

}  // namespace advo
