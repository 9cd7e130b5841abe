// Reading and writing files safely: size limits before reading, a stamp to
// notice a file changed underneath, and writes that never leave a file
// half-written (temporary file in the same folder, fsync, rename), keep a
// rewritten file's mode and owner, and reach a program's files from its
// root without following symbolic links.
#pragma once

#include <cstdint>
#include <filesystem>
#include <span>
#include <string>
#include <string_view>
#include <utility>

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

// Replaces the file's content atomically, creating folders as needed. The
// folders of `path` are followed as they are (for files the user names,
// outside any program); the file itself must not be a symbolic link. A
// rewrite keeps the file's mode and owner (the owner where this process
// may set it); a new file gets 0666 less the umask. Throws RefusedError
// (with the reason) when it cannot be written; the old content is then
// untouched.
void write_file_atomic(const std::filesystem::path& path, std::string_view content, const std::string& display);

// A file the user named as output (report -o, export -o), replaced as
// write_file_atomic does; when the path is a symbolic link, the file it
// leads to is replaced instead, as a shell redirection would write it; a
// link that leads nowhere is refused.
void write_output_file(const std::filesystem::path& path, std::string_view content, const std::string& display);

// The same for a file of a program: `relative` under `root`, reached from
// the root's own folder one part at a time (open_program_folder), so that
// no symbolic link, neither a folder on the way nor the file itself, makes
// it write anywhere else; such a link is refused.
void write_file_atomic(const std::filesystem::path& root, const std::filesystem::path& relative,
                       std::string_view content, const std::string& display);

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
// replaced. Throws RefusedError naming the file. Modes and owners are kept
// as write_file_atomic keeps them.
void write_files_atomic(std::span<const FileWrite> files);
// The same for files of a program: each FileWrite::path is relative to
// `root` and reached as the program overload of write_file_atomic does.
void write_files_atomic(const std::filesystem::path& root, std::span<const FileWrite> files);

// Removes a file; a missing file is fine.
void remove_file(const std::filesystem::path& path, const std::string& display);
// Removes `relative` under `root`, refusing a symbolic link on the way or
// as the file itself; a missing file (or folder) is fine.
void remove_file(const std::filesystem::path& root, const std::filesystem::path& relative,
                 const std::string& display);

// The steps the functions above are made of, for writers that arrange
// several files their own way. A file is written as:
//   FolderHandle folder = open_program_folder(root, "engagements", true, shown);
//   std::string temp = write_temp_file(folder, "2026-11.yaml", content, true, shown);
//   rename_into_place(folder, temp, "2026-11.yaml", shown);
//   sync_folder(folder);

// An open folder: its file descriptor (closed with it) and its path for
// messages.
class FolderHandle {
 public:
  FolderHandle() = default;
  FolderHandle(int fd, std::filesystem::path path) : fd_(fd), path_(std::move(path)) {}
  ~FolderHandle();
  FolderHandle(FolderHandle&& other) noexcept;
  FolderHandle& operator=(FolderHandle&& other) noexcept;
  FolderHandle(const FolderHandle&) = delete;
  FolderHandle& operator=(const FolderHandle&) = delete;
  int fd() const { return fd_; }
  const std::filesystem::path& path() const { return path_; }

 private:
  int fd_ = -1;
  std::filesystem::path path_;
};

// Opens `folder` as it is (links followed), creating it as needed.
FolderHandle open_folder(const std::filesystem::path& folder, const std::string& display);

// Opens `relative_folder` ("" for the root itself) under `root`: the root
// is opened, then each part with openat(O_NOFOLLOW | O_DIRECTORY) from the
// folder before it, so a part that is a symbolic link is refused rather
// than followed. With `create`, missing parts are made (0777 less the
// umask). Throws RefusedError naming `display`: a link on the way, a
// folder that cannot be opened or made (a read-only program names the
// folder that is not writable).
FolderHandle open_program_folder(const std::filesystem::path& root, const std::filesystem::path& relative_folder,
                                 bool create, const std::string& display);

// Writes `content` to a new temporary file ".NAME.PID.tmp" in `folder`
// (openat O_CREAT | O_EXCL | O_NOFOLLOW; a leftover of that name, which
// only an earlier process with this pid can have left, is replaced), with
// the mode and owner of NAME when NAME exists (0666 less the umask
// otherwise), flushed to disk when `sync`. Refuses when NAME is a
// symbolic link or not a regular file. Returns the temporary file's name;
// nothing is left behind when it throws RefusedError.
std::string write_temp_file(const FolderHandle& folder, const std::string& name, std::string_view content, bool sync,
                            const std::string& display);

// renameat of `temp` to `name`, both in `folder`; refuses when `name` has
// become a symbolic link or is not a regular file. The temporary file
// stays when it throws: the caller removes it, or keeps it for a journal.
void rename_into_place(const FolderHandle& folder, const std::string& temp, const std::string& name,
                       const std::string& display);

// Flushes the folder's entries (renames, removals) to disk.
void sync_folder(const FolderHandle& folder);

// After a write of the program at `root` failed: throws RefusedError naming
// the program folder as not writable when it is on a read-only file
// system (the reason to give rather than the folder that refused first);
// returns otherwise.
void refuse_read_only_program(const std::filesystem::path& root, const std::string& display);

// The temporary file of `path` for this process (write_temp_file's name):
// `.NAME.PID.tmp` in the same folder.
std::filesystem::path temporary_file_for(const std::filesystem::path& path);

// Flushes a folder's entries (names created, renamed, removed) to disk.
void sync_folder(const std::filesystem::path& dir);

}  // namespace advo
