// The unit test executable. Tests that run git do so with a fixed empty
// HOME, a fixed identity and no system-wide git configuration, so that the
// user's and the machine's git settings never change a result.
#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>

#include <stdlib.h>

#include "temp_folder.hpp"

int main(int argc, char** argv) {
  const TempDir home;
  ::setenv("HOME", home.path.c_str(), 1);
  ::setenv("GIT_CONFIG_NOSYSTEM", "1", 1);
  for (const char* variable : {"XDG_CONFIG_HOME", "GIT_CONFIG_GLOBAL", "GIT_CONFIG_SYSTEM", "GIT_CONFIG_PARAMETERS",
                               "GIT_CONFIG_COUNT", "GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE"})
    ::unsetenv(variable);
  ::setenv("GIT_AUTHOR_NAME", "Tester", 1);
  ::setenv("GIT_AUTHOR_EMAIL", "tester@example.com", 1);
  ::setenv("GIT_COMMITTER_NAME", "Tester", 1);
  ::setenv("GIT_COMMITTER_EMAIL", "tester@example.com", 1);

  doctest::Context context(argc, argv);
  return context.run();
}
