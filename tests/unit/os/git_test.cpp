#include "advo/os/git.hpp"

#include <algorithm>
#include <cstdlib>

#include <doctest/doctest.h>

using namespace advo;

namespace {
bool has(const std::vector<std::string>& env, std::string_view entry) {
  return std::find(env.begin(), env.end(), entry) != env.end();
}
bool names(const std::vector<std::string>& env, std::string_view name) {
  return std::any_of(env.begin(), env.end(), [&](const std::string& e) { return e.rfind(std::string(name) + "=", 0) == 0; });
}
}  // namespace

TEST_CASE("git_environment drops an outer git's repository variables and keeps the identity") {
  ::setenv("GIT_DIR", "/elsewhere/.git", 1);
  ::setenv("GIT_INDEX_FILE", "/elsewhere/.git/index", 1);
  ::setenv("GIT_WORK_TREE", "/elsewhere", 1);
  ::setenv("GIT_CONFIG_PARAMETERS", "'core.bare'='true'", 1);
  ::setenv("GIT_AUTHOR_NAME", "Ann Lee", 1);
  ::setenv("GIT_COMMITTER_EMAIL", "ann@example.com", 1);
  const std::vector<std::string> env = git_environment();
  CHECK_FALSE(names(env, "GIT_DIR"));
  CHECK_FALSE(names(env, "GIT_INDEX_FILE"));
  CHECK_FALSE(names(env, "GIT_WORK_TREE"));
  CHECK_FALSE(names(env, "GIT_CONFIG_PARAMETERS"));
  CHECK(has(env, "GIT_AUTHOR_NAME=Ann Lee"));
  CHECK(has(env, "GIT_COMMITTER_EMAIL=ann@example.com"));
  CHECK(has(env, "GIT_TERMINAL_PROMPT=0"));
  CHECK(names(env, "PATH"));
  for (const char* name :
       {"GIT_DIR", "GIT_INDEX_FILE", "GIT_WORK_TREE", "GIT_CONFIG_PARAMETERS", "GIT_AUTHOR_NAME", "GIT_COMMITTER_EMAIL"})
    ::unsetenv(name);
}

TEST_CASE("GitRepo::find says why there is no repository") {
  std::string why;
  CHECK_FALSE(GitRepo::find("/", &why).has_value());
  CHECK(why == "the program is not in a git repository");
}
