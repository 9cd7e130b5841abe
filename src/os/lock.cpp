#include "advo/os/lock.hpp"

#include <cerrno>
#include <chrono>
#include <cstring>
#include <thread>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <fmt/format.h>

#include "advo/error.hpp"

namespace advo {

ProgramLock::ProgramLock(const std::filesystem::path& root, int timeout_ms) {
  // The program folder itself carries the lock: nothing can delete it while
  // it is held (git clean, rm -rf .advo), and it needs no write access.
  fd_ = ::open(root.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd_ < 0)
    throw RefusedError(
        fmt::format("cannot open the program folder {} to lock it: {}", root.string(), std::strerror(errno)));
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
  auto pause = std::chrono::milliseconds(1);
  while (::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
    if (errno != EWOULDBLOCK && errno != EINTR) {
      const int err = errno;
      ::close(fd_);
      throw RefusedError(fmt::format("cannot lock the program folder {}: {}", root.string(), std::strerror(err)));
    }
    if (std::chrono::steady_clock::now() >= deadline) {
      ::close(fd_);
      throw RefusedError("another advo is writing this program (it holds the lock on the program folder); try again");
    }
    std::this_thread::sleep_for(pause);
    pause = std::min(pause * 2, std::chrono::milliseconds(50));
  }
}

ProgramLock::~ProgramLock() {
  if (fd_ >= 0) ::close(fd_);  // closing releases the flock
}

}  // namespace advo
