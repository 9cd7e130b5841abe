// Running another program (git, man) with an argument vector, never through
// a shell, with exactly the environment given.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace advo {

struct ProcessResult {
  bool started = false;  // false: the program was not found or could not run
  int status = -1;       // exit status; 128 + N when killed by signal N
  std::string out;
  std::string err;
};

// The full path of `name` found in the PATH of `environment` ("NAME=value"
// entries), or nullopt. A name holding '/' is taken as it is.
std::optional<std::filesystem::path> find_executable(std::string_view name, const std::vector<std::string>& environment);

// The environment of this process, as "NAME=value" entries.
std::vector<std::string> current_environment();

// Runs argv[0] (looked up in PATH) in folder `cwd` (empty: the current
// one), feeding `input` to its standard input and collecting its standard
// output and error.
ProcessResult run_process(const std::vector<std::string>& argv, const std::vector<std::string>& environment,
                          const std::filesystem::path& cwd = {}, std::string_view input = {});

// Runs argv[0] with this process's standard input, output and error, and
// waits for it. nullopt when it could not be started.
std::optional<int> run_attached(const std::vector<std::string>& argv, const std::vector<std::string>& environment);

}  // namespace advo
