#include "advo/storage/files.hpp"

#include <filesystem>
#include <sys/stat.h>
#include <unistd.h>
#include <fstream>
#include <vector>

#include <doctest/doctest.h>

#include "advo/error.hpp"
#include "../temp_folder.hpp"

using namespace advo;
namespace fs = std::filesystem;


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

TEST_CASE("a program file is written from the root without following a symbolic link") {
  TempDir dir;
  const fs::path root = dir.path / "program";
  const fs::path outside = dir.path / "outside";
  fs::create_directories(root / "advocates");
  fs::create_directories(outside);
  write_file_atomic(outside / "x.yaml", "outside\n", "x");
  // The file itself a link, and a folder on the way a link.
  fs::create_symlink(outside / "x.yaml", root / "advocates" / "x.yaml");
  fs::create_directory_symlink(outside, root / "engagements");
  CHECK_THROWS_WITH_AS(write_file_atomic(root, "advocates/x.yaml", "new\n", "advocates/x.yaml"),
                       "is a symbolic link; advo writes no file through a link; refused", RefusedError);
  CHECK_THROWS_WITH_AS(write_file_atomic(root, "engagements/2026-11.yaml", "new\n", "engagements/2026-11.yaml"),
                       "the folder engagements is a symbolic link; advo writes no program file through a link; "
                       "refused",
                       RefusedError);
  const std::string content = "new\n";
  const std::vector<FileWrite> batch{{"advocates/y.yaml", content, "advocates/y.yaml"},
                                     {"engagements/2026-11.yaml", content, "engagements/2026-11.yaml"}};
  CHECK_THROWS_AS(write_files_atomic(root, batch), RefusedError);
  CHECK_FALSE(fs::exists(root / "advocates" / "y.yaml"));
  CHECK_THROWS_AS(remove_file(root, "advocates/x.yaml", "advocates/x.yaml"), RefusedError);
  CHECK_THROWS_AS(remove_file(root, "engagements/2026-11.yaml", "engagements/2026-11.yaml"), RefusedError);
  CHECK(fs::is_symlink(root / "advocates" / "x.yaml"));
  CHECK(read_file(outside / "x.yaml", "x", 100) == "outside\n");
  CHECK(std::distance(fs::directory_iterator(outside), fs::directory_iterator()) == 1);
  CHECK(std::distance(fs::directory_iterator(root / "advocates"), fs::directory_iterator()) == 1);
}

TEST_CASE("program files are written and batched and removed under the root") {
  TempDir dir;
  write_file_atomic(dir.path, "stories/a.yaml", "one\n", "stories/a.yaml");
  CHECK(read_file(dir.path / "stories" / "a.yaml", "a", 100) == "one\n");
  const std::string two = "two\n";
  const std::vector<FileWrite> batch{{"stories/a.yaml", two, "stories/a.yaml"}, {"requests/b.yaml", two, "b"}};
  write_files_atomic(dir.path, batch);
  CHECK(read_file(dir.path / "stories" / "a.yaml", "a", 100) == "two\n");
  CHECK(read_file(dir.path / "requests" / "b.yaml", "b", 100) == "two\n");
  CHECK(std::distance(fs::directory_iterator(dir.path / "stories"), fs::directory_iterator()) == 1);
  remove_file(dir.path, "stories/a.yaml", "stories/a.yaml");
  remove_file(dir.path, "stories/a.yaml", "stories/a.yaml");  // missing is fine
  remove_file(dir.path, "gone/a.yaml", "gone/a.yaml");        // so is a missing folder
  CHECK_FALSE(fs::exists(dir.path / "stories" / "a.yaml"));
  CHECK_THROWS_AS(write_file_atomic(dir.path, "../a.yaml", "x", "a"), RefusedError);
}

TEST_CASE("a rewrite keeps the file's mode and owner and a new file gets 0666 less the umask") {
  TempDir dir;
  const fs::path file = dir.path / "a.yaml";
  write_file_atomic(file, "one\n", "a.yaml");
  ::chmod(file.c_str(), 0600);
  write_file_atomic(file, "two\n", "a.yaml");
  struct stat st {};
  REQUIRE(::stat(file.c_str(), &st) == 0);
  CHECK((st.st_mode & 07777) == 0600);
  ::chmod(file.c_str(), 0664);
  write_file_atomic(dir.path, "a.yaml", "three\n", "a.yaml");
  REQUIRE(::stat(file.c_str(), &st) == 0);
  CHECK((st.st_mode & 07777) == 0664);
  const std::string four = "four\n";
  const std::vector<FileWrite> batch{{"a.yaml", four, "a.yaml"}};
  ::chmod(file.c_str(), 0640);
  write_files_atomic(dir.path, batch);
  REQUIRE(::stat(file.c_str(), &st) == 0);
  CHECK((st.st_mode & 07777) == 0640);

  const mode_t old_mask = ::umask(027);
  write_file_atomic(dir.path / "new.yaml", "x", "new.yaml");
  ::umask(old_mask);
  REQUIRE(::stat((dir.path / "new.yaml").c_str(), &st) == 0);
  CHECK((st.st_mode & 07777) == 0640);

  if (::geteuid() == 0) {  // only root may give a file away
    REQUIRE(::chown(file.c_str(), 4321, 4322) == 0);
    write_file_atomic(dir.path, "a.yaml", "five\n", "a.yaml");
    REQUIRE(::stat(file.c_str(), &st) == 0);
    CHECK(st.st_uid == 4321);
    CHECK(st.st_gid == 4322);
  }
}

TEST_CASE("an output file behind a link is written where the link leads and a dangling link is refused") {
  TempDir dir;
  write_file_atomic(dir.path / "target.md", "old\n", "target.md");
  fs::create_symlink(dir.path / "target.md", dir.path / "out.md");
  write_output_file(dir.path / "out.md", "new\n", "out.md");
  CHECK(fs::is_symlink(dir.path / "out.md"));
  CHECK(read_file(dir.path / "target.md", "t", 100) == "new\n");
  fs::create_symlink(dir.path / "nowhere" / "x.md", dir.path / "dangling.md");
  CHECK_THROWS_AS(write_output_file(dir.path / "dangling.md", "x", "dangling.md"), RefusedError);
  CHECK_FALSE(fs::exists(dir.path / "nowhere"));
  write_output_file(dir.path / "plain.md", "p\n", "plain.md");
  CHECK(read_file(dir.path / "plain.md", "p", 100) == "p\n");
}

TEST_CASE("a leftover temporary file of this process id does not stop a write") {
  TempDir dir;
  write_file_atomic(dir.path / ("." + std::string("a.yaml.") + std::to_string(::getpid()) + ".tmp"), "debris",
                    "debris");
  write_file_atomic(dir.path, "a.yaml", "new\n", "a.yaml");
  CHECK(read_file(dir.path / "a.yaml", "a", 100) == "new\n");
  CHECK(std::distance(fs::directory_iterator(dir.path), fs::directory_iterator()) == 1);
}
