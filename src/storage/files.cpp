#include "advo/storage/files.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
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

void write_file_atomic(const std::filesystem::path& path, std::string_view content, const std::string& display) {
  const std::filesystem::path dir = path.parent_path();
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) throw RefusedError(fmt::format("cannot create folder: {}", ec.message()), Location{display});
  const std::filesystem::path temp = dir / fmt::format(".{}.{}.tmp", path.filename().string(), ::getpid());
  Fd fd(::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0644));
  if (fd.get() < 0) throw RefusedError(fmt::format("cannot write: {}", errno_text(errno)), Location{display});
  auto fail = [&](int err) {
    ::unlink(temp.c_str());
    throw RefusedError(fmt::format("cannot write: {}", errno_text(err)), Location{display});
  };
  size_t done = 0;
  while (done < content.size()) {
    const ssize_t n = ::write(fd.get(), content.data() + done, content.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      fail(errno);
    }
    done += static_cast<size_t>(n);
  }
  if (::fsync(fd.get()) != 0) fail(errno);
  if (::close(fd.release()) != 0) fail(errno);
  if (::rename(temp.c_str(), path.c_str()) != 0) fail(errno);
  sync_dir(dir);
}

void write_files_atomic(std::span<const FileWrite> files) {
  std::vector<std::filesystem::path> temps;
  auto discard = [&] {
    for (const auto& t : temps) ::unlink(t.c_str());
  };
  auto fail = [&](const FileWrite& f, const std::string& why) {
    discard();
    throw RefusedError(fmt::format("cannot write: {}", why), Location{f.display});
  };
  for (const FileWrite& f : files) {
    const std::filesystem::path dir = f.path.parent_path();
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec) fail(f, ec.message());
    const std::filesystem::path temp = dir / fmt::format(".{}.{}.tmp", f.path.filename().string(), ::getpid());
    Fd fd(::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0644));
    if (fd.get() < 0) fail(f, errno_text(errno));
    temps.push_back(temp);
    size_t done = 0;
    while (done < f.content.size()) {
      const ssize_t n = ::write(fd.get(), f.content.data() + done, f.content.size() - done);
      if (n < 0) {
        if (errno == EINTR) continue;
        fail(f, errno_text(errno));
      }
      done += static_cast<size_t>(n);
    }
    if (::close(fd.release()) != 0) fail(f, errno_text(errno));
  }
  if (files.empty()) return;
  // One flush of the file system instead of one per file.
  {
    Fd fd(::open(temps.front().c_str(), O_RDONLY | O_CLOEXEC));
    if (fd.get() < 0 || ::syncfs(fd.get()) != 0) fail(files.front(), errno_text(errno));
  }
  std::vector<std::filesystem::path> dirs;
  for (size_t i = 0; i < files.size(); ++i) {
    if (::rename(temps[i].c_str(), files[i].path.c_str()) != 0) {
      const int err = errno;
      temps.erase(temps.begin(), temps.begin() + static_cast<std::ptrdiff_t>(i));
      fail(files[i], errno_text(err));
    }
    const std::filesystem::path dir = files[i].path.parent_path();
    if (std::find(dirs.begin(), dirs.end(), dir) == dirs.end()) dirs.push_back(dir);
  }
  for (const auto& dir : dirs) sync_dir(dir);
}

void remove_file(const std::filesystem::path& path, const std::string& display) {
  if (::unlink(path.c_str()) != 0 && errno != ENOENT)
    throw RefusedError(fmt::format("cannot remove: {}", errno_text(errno)), Location{display});
  sync_dir(path.parent_path());
}

std::filesystem::path temporary_file_for(const std::filesystem::path& path) {
  return path.parent_path() / fmt::format(".{}.{}.tmp", path.filename().string(), ::getpid());
}

void write_temporary_file(const std::filesystem::path& temp, std::string_view content, const std::string& display) {
  std::error_code ec;
  std::filesystem::create_directories(temp.parent_path(), ec);
  if (ec) throw RefusedError(fmt::format("cannot create folder: {}", ec.message()), Location{display});
  Fd fd(::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0644));
  if (fd.get() < 0) throw RefusedError(fmt::format("cannot write: {}", errno_text(errno)), Location{display});
  auto fail = [&](int err) {
    ::unlink(temp.c_str());
    throw RefusedError(fmt::format("cannot write: {}", errno_text(err)), Location{display});
  };
  size_t done = 0;
  while (done < content.size()) {
    const ssize_t n = ::write(fd.get(), content.data() + done, content.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      fail(errno);
    }
    done += static_cast<size_t>(n);
  }
  if (::close(fd.release()) != 0) fail(errno);
}

void sync_folder(const std::filesystem::path& dir) { sync_dir(dir); }

}  // namespace advo
