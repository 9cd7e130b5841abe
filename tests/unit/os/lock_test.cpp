// The write lock: a flock on the program folder itself, held whatever
// happens to .advo/, refused after the timeout while another holds it.
#include "advo/os/lock.hpp"

#include <filesystem>
#include <memory>

#include <doctest/doctest.h>
#include <unistd.h>

#include "advo/error.hpp"
#include "../temp_folder.hpp"

using namespace advo;
namespace fs = std::filesystem;


TEST_CASE("the lock is held on the program folder and needs no state folder") {
  TempDir dir;
  auto held = std::make_unique<ProgramLock>(dir.path, 0);
  CHECK_FALSE(fs::exists(dir.path / ".advo"));
  CHECK_THROWS_WITH_AS(ProgramLock(dir.path, 0),
                       "another advo is writing this program (it holds the lock on the program folder); try again",
                       RefusedError);
  // Deleting the state folder (git clean -fdX) does not release it.
  fs::create_directory(dir.path / ".advo");
  fs::remove_all(dir.path / ".advo");
  CHECK_THROWS_AS(ProgramLock(dir.path, 20), RefusedError);
  held.reset();
  ProgramLock again(dir.path, 0);
}

TEST_CASE("a program folder that cannot be opened is refused naming it") {
  TempDir dir;
  CHECK_THROWS_AS(ProgramLock(dir.path / "missing", 0), RefusedError);
}
