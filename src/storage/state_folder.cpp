// The state folder .advo/: opened and written only as a real folder in the
// program, never through a symbolic link.
#include "advo/storage/state_folder.hpp"

#include <algorithm>
#include <cerrno>
#include <string>
#include <utility>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

#include "advo/error.hpp"

namespace advo {
namespace fs = std::filesystem;
namespace {

constexpr const char* kName = ".advo";
constexpr int kFolderFlags = O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC;

// Written in small pieces: the kernel keeps a file in memory in pieces as
// large as the writes that made it (up to 2 MiB), and maps a whole piece
// into a process that touches one byte of it. A command that reads a few
// records of a large cache image then holds a few pages of it, not 2 MiB
// for each record.
bool write_all(int fd, std::string_view bytes) {
  constexpr size_t kPiece = size_t{16} << 10;
  size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t n = ::write(fd, bytes.data() + done, std::min(kPiece, bytes.size() - done));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    done += static_cast<size_t>(n);
  }
  return true;
}

// What `name` in the folder `dirfd` is when it cannot be opened as a
// folder: missing, or something that is not a folder (a link included).
StateFolder::Status status_of(int dirfd, const char* name) {
  struct stat st {};
  if (::fstatat(dirfd, name, &st, AT_SYMLINK_NOFOLLOW) != 0)
    return errno == ENOENT ? StateFolder::Status::missing : StateFolder::Status::unusable;
  return S_ISDIR(st.st_mode) ? StateFolder::Status::unusable : StateFolder::Status::not_a_folder;
}

}  // namespace

StateFolder StateFolder::open(const fs::path& root, bool create) {
  const int root_fd = ::open(root.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (root_fd < 0) return StateFolder(Status::unusable, -1);
  int fd = ::openat(root_fd, kName, kFolderFlags);
  if (fd < 0 && errno == ENOENT && create) {
    ::mkdirat(root_fd, kName, 0777);
    fd = ::openat(root_fd, kName, kFolderFlags);
  }
  if (fd < 0) {
    const Status status = status_of(root_fd, kName);
    ::close(root_fd);
    return StateFolder(status, -1);
  }
  ::close(root_fd);
  StateFolder folder(Status::usable, fd);
  if (create) {
    // EEXIST: a .gitignore of the user's own, or a link, which is left alone.
    const int err = create_new_file_at(fd, ".gitignore", "*\n");
    (void)err;
  }
  return folder;
}

StateFolder::StateFolder(StateFolder&& other) noexcept
    : status_(other.status_), fd_(std::exchange(other.fd_, -1)) {}

StateFolder& StateFolder::operator=(StateFolder&& other) noexcept {
  if (this != &other) {
    if (fd_ >= 0) ::close(fd_);
    status_ = other.status_;
    fd_ = std::exchange(other.fd_, -1);
  }
  return *this;
}

StateFolder::~StateFolder() {
  if (fd_ >= 0) ::close(fd_);
}

bool StateFolder::replace_file(std::string_view name, std::string_view bytes) const {
  return replace_file(name, [bytes](const PieceWriter& put) { return put(bytes); });
}

bool StateFolder::replace_file(std::string_view name, const std::function<bool(const PieceWriter&)>& write) const {
  if (fd_ < 0) return false;
  const std::string target(name);
  const std::string temp = fmt::format(".{}.{}.tmp", name, ::getpid());
  ::unlinkat(fd_, temp.c_str(), 0);  // left by an earlier process of the same id
  const int fd = ::openat(fd_, temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
  if (fd < 0) return false;
  const bool written = write([fd](std::string_view piece) { return write_all(fd, piece); });
  if (::close(fd) != 0 || !written) {
    ::unlinkat(fd_, temp.c_str(), 0);
    return false;
  }
  if (::renameat(fd_, temp.c_str(), fd_, target.c_str()) != 0) {
    ::unlinkat(fd_, temp.c_str(), 0);
    return false;
  }
  return true;
}

bool StateFolder::remove_file(std::string_view name) const {
  return fd_ >= 0 && ::unlinkat(fd_, std::string(name).c_str(), 0) == 0;
}

int StateFolder::open_folder(std::string_view name, bool create) const {
  if (fd_ < 0) {
    errno = ENOENT;
    return -1;
  }
  const std::string n(name);
  int fd = ::openat(fd_, n.c_str(), kFolderFlags);
  if (fd < 0 && errno == ENOENT && create) {
    if (::mkdirat(fd_, n.c_str(), 0777) != 0 && errno != EEXIST) return -1;
    fd = ::openat(fd_, n.c_str(), kFolderFlags);
  }
  return fd;
}

int create_new_file_at(int dirfd, std::string_view name, std::string_view bytes) {
  const std::string n(name);
  const int fd = ::openat(dirfd, n.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
  if (fd < 0) return errno;
  const bool written = write_all(fd, bytes);
  int err = written ? 0 : (errno != 0 ? errno : EIO);
  if (::close(fd) != 0 && err == 0) err = errno;
  if (err != 0) ::unlinkat(dirfd, n.c_str(), 0);
  return err;
}

void refuse_unsafe_state_folder(const fs::path& root, const std::string& display) {
  const int root_fd = ::open(root.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (root_fd < 0) return;  // reported where the program is read
  struct stat st {};
  const bool found = ::fstatat(root_fd, kName, &st, AT_SYMLINK_NOFOLLOW) == 0;
  ::close(root_fd);
  if (!found || S_ISDIR(st.st_mode)) return;
  const char* what = S_ISLNK(st.st_mode) ? "a symbolic link" : S_ISREG(st.st_mode) ? "a file" : "a special file";
  throw RefusedError(fmt::format("is {}, not a folder: advo keeps its own state there and never writes through it; "
                                 "remove it (git rm it if it is committed) and run the command again; nothing written",
                                 what),
                     Location{display});
}

fs::path state_folder(const fs::path& root) {
  const StateFolder folder = StateFolder::open(root, true);
  if (folder.status() == StateFolder::Status::not_a_folder) refuse_unsafe_state_folder(root, ".advo");
  return root / kName;
}

}  // namespace advo
