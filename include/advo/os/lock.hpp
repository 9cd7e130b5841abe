// The lock that serialises advo processes writing one program: a flock on
// the program folder itself, which no clean of ignored files can remove.
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
