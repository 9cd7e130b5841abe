#include "advo/storage/state_folder.hpp"

#include <cerrno>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

#include <doctest/doctest.h>

#include "advo/error.hpp"
#include "../temp_folder.hpp"

using namespace advo;
namespace fs = std::filesystem;

namespace {

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

TEST_CASE("a .advo that is a link is never used and writing commands are refused") {
  TempDir t;
  fs::create_directory(t.path / "elsewhere");
  fs::create_directory(t.path / "program");
  fs::create_directory_symlink("../elsewhere", t.path / "program" / ".advo");
  const StateFolder folder = StateFolder::open(t.path / "program", true);
  CHECK(folder.status() == StateFolder::Status::not_a_folder);
  CHECK_FALSE(folder.replace_file("cache", "x"));
  CHECK(fs::is_empty(t.path / "elsewhere"));
  CHECK_THROWS_AS(state_folder(t.path / "program"), RefusedError);
  CHECK_THROWS_WITH_AS(refuse_unsafe_state_folder(t.path / "program", ".advo"),
                       doctest::Contains("is a symbolic link, not a folder"), RefusedError);
  CHECK(fs::is_empty(t.path / "elsewhere"));

  fs::remove(t.path / "program" / ".advo");
  CHECK(StateFolder::open(t.path / "program", false).status() == StateFolder::Status::missing);
  CHECK_NOTHROW(refuse_unsafe_state_folder(t.path / "program", ".advo"));
  std::ofstream(t.path / "program" / ".advo") << "";
  CHECK(StateFolder::open(t.path / "program", true).status() == StateFolder::Status::not_a_folder);
}

TEST_CASE("files in the state folder are made there and never through a link") {
  TempDir t;
  fs::create_directory(t.path / ".advo");
  fs::create_symlink("../outside", t.path / ".advo" / ".gitignore");
  fs::create_symlink("../target", t.path / ".advo" / "cache");
  const StateFolder folder = StateFolder::open(t.path, true);
  REQUIRE(folder.usable());
  CHECK_FALSE(fs::exists(t.path / "outside"));

  CHECK(create_new_file_at(folder.fd(), "cache", "x") == EEXIST);
  CHECK(folder.replace_file("cache", "new"));
  CHECK_FALSE(fs::exists(t.path / "target"));
  CHECK_FALSE(fs::is_symlink(t.path / ".advo" / "cache"));
  CHECK(text_of(t.path / ".advo" / "cache") == "new");

  fs::create_directory_symlink("..", t.path / ".advo" / "edit");
  CHECK(folder.open_folder("edit", true) < 0);
  CHECK(folder.remove_file("cache"));
  CHECK_FALSE(folder.remove_file("cache"));
}

TEST_CASE("a file given a piece at a time replaces the old one whole or not at all") {
  TempDir t;
  const StateFolder folder = StateFolder::open(t.path, true);
  REQUIRE(folder.usable());
  CHECK(folder.replace_file("cache", "old"));
  CHECK(folder.replace_file("cache", [](const StateFolder::PieceWriter& put) { return put("ne") && put("w"); }));
  CHECK(text_of(t.path / ".advo" / "cache") == "new");

  // A writer that gives up halfway leaves the old file and no temporary one.
  CHECK_FALSE(folder.replace_file("cache", [](const StateFolder::PieceWriter& put) { return put("half") && false; }));
  CHECK(text_of(t.path / ".advo" / "cache") == "new");
  size_t entries = 0;
  for ([[maybe_unused]] const auto& e : fs::directory_iterator(t.path / ".advo")) ++entries;
  CHECK(entries == 2);  // .gitignore and cache
}
