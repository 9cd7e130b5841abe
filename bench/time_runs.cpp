// advo-time-runs N COMMAND [ARG...]: runs COMMAND N times, its output
// thrown away, and prints one line per run: wall-ms cpu-ms exit-code
// (cpu: user + system time of the process). Timing the process directly
// leaves out the start of a shell around it, which on a small program is a
// good part of what is measured.
#include <cstdio>
#include <cstdlib>
#include <ctime>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

double ms_between(const timespec& a, const timespec& b) {
  return static_cast<double>(b.tv_sec - a.tv_sec) * 1e3 + static_cast<double>(b.tv_nsec - a.tv_nsec) / 1e6;
}

double ms_of(const timeval& t) { return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_usec) / 1e3; }

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3 || std::atoi(argv[1]) < 1) {
    std::fprintf(stderr, "usage: advo-time-runs N COMMAND [ARG...]\n");
    return 2;
  }
  const int runs = std::atoi(argv[1]);
  for (int r = 0; r < runs; ++r) {
    timespec start{}, end{};
    clock_gettime(CLOCK_MONOTONIC, &start);
    const pid_t child = fork();
    if (child < 0) {
      std::perror("advo-time-runs: fork");
      return 2;
    }
    if (child == 0) {
      const int null = open("/dev/null", O_WRONLY);
      if (null >= 0) {
        dup2(null, 1);
        dup2(null, 2);
      }
      execv(argv[2], argv + 2);
      _exit(127);
    }
    int status = 0;
    rusage usage{};
    if (wait4(child, &status, 0, &usage) < 0) {
      std::perror("advo-time-runs: wait4");
      return 2;
    }
    clock_gettime(CLOCK_MONOTONIC, &end);
    const int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    std::printf("%.1f %.1f %d\n", ms_between(start, end), ms_of(usage.ru_utime) + ms_of(usage.ru_stime), code);
  }
  return 0;
}
