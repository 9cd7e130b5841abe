#include "advo/storage/lock.hpp"

#include <cerrno>
#include <chrono>
#include <cstring>
#include <thread>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <fmt/format.h>

#include "advo/error.hpp"
#include "advo/storage/state_folder.hpp"

namespace advo {

ProgramLock::ProgramLock(const std::filesystem::path& root, int timeout_ms) {
  const std::filesystem::path file = state_folder(root) / "lock";
  fd_ = ::open(file.c_str(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0644);
  if (fd_ < 0)
    throw RefusedError(fmt::format("cannot open the lock .advo/lock: {}", std::strerror(errno)));
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
  auto pause = std::chrono::milliseconds(1);
  while (::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
    if (errno != EWOULDBLOCK && errno != EINTR) {
      const int err = errno;
      ::close(fd_);
      throw RefusedError(fmt::format("cannot take the lock .advo/lock: {}", std::strerror(err)));
    }
    if (std::chrono::steady_clock::now() >= deadline) {
      ::close(fd_);
      throw RefusedError("another advo is writing this program (.advo/lock is held); try again");
    }
    std::this_thread::sleep_for(pause);
    pause = std::min(pause * 2, std::chrono::milliseconds(50));
  }
}

ProgramLock::~ProgramLock() {
  if (fd_ >= 0) ::close(fd_);  // closing releases the flock
}

}  // namespace advo
