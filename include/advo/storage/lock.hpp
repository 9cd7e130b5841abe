// The lock in .advo/ that serialises advo processes writing one program.
#pragma once

#include <filesystem>

namespace advo {

class ProgramLock {
 public:
  // Waits up to `timeout_ms` for the lock, then throws RefusedError.
  ProgramLock(const std::filesystem::path& root, int timeout_ms);
  ~ProgramLock();
  ProgramLock(const ProgramLock&) = delete;
  ProgramLock& operator=(const ProgramLock&) = delete;

 private:
  int fd_ = -1;
};

}  // namespace advo
