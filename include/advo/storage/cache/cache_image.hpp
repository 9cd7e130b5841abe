// The file format of the program cache (.advo/cache and .advo/cache-delta):
// a memory-mappable image of parsed records, the strings and lists they
// refer to, and for every file the stat it was checked with and the
// problems it gave. A base image holds the whole program in program order;
// a delta image holds the files changed since its base.
//
// An image is trusted only when it was written by this very build of advo
// (its build id is part of the layout signature), is complete (its size),
// is intact (a checksum over every byte) and is consistent (every offset,
// handle and count in range). Anything else is ignored, never repaired.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "advo/domain/interned.hpp"
#include "advo/domain/records.hpp"

namespace advo::cache {

enum class ImageKind : uint32_t { base = 1, delta = 2 };

// How a file looked when it was checked: changes to any of these mean the
// file must be read again.
struct FileCheck {
  uint64_t size = 0;
  int64_t mtime_ns = 0;
  int64_t ctime_ns = 0;
  uint64_t inode = 0;
  uint32_t mode = 0;  // file type and permission bits
  bool operator==(const FileCheck&) const = default;
};

// One file of the program. Paths are relative to the root, '/'-separated.
struct FileEntry {
  uint32_t path_offset = 0;  // in the text section
  uint32_t path_length = 0;
  uint32_t problem_first = 0;
  uint32_t problem_count = 0;
  uint8_t folder = 0;  // 0: advo.toml, 1..4: advocates, stories, requests, engagements
  uint8_t flags = 0;   // kRemoved, kStampExists, kSymlink
  uint16_t reserved = 0;
  uint32_t mode = 0;
  uint64_t size = 0;
  int64_t mtime_ns = 0;
  int64_t ctime_ns = 0;
  uint64_t inode = 0;
  // The stamp loading gave (LoadedProgram::stamps).
  uint64_t stamp_size = 0;
  int64_t stamp_mtime_ns = 0;
  uint64_t stamp_inode = 0;
  uint64_t stamp_hash = 0;

  static constexpr uint8_t kRemoved = 1;      // a delta's word that the file is gone
  static constexpr uint8_t kStampExists = 2;  // the file was read
  static constexpr uint8_t kSymlink = 4;

  FileCheck check() const { return FileCheck{size, mtime_ns, ctime_ns, inode, mode}; }
};

struct ProblemEntry {
  uint32_t code_offset = 0;
  uint32_t code_length = 0;
  uint32_t message_offset = 0;
  uint32_t message_length = 0;
  uint32_t line = 0;
  uint32_t column = 0;
  uint8_t severity = 0;  // 0 error, 1 warning
  uint8_t reserved[7] = {};
};

// A record folder as it was listed.
struct FolderEntry {
  uint8_t state = 0;  // kInherit, kListed, kUnlisted
  uint8_t reserved[3] = {};
  uint32_t mode = 0;
  int64_t mtime_ns = 0;
  int64_t ctime_ns = 0;
  uint64_t inode = 0;
  uint32_t name_first = 0;
  uint32_t name_count = 0;

  static constexpr uint8_t kInherit = 0;   // a delta leaves the base's listing
  static constexpr uint8_t kListed = 1;    // the names below are the folder's
  static constexpr uint8_t kUnlisted = 2;  // the folder must be listed again

  FileCheck check() const { return FileCheck{0, mtime_ns, ctime_ns, inode, mode}; }
};

// A name in a folder (dot files left out), sorted within the folder.
struct NameEntry {
  uint32_t offset = 0;  // in the text section
  uint32_t length = 0;
  uint32_t flags = 0;   // kSymlink
  static constexpr uint32_t kSymlink = 1;
};

inline constexpr size_t kFolderCount = 4;

// Everything one image holds, as views: into the mapped file when read,
// into the caller's memory when written.
struct ImageContent {
  ImageKind kind = ImageKind::base;
  uint64_t base_checksum = 0;   // a delta: the checksum of its base
  int64_t validated_at_ns = 0;  // every file was checked at or after this time
  // Strings with handles string_first…, lists with ids list_first[0/1]….
  uint32_t string_first = 1;
  std::span<const uint32_t> string_offsets;  // count + 1
  std::string_view string_text;
  std::span<const uint32_t> string_slots;
  uint32_t sym_list_first = 1;
  std::span<const uint32_t> sym_list_offsets;
  std::span<const Sym> sym_list_items;
  uint32_t window_list_first = 1;
  std::span<const uint32_t> window_list_offsets;
  std::span<const Window> window_list_items;
  std::span<const FileEntry> files;
  std::string_view text;  // paths, names, problem codes and messages
  std::span<const ProblemEntry> problems;
  std::span<const FolderEntry> folders;  // kFolderCount
  std::span<const NameEntry> names;
  std::span<const Advocate> advocates;
  std::span<const Story> stories;
  std::span<const Request> requests;
  std::span<const Engagement> engagements;
  // Base images: the EngagementIndex arrays of the records above.
  std::span<const uint32_t> engagements_by_id;
  std::span<const uint32_t> by_advocate;
  std::span<const uint32_t> by_advocate_start;

  uint32_t string_count() const { return string_offsets.empty() ? 0 : static_cast<uint32_t>(string_offsets.size() - 1); }
  uint32_t sym_list_count() const {
    return sym_list_offsets.empty() ? 0 : static_cast<uint32_t>(sym_list_offsets.size() - 1);
  }
  uint32_t window_list_count() const {
    return window_list_offsets.empty() ? 0 : static_cast<uint32_t>(window_list_offsets.size() - 1);
  }
  std::string_view text_at(uint32_t offset, uint32_t length) const { return text.substr(offset, length); }
  std::string_view path(const FileEntry& f) const { return text_at(f.path_offset, f.path_length); }
};

// The layout signature: this build, the record layouts and the format.
uint64_t layout_signature();

// A fast checksum of bytes (eight at a time).
uint64_t checksum_bytes(const void* data, size_t size);

// Serialises `content` (its views may point anywhere) into the bytes of an
// image file.
std::string build_image(const ImageContent& content);
// The same bytes handed to `put` a piece at a time, in order, never held
// whole; false as soon as `put` returns false.
bool write_image(const ImageContent& content, const std::function<bool(std::string_view)>& put);

// Handles and list ids the records of an image may use beyond its own:
// those of its base, for a delta.
struct HandleLimits {
  uint32_t handles = 0;
  uint32_t sym_lists = 0;
  uint32_t window_lists = 0;
};

// A mapped image. Its header (with a checksum of each section) is always
// verified; the sections in two groups: those that describe files and
// folders, and the strings, lists, records and indexes. open() verifies
// both; a load verifies the second while it checks files. The mapping
// lives as long as any copy of the shared pointer (and, once its strings
// are adopted, the process).
class Image {
 public:
  // Maps and verifies `path`; nullptr when missing, not a regular file (a
  // link, a pipe: never waited on) or not trustworthy.
  static std::shared_ptr<const Image> open(const std::filesystem::path& path, const HandleLimits& limits = {});
  // The same for the file `name` in the folder open as `dirfd`.
  static std::shared_ptr<const Image> open_in(int dirfd, const char* name, const HandleLimits& limits = {});
  // Maps `path` and verifies its header only.
  static std::shared_ptr<Image> open_unverified(const std::filesystem::path& path);
  static std::shared_ptr<Image> open_unverified_in(int dirfd, const char* name);
  // Verifies bytes in memory (for tests); `bytes` must outlive the image.
  static std::shared_ptr<const Image> from_bytes(std::string_view bytes, const HandleLimits& limits = {});
  ~Image();
  Image(const Image&) = delete;
  Image& operator=(const Image&) = delete;

  // Files, problems, folders and names: intact and in range.
  bool verify_listing() const;
  // Strings, lists, records and indexes: intact and in range.
  bool verify_data(const HandleLimits& limits = {}) const;

  const ImageContent& content() const { return content_; }
  // The checksum of the header, which covers every section's checksum.
  uint64_t checksum() const { return checksum_; }
  size_t size() const { return size_; }
  // The file's modification time (when it was written).
  int64_t written_ns() const { return written_ns_; }
  // Lets go of the memory of a range of a mapped image (nothing for an
  // image in memory): the pages come back from the file when next read.
  // The image is mapped as it is read, never all at once.
  void release(const void* data, size_t size) const;

 private:
  static constexpr size_t kSections = 19;
  Image() = default;
  static std::shared_ptr<Image> map(int dirfd, const char* name);
  bool read_header();
  bool sections_intact(std::span<const size_t> which) const;

  const unsigned char* data_ = nullptr;
  size_t size_ = 0;
  bool mapped_ = false;
  uint64_t checksum_ = 0;
  int64_t written_ns_ = 0;
  ImageContent content_;
  std::string_view sections_[kSections];
  uint64_t section_checksums_[kSections] = {};
};

// Writes bytes to `path` atomically (temporary file and rename, no fsync:
// a torn cache is detected and rebuilt). Returns false when it cannot.
// The program's own cache is written through its StateFolder instead.
bool write_image_file(const std::filesystem::path& path, std::string_view bytes);

}  // namespace advo::cache
