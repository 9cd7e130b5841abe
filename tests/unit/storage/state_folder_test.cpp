#include "advo/storage/state_folder.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

#include <doctest/doctest.h>

using namespace advo;
namespace fs = std::filesystem;

namespace {
struct TempDir {
  fs::path path;
  TempDir() {
    char name[] = "/tmp/advo-unit-XXXXXX";
    path = mkdtemp(name);
  }
  ~TempDir() { fs::remove_all(path); }
};

std::string text_of(const fs::path& file) {
  std::ifstream in(file);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}
}  // namespace

TEST_CASE("the state folder is created ignoring itself in git") {
  TempDir t;
  const fs::path dir = state_folder(t.path);
  CHECK(dir == t.path / ".advo");
  CHECK(fs::is_directory(dir));
  CHECK(text_of(dir / ".gitignore") == "*\n");
}

TEST_CASE("an existing state folder without a .gitignore gets one and an existing one is kept") {
  TempDir t;
  fs::create_directory(t.path / ".advo");
  std::ofstream(t.path / ".advo" / "lock") << "";
  state_folder(t.path);
  CHECK(text_of(t.path / ".advo" / ".gitignore") == "*\n");
  CHECK(fs::exists(t.path / ".advo" / "lock"));

  std::ofstream(t.path / ".advo" / ".gitignore") << "cache\n";
  state_folder(t.path);
  CHECK(text_of(t.path / ".advo" / ".gitignore") == "cache\n");
}
