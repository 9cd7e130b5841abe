#include "cli/editor.hpp"

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <iostream>

#include <sys/wait.h>
#include <unistd.h>

#include <fmt/format.h>

#include "advo/error.hpp"

namespace advo::cli {

bool stdin_is_terminal() { return ::isatty(STDIN_FILENO) == 1; }

Editor choose_editor() {
  for (const char* name : {"VISUAL", "EDITOR"}) {
    const char* value = std::getenv(name);
    if (value != nullptr && value[0] != '\0') return Editor{value, name};
  }
  if (!stdin_is_terminal())
    throw UsageError("no editor to run: set VISUAL or EDITOR (standard input is not a terminal, so vi cannot be used)");
  return Editor{"vi", ""};
}

int run_editor(const Editor& editor, const std::filesystem::path& file) {
  std::cout.flush();
  std::cerr.flush();
  struct sigaction ignore {};
  ignore.sa_handler = SIG_IGN;
  sigemptyset(&ignore.sa_mask);
  struct sigaction old_int {};
  struct sigaction old_quit {};
  sigaction(SIGINT, &ignore, &old_int);
  sigaction(SIGQUIT, &ignore, &old_quit);

  // As git does: the variable's value is shell text (it may hold options),
  // and the file is passed as an argument, never spliced into that text.
  const std::string script = editor.command + " \"$@\"";
  const pid_t pid = ::fork();
  if (pid == 0) {
    sigaction(SIGINT, &old_int, nullptr);
    sigaction(SIGQUIT, &old_quit, nullptr);
    ::execl("/bin/sh", "sh", "-c", script.c_str(), editor.command.c_str(), file.c_str(), static_cast<char*>(nullptr));
    ::_exit(127);
  }
  int status = 0;
  int result = 127;
  if (pid > 0) {
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    if (WIFEXITED(status)) result = WEXITSTATUS(status);
    else if (WIFSIGNALED(status)) result = 128 + WTERMSIG(status);
  }
  sigaction(SIGINT, &old_int, nullptr);
  sigaction(SIGQUIT, &old_quit, nullptr);
  if (pid < 0) throw UsageError(fmt::format("cannot start the editor '{}'", editor.command));
  return result;
}

}  // namespace advo::cli
