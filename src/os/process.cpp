#include "advo/os/process.hpp"

#include <array>
#include <cerrno>
#include <csignal>
#include <cstring>

#include <fcntl.h>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace advo {
namespace fs = std::filesystem;

namespace {

// Everything the child needs, prepared before fork: after fork only
// async-signal-safe calls are made.
struct ExecPlan {
  std::string program;
  std::vector<std::string> args;
  std::vector<std::string> env;
  std::vector<char*> argv;
  std::vector<char*> envp;
  std::string cwd;

  ExecPlan(std::string path, const std::vector<std::string>& arguments, const std::vector<std::string>& environment,
           const fs::path& folder)
      : program(std::move(path)), args(arguments), env(environment), cwd(folder.string()) {
    for (std::string& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    for (std::string& e : env) envp.push_back(e.data());
    envp.push_back(nullptr);
  }
};

void close_quietly(int& fd) {
  if (fd >= 0) ::close(fd);
  fd = -1;
}

struct Pipe {
  int read = -1;
  int write = -1;
  bool open() {
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0) return false;
    read = fds[0];
    write = fds[1];
    return true;
  }
  ~Pipe() {
    close_quietly(read);
    close_quietly(write);
  }
};

// In the child: moves `fd` to `target` (the CLOEXEC flag does not survive
// dup2, so the target stays open across exec).
void move_fd(int fd, int target) {
  if (fd == target) {
    const int flags = ::fcntl(fd, F_GETFD);
    ::fcntl(fd, F_SETFD, flags & ~FD_CLOEXEC);
  } else {
    ::dup2(fd, target);
  }
}

[[noreturn]] void exec_child(const ExecPlan& plan, int status_fd) {
  if (!plan.cwd.empty() && ::chdir(plan.cwd.c_str()) != 0) {
    const int e = errno;
    (void)!::write(status_fd, &e, sizeof e);
    ::_exit(127);
  }
  ::execve(plan.program.c_str(), plan.argv.data(), plan.envp.data());
  const int e = errno;
  (void)!::write(status_fd, &e, sizeof e);
  ::_exit(127);
}

int wait_for(pid_t pid) {
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0)
    if (errno != EINTR) return -1;
  if (WIFEXITED(status)) return WEXITSTATUS(status);
  if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
  return -1;
}

// Whether the child reached exec: reads the errno it reports, if any.
bool exec_succeeded(int status_read) {
  int e = 0;
  ssize_t n;
  do n = ::read(status_read, &e, sizeof e);
  while (n < 0 && errno == EINTR);
  return n == 0;
}

}  // namespace

std::vector<std::string> current_environment() {
  std::vector<std::string> out;
  for (char** e = environ; e != nullptr && *e != nullptr; ++e) out.emplace_back(*e);
  return out;
}

std::optional<fs::path> find_executable(std::string_view name, const std::vector<std::string>& environment) {
  if (name.empty()) return std::nullopt;
  if (name.find('/') != std::string_view::npos) return fs::path(name);
  std::string path_value = "/usr/local/bin:/usr/bin:/bin";
  for (const std::string& e : environment)
    if (e.rfind("PATH=", 0) == 0) path_value = e.substr(5);
  size_t start = 0;
  while (start <= path_value.size()) {
    size_t end = path_value.find(':', start);
    if (end == std::string::npos) end = path_value.size();
    const std::string dir = end == start ? "." : path_value.substr(start, end - start);
    const fs::path candidate = fs::path(dir) / name;
    std::error_code ec;
    if (fs::is_regular_file(candidate, ec) && ::access(candidate.c_str(), X_OK) == 0) return candidate;
    start = end + 1;
  }
  return std::nullopt;
}

ProcessResult run_process(const std::vector<std::string>& argv, const std::vector<std::string>& environment,
                          const fs::path& cwd, std::string_view input) {
  ProcessResult result;
  if (argv.empty()) return result;
  const auto program = find_executable(argv.front(), environment);
  if (!program) return result;
  const ExecPlan plan(program->string(), argv, environment, cwd);

  Pipe in, out, err, status;
  if (!in.open() || !out.open() || !err.open() || !status.open()) return result;
  const pid_t pid = ::fork();
  if (pid < 0) return result;
  if (pid == 0) {
    move_fd(in.read, STDIN_FILENO);
    move_fd(out.write, STDOUT_FILENO);
    move_fd(err.write, STDERR_FILENO);
    exec_child(plan, status.write);
  }
  close_quietly(in.read);
  close_quietly(out.write);
  close_quietly(err.write);
  close_quietly(status.write);
  if (!exec_succeeded(status.read)) {
    wait_for(pid);
    return result;
  }
  result.started = true;

  // Feeds the input and drains both outputs together, so that neither side
  // can block the other on a full pipe.
  void (*previous)(int) = std::signal(SIGPIPE, SIG_IGN);
  size_t written = 0;
  if (input.empty()) close_quietly(in.write);
  else ::fcntl(in.write, F_SETFL, ::fcntl(in.write, F_GETFL) | O_NONBLOCK);
  std::array<char, 65536> buffer{};
  while (out.read >= 0 || err.read >= 0 || in.write >= 0) {
    std::array<pollfd, 3> fds{};
    nfds_t n = 0;
    const auto watch = [&](int fd, short events) {
      if (fd >= 0) fds[n++] = pollfd{fd, events, 0};
    };
    watch(out.read, POLLIN);
    watch(err.read, POLLIN);
    watch(in.write, POLLOUT);
    if (::poll(fds.data(), n, -1) < 0) {
      if (errno == EINTR) continue;
      break;
    }
    for (nfds_t i = 0; i < n; ++i) {
      if (fds[i].revents == 0) continue;
      const int fd = fds[i].fd;
      if (fd == in.write) {
        const ssize_t w = ::write(fd, input.data() + written, input.size() - written);
        if (w > 0) written += static_cast<size_t>(w);
        if ((w < 0 && errno != EAGAIN && errno != EINTR) || written == input.size()) close_quietly(in.write);
        continue;
      }
      const ssize_t r = ::read(fd, buffer.data(), buffer.size());
      if (r > 0) {
        (fd == out.read ? result.out : result.err).append(buffer.data(), static_cast<size_t>(r));
      } else if (r == 0 || (errno != EAGAIN && errno != EINTR)) {
        close_quietly(fd == out.read ? out.read : err.read);
      }
    }
  }
  std::signal(SIGPIPE, previous);
  result.status = wait_for(pid);
  return result;
}

std::optional<int> run_attached(const std::vector<std::string>& argv, const std::vector<std::string>& environment) {
  if (argv.empty()) return std::nullopt;
  const auto program = find_executable(argv.front(), environment);
  if (!program) return std::nullopt;
  const ExecPlan plan(program->string(), argv, environment, {});
  Pipe status;
  if (!status.open()) return std::nullopt;
  const pid_t pid = ::fork();
  if (pid < 0) return std::nullopt;
  if (pid == 0) exec_child(plan, status.write);
  close_quietly(status.write);
  if (!exec_succeeded(status.read)) {
    wait_for(pid);
    return std::nullopt;
  }
  // The pager of man reads the terminal; advo waits without taking part.
  void (*previous_int)(int) = std::signal(SIGINT, SIG_IGN);
  const int code = wait_for(pid);
  std::signal(SIGINT, previous_int);
  return code;
}

}  // namespace advo
