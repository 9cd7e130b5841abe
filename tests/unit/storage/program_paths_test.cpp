#include "advo/storage/program_paths.hpp"

#include <filesystem>
#include <unistd.h>

#include <doctest/doctest.h>

#include "advo/error.hpp"
#include "../temp_folder.hpp"

using namespace advo;
namespace fs = std::filesystem;


TEST_CASE("a month's file is named by the month in the engagements folder") {
  CHECK(month_file("2026-11") == "engagements/2026-11.yaml");
  CHECK(is_program_file(month_file("2026-11")));
  CHECK(is_program_file(kSettingsFile));
}

TEST_CASE("only record files named by ids are program files") {
  CHECK(is_program_file("advo.toml"));
  CHECK(is_program_file("advocates/jane-doe-acme.yaml"));
  CHECK(is_program_file("stories/a.yaml"));
  CHECK(is_program_file("requests/2026-11-02-umbrella-reference-call.yaml"));
  CHECK(is_program_file("engagements/2026-11.yaml"));
  CHECK_FALSE(is_program_file("engagements/2026-13.yaml"));
  CHECK_FALSE(is_program_file("engagements/jane.yaml"));
  CHECK_FALSE(is_program_file("advocates/../advo.toml"));
  CHECK_FALSE(is_program_file("advocates/../../etc/passwd.yaml"));
  CHECK_FALSE(is_program_file("advocates/Jane-Doe.yaml"));
  CHECK_FALSE(is_program_file("advocates/.yaml"));
  CHECK_FALSE(is_program_file("advocates/a/b.yaml"));
  CHECK_FALSE(is_program_file(std::string("advocates/a\0b.yaml", 18)));
  CHECK_FALSE(is_program_file("advocates/" + std::string(81, 'a') + ".yaml"));
  CHECK_FALSE(is_program_file("/etc/passwd"));
  CHECK_FALSE(is_program_file("other/a.yaml"));
}

TEST_CASE("paths that climb out or are not record names are refused") {
  TempDir dir;
  CHECK(program_file_path(dir.path, "advocates/a.yaml", "a") == dir.path / "advocates/a.yaml");
  CHECK(program_file_path(dir.path, ".advo/cache", "c") == dir.path / ".advo/cache");
  for (const char* bad : {"../x", "/etc/passwd", "advocates/../../x.yaml", "./advo.toml", "advocates/UP.yaml",
                          "stories/a/../../../x.yaml", ""})
    CHECK_THROWS_AS(program_file_path(dir.path, bad, "f"), RefusedError);
}

TEST_CASE("a folder that is a link leading outside is refused") {
  TempDir dir;
  TempDir elsewhere;
  fs::create_directory_symlink(elsewhere.path, dir.path / "advocates");
  CHECK_THROWS_WITH_AS(program_file_path(dir.path, "advocates/a.yaml", "advocates/a.yaml"),
                       "a symbolic link on the way leads outside the program; refused", RefusedError);
  fs::create_directory(dir.path / "real");
  fs::create_directory_symlink("real", dir.path / "stories");
  CHECK(program_file_path(dir.path, "stories/a.yaml", "s") == dir.path / "stories/a.yaml");
  fs::create_symlink(elsewhere.path / "x.yaml", dir.path / "real" / "b.yaml");
  CHECK_THROWS_AS(program_file_path(dir.path, "stories/b.yaml", "s"), RefusedError);
}
