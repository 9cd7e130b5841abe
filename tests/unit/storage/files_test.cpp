#include "advo/storage/files.hpp"

#include <filesystem>
#include <unistd.h>
#include <fstream>
#include <vector>

#include <doctest/doctest.h>

#include "advo/error.hpp"

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
}  // namespace

TEST_CASE("atomic writes replace content and leave no temporary file") {
  TempDir dir;
  const fs::path file = dir.path / "sub" / "a.yaml";
  write_file_atomic(file, "one\n", "a.yaml");
  FileStamp stamp;
  CHECK(read_file(file, "a.yaml", 100, &stamp) == "one\n");
  CHECK(stamp.exists);
  CHECK(stamp.size == 4);
  write_file_atomic(file, "two\n", "a.yaml");
  CHECK(read_file(file, "a.yaml", 100) == "two\n");
  CHECK(std::distance(fs::directory_iterator(dir.path / "sub"), fs::directory_iterator()) == 1);
  CHECK(current_stamp(file).hash == content_hash("two\n"));
  CHECK_FALSE(current_stamp(dir.path / "missing").exists);
}

TEST_CASE("reading refuses folders and missing and oversized files") {
  TempDir dir;
  CHECK_THROWS_WITH_AS(read_file(dir.path, "d", 100), "is a folder, not a file", DataError);
  CHECK_THROWS_AS(read_file(dir.path / "none", "none", 100), DataError);
  write_file_atomic(dir.path / "big", std::string(200, 'x'), "big");
  CHECK_THROWS_WITH_AS(read_file(dir.path / "big", "big", 100), "file is larger than the limit of 100 bytes", DataError);
}

TEST_CASE("a write into a read-only folder fails clearly and keeps the old file") {
  if (::geteuid() == 0) return;  // root may write anywhere
  TempDir dir;
  write_file_atomic(dir.path / "a", "old", "a");
  fs::permissions(dir.path, fs::perms::owner_read | fs::perms::owner_exec);
  CHECK_THROWS_AS(write_file_atomic(dir.path / "a", "new", "a"), RefusedError);
  fs::permissions(dir.path, fs::perms::owner_all);
  CHECK(read_file(dir.path / "a", "a", 100) == "old");
}

TEST_CASE("batch writes replace every file and leave no temporary file") {
  TempDir dir;
  write_file_atomic(dir.path / "a" / "x.yaml", "old\n", "a/x.yaml");
  const std::string one = "one\n";
  const std::string two = "two\n";
  const std::vector<FileWrite> files{{dir.path / "a" / "x.yaml", one, "a/x.yaml"},
                                     {dir.path / "b" / "y.yaml", two, "b/y.yaml"}};
  write_files_atomic(files);
  CHECK(read_file(dir.path / "a" / "x.yaml", "x", 100) == "one\n");
  CHECK(read_file(dir.path / "b" / "y.yaml", "y", 100) == "two\n");
  CHECK(std::distance(fs::directory_iterator(dir.path / "a"), fs::directory_iterator()) == 1);
  write_files_atomic({});
}

TEST_CASE("a batch that cannot be written replaces no file") {
  TempDir dir;
  write_file_atomic(dir.path / "a", "old", "a");
  // A folder where the second file's folder should be.
  write_file_atomic(dir.path / "blocked", "not a folder", "blocked");
  const std::vector<FileWrite> files{{dir.path / "a", "new", "a"}, {dir.path / "blocked" / "b", "b", "blocked/b"}};
  CHECK_THROWS_AS(write_files_atomic(files), RefusedError);
  CHECK(read_file(dir.path / "a", "a", 100) == "old");
  CHECK(std::distance(fs::directory_iterator(dir.path), fs::directory_iterator()) == 2);
}
