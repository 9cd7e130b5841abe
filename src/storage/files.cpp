#include "advo/storage/files.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <deque>
#include <utility>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

#include "advo/error.hpp"

namespace advo {
namespace {

std::string errno_text(int err) { return std::strerror(err); }

FileStamp stamp_of(const struct stat& st) {
  FileStamp s;
  s.exists = true;
  s.size = static_cast<uint64_t>(st.st_size);
  s.mtime_ns = static_cast<int64_t>(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec;
  s.inode = static_cast<uint64_t>(st.st_ino);
  return s;
}

class Fd {
 public:
  explicit Fd(int fd) : fd_(fd) {}
  ~Fd() {
    if (fd_ >= 0) ::close(fd_);
  }
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  int get() const { return fd_; }
  int release() {
    int fd = fd_;
    fd_ = -1;
    return fd;
  }

 private:
  int fd_;
};

void sync_dir(const std::filesystem::path& dir) {
  Fd fd(::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  if (fd.get() >= 0) ::fsync(fd.get());
}

// The reason a file cannot be made in `folder`, naming the folder when it
// is not writable at all (a read-only file system, no permission).
std::string not_writable_or(const std::filesystem::path& folder, int err, std::string_view what) {
  if (err == EROFS || err == EACCES || err == EPERM)
    return fmt::format("cannot write: the folder {} is not writable ({})", folder.string(), errno_text(err));
  return fmt::format("{}: {}", what, errno_text(err));
}

// A folder's path as messages show it: without a trailing slash.
std::string shown_folder(const std::filesystem::path& folder) {
  std::string text = folder.string();
  while (text.size() > 1 && text.back() == '/') text.pop_back();
  return text;
}

std::string temp_name_for(const std::string& name) { return fmt::format(".{}.{}.tmp", name, ::getpid()); }

// The file `name` in `folder` as it is now, without following a link:
// st_nlink 0 when there is none. Refuses a link or anything but a regular file.
struct stat regular_target(const FolderHandle& folder, const std::string& name, const std::string& display) {
  struct stat st {};
  if (::fstatat(folder.fd(), name.c_str(), &st, AT_SYMLINK_NOFOLLOW) != 0) {
    if (errno != ENOENT)
      throw RefusedError(fmt::format("cannot write: {}", errno_text(errno)), Location{display});
    return st;
  }
  if (S_ISLNK(st.st_mode))
    throw RefusedError("is a symbolic link; advo writes no file through a link; refused", Location{display});
  if (!S_ISREG(st.st_mode)) throw RefusedError("is not a regular file; refused", Location{display});
  return st;
}

void write_in_folder(const FolderHandle& folder, const std::string& name, std::string_view content,
                     const std::string& display) {
  const std::string temp = write_temp_file(folder, name, content, /*sync=*/true, display);
  try {
    rename_into_place(folder, temp, name, display);
  } catch (...) {
    ::unlinkat(folder.fd(), temp.c_str(), 0);
    throw;
  }
  sync_folder(folder);
}

// write_files_atomic: under `root` without following links when given,
// else at the paths as they are.
void write_batch(const std::filesystem::path* root, std::span<const FileWrite> files) {
  struct Staged {
    const FolderHandle* folder;
    std::string temp;
  };
  std::deque<std::pair<std::filesystem::path, FolderHandle>> folders;  // stable addresses
  std::vector<Staged> staged;
  auto discard = [&] {
    for (const Staged& s : staged) ::unlinkat(s.folder->fd(), s.temp.c_str(), 0);
  };
  try {
    for (const FileWrite& f : files) {
      const std::filesystem::path dir = f.path.parent_path();
      auto it = std::find_if(folders.begin(), folders.end(), [&](const auto& entry) { return entry.first == dir; });
      if (it == folders.end()) {
        folders.emplace_back(dir, root != nullptr ? open_program_folder(*root, dir, true, f.display)
                                                  : open_folder(dir, f.display));
        it = folders.end() - 1;
      }
      staged.push_back(Staged{&it->second, ""});
      staged.back().temp = write_temp_file(it->second, f.path.filename().string(), f.content, false, f.display);
    }
    if (files.empty()) return;
    // One flush of the file system instead of one per file.
    if (::syncfs(staged.front().folder->fd()) != 0)
      throw RefusedError(fmt::format("cannot write: {}", errno_text(errno)), Location{files.front().display});
  } catch (...) {
    if (!staged.empty() && staged.back().temp.empty()) staged.pop_back();
    discard();
    throw;
  }
  for (size_t i = 0; i < files.size(); ++i) {
    try {
      rename_into_place(*staged[i].folder, staged[i].temp, files[i].path.filename().string(), files[i].display);
    } catch (...) {
      staged.erase(staged.begin(), staged.begin() + static_cast<std::ptrdiff_t>(i));
      discard();
      throw;
    }
  }
  for (const auto& entry : folders) sync_folder(entry.second);
}

}  // namespace

uint64_t content_hash(std::string_view data) {
  uint64_t h = 1469598103934665603ull;  // FNV-1a
  for (char c : data) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ull;
  }
  return h == 0 ? 1 : h;
}

std::string read_file(const std::filesystem::path& path, const std::string& display, size_t max_bytes,
                      FileStamp* stamp) {
  Fd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK));
  if (fd.get() < 0) throw DataError(fmt::format("cannot read: {}", errno_text(errno)), Location{display});
  struct stat st {};
  if (::fstat(fd.get(), &st) != 0) throw DataError(fmt::format("cannot read: {}", errno_text(errno)), Location{display});
  if (S_ISDIR(st.st_mode)) throw DataError("is a folder, not a file", Location{display});
  if (!S_ISREG(st.st_mode)) throw DataError("is not a regular file", Location{display});
  if (static_cast<uint64_t>(st.st_size) > max_bytes)
    throw DataError(fmt::format("file is larger than the limit of {} bytes", max_bytes), Location{display});
  std::string data;
  data.resize(static_cast<size_t>(st.st_size));
  size_t done = 0;
  while (true) {
    if (done == data.size()) {
      // The file may have grown since fstat; read what is there, up to the limit.
      if (data.size() >= max_bytes + 1) break;
      data.resize(std::min(max_bytes + 1, data.size() + 4096));
    }
    const ssize_t n = ::read(fd.get(), data.data() + done, data.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      throw DataError(fmt::format("cannot read: {}", errno_text(errno)), Location{display});
    }
    if (n == 0) break;
    done += static_cast<size_t>(n);
  }
  data.resize(done);
  if (data.size() > max_bytes)
    throw DataError(fmt::format("file is larger than the limit of {} bytes", max_bytes), Location{display});
  if (stamp != nullptr) {
    *stamp = stamp_of(st);
    stamp->hash = content_hash(data);
  }
  return data;
}

FileStamp current_stamp(const std::filesystem::path& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return FileStamp{};
  FileStamp s = stamp_of(st);
  try {
    std::string data = read_file(path, path.string(), SIZE_MAX / 2);
    s.hash = content_hash(data);
  } catch (const Error&) {
    s.hash = 0;
  }
  return s;
}

FolderHandle::~FolderHandle() {
  if (fd_ >= 0) ::close(fd_);
}

FolderHandle::FolderHandle(FolderHandle&& other) noexcept
    : fd_(std::exchange(other.fd_, -1)), path_(std::move(other.path_)) {}

FolderHandle& FolderHandle::operator=(FolderHandle&& other) noexcept {
  if (this != &other) {
    if (fd_ >= 0) ::close(fd_);
    fd_ = std::exchange(other.fd_, -1);
    path_ = std::move(other.path_);
  }
  return *this;
}

FolderHandle open_folder(const std::filesystem::path& given, const std::string& display) {
  const std::filesystem::path folder = given.empty() ? std::filesystem::path(".") : given;
  std::error_code ec;
  std::filesystem::create_directories(folder, ec);
  if (ec) throw RefusedError(fmt::format("cannot create folder: {}", ec.message()), Location{display});
  const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) throw RefusedError(fmt::format("cannot open its folder: {}", errno_text(errno)), Location{display});
  return FolderHandle(fd, folder);
}

FolderHandle open_program_folder(const std::filesystem::path& root, const std::filesystem::path& relative_folder,
                                 bool create, const std::string& display) {
  const int root_fd = ::open(root.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (root_fd < 0)
    throw RefusedError(fmt::format("cannot open the program folder {}: {}", shown_folder(root), errno_text(errno)),
                       Location{display});
  FolderHandle folder(root_fd, root);
  for (const std::filesystem::path& part : relative_folder) {
    const std::string name = part.string();
    if (name.empty() || name == "." || name == ".." || name == "/")
      throw RefusedError("not a path inside the program; refused", Location{display});
    const std::filesystem::path path = folder.path() / part;
    int fd = ::openat(folder.fd(), name.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0 && errno == ENOENT && create) {
      if (::mkdirat(folder.fd(), name.c_str(), 0777) != 0 && errno != EEXIST)
        throw RefusedError(not_writable_or(folder.path(), errno, "cannot create folder"), Location{display});
      fd = ::openat(folder.fd(), name.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    }
    if (fd < 0) {
      const int err = errno;
      struct stat st {};
      if (::fstatat(folder.fd(), name.c_str(), &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISLNK(st.st_mode))
        throw RefusedError(fmt::format("the folder {} is a symbolic link; advo writes no program file through a "
                                       "link; refused",
                                       path.lexically_relative(root).generic_string()),
                           Location{display});
      throw RefusedError(fmt::format("cannot open the folder {}: {}", path.string(), errno_text(err)),
                         Location{display});
    }
    folder = FolderHandle(fd, path);
  }
  return folder;
}

std::string write_temp_file(const FolderHandle& folder, const std::string& name, std::string_view content, bool sync,
                            const std::string& display) {
  const struct stat target = regular_target(folder, name, display);
  const std::string temp = temp_name_for(name);
  // A rewrite starts private and takes the file's mode below; a new file
  // gets 0666 less the umask, as other tools make files.
  const mode_t mode = target.st_nlink > 0 ? 0600 : 0666;
  int fd = ::openat(folder.fd(), temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode);
  if (fd < 0 && errno == EEXIST) {
    // Our own pid in the name: the debris of an earlier process that had it.
    ::unlinkat(folder.fd(), temp.c_str(), 0);
    fd = ::openat(folder.fd(), temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode);
  }
  if (fd < 0) throw RefusedError(not_writable_or(folder.path(), errno, "cannot write"), Location{display});
  Fd file(fd);
  auto fail = [&](int err) {
    ::unlinkat(folder.fd(), temp.c_str(), 0);
    throw RefusedError(fmt::format("cannot write: {}", errno_text(err)), Location{display});
  };
  if (target.st_nlink > 0) {
    // A rewrite keeps the file's owner (where this process may set it) and mode.
    if ((target.st_uid != ::geteuid() || target.st_gid != ::getegid()) &&
        ::fchown(file.get(), target.st_uid, target.st_gid) != 0 && errno != EPERM)
      fail(errno);
    if (::fchmod(file.get(), target.st_mode & 07777) != 0) fail(errno);
  }
  size_t done = 0;
  while (done < content.size()) {
    const ssize_t n = ::write(file.get(), content.data() + done, content.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      fail(errno);
    }
    done += static_cast<size_t>(n);
  }
  if (sync && ::fsync(file.get()) != 0) fail(errno);
  if (::close(file.release()) != 0) fail(errno);
  return temp;
}

void rename_into_place(const FolderHandle& folder, const std::string& temp, const std::string& name,
                       const std::string& display) {
  regular_target(folder, name, display);
  if (::renameat(folder.fd(), temp.c_str(), folder.fd(), name.c_str()) != 0)
    throw RefusedError(fmt::format("cannot write: {}", errno_text(errno)), Location{display});
}

void sync_folder(const FolderHandle& folder) { ::fsync(folder.fd()); }

void refuse_read_only_program(const std::filesystem::path& root, const std::string& display) {
  if (::faccessat(AT_FDCWD, root.c_str(), W_OK, AT_EACCESS) != 0 && errno == EROFS)
    throw RefusedError(fmt::format("cannot write: the program folder {} is not writable ({})", shown_folder(root),
                                   errno_text(EROFS)),
                       Location{display});
}

void write_file_atomic(const std::filesystem::path& path, std::string_view content, const std::string& display) {
  const FolderHandle folder = open_folder(path.parent_path(), display);
  write_in_folder(folder, path.filename().string(), content, display);
}

void write_output_file(const std::filesystem::path& path, std::string_view content, const std::string& display) {
  std::error_code ec;
  if (!std::filesystem::is_symlink(std::filesystem::symlink_status(path, ec))) {
    write_file_atomic(path, content, display);
    return;
  }
  const std::filesystem::path target = std::filesystem::canonical(path, ec);
  if (ec)
    throw RefusedError(fmt::format("is a symbolic link to nothing that exists ({}); not written", ec.message()),
                       Location{display});
  write_file_atomic(target, content, display);
}

void write_file_atomic(const std::filesystem::path& root, const std::filesystem::path& relative,
                       std::string_view content, const std::string& display) {
  try {
    const FolderHandle folder = open_program_folder(root, relative.parent_path(), true, display);
    write_in_folder(folder, relative.filename().string(), content, display);
  } catch (const RefusedError&) {
    refuse_read_only_program(root, display);
    throw;
  }
}

void write_files_atomic(std::span<const FileWrite> files) { write_batch(nullptr, files); }

void write_files_atomic(const std::filesystem::path& root, std::span<const FileWrite> files) {
  try {
    write_batch(&root, files);
  } catch (const RefusedError&) {
    refuse_read_only_program(root, files.empty() ? std::string() : files.front().display);
    throw;
  }
}

void remove_file(const std::filesystem::path& path, const std::string& display) {
  if (::unlink(path.c_str()) != 0 && errno != ENOENT)
    throw RefusedError(fmt::format("cannot remove: {}", errno_text(errno)), Location{display});
  sync_dir(path.parent_path());
}

void remove_file(const std::filesystem::path& root, const std::filesystem::path& relative,
                 const std::string& display) {
  FolderHandle folder;
  try {
    folder = open_program_folder(root, relative.parent_path(), false, display);
  } catch (const RefusedError&) {
    struct stat st {};
    if (::lstat((root / relative.parent_path()).c_str(), &st) != 0 && errno == ENOENT) return;  // nothing to remove
    throw;
  }
  const std::string name = relative.filename().string();
  const struct stat target = regular_target(folder, name, display);
  if (target.st_nlink == 0) return;
  if (::unlinkat(folder.fd(), name.c_str(), 0) != 0 && errno != ENOENT) {
    const int err = errno;
    refuse_read_only_program(root, display);
    throw RefusedError(not_writable_or(folder.path(), err, "cannot remove"), Location{display});
  }
  sync_folder(folder);
}

std::filesystem::path temporary_file_for(const std::filesystem::path& path) {
  return path.parent_path() / temp_name_for(path.filename().string());
}

void sync_folder(const std::filesystem::path& dir) { sync_dir(dir); }

}  // namespace advo
