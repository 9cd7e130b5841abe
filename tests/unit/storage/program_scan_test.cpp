#include "advo/storage/program_scan.hpp"

#include <filesystem>
#include <fstream>

#include <doctest/doctest.h>

#include "../temp_folder.hpp"

using namespace advo;
namespace fs = std::filesystem;

TEST_CASE("a folder lists its names sorted without dot files and marks links") {
  TempDir t;
  const fs::path dir = t.path / "advocates";
  fs::create_directories(dir);
  for (const char* name : {"zed.yaml", "ann.yaml", ".hidden.yaml", "notes.txt"}) std::ofstream(dir / name) << "x";
  fs::create_symlink("ann.yaml", dir / "link.yaml");
  Problems problems;
  FolderListing listing = list_folder(dir, "advocates", problems);
  CHECK(problems.empty());
  CHECK(listing.exists);
  REQUIRE(listing.names.size() == 4);
  CHECK(listing.names[0].name == "ann.yaml");
  CHECK(listing.names[1].name == "link.yaml");
  CHECK(listing.names[1].symlink);
  CHECK_FALSE(listing.names[0].symlink);
  CHECK(listing.names[3].name == "zed.yaml");
  CHECK(listing.check.inode != 0);

  const FolderListing moved = std::move(listing);
  CHECK(moved.names[0].name == "ann.yaml");  // the names survive a move

  CHECK_FALSE(list_folder(t.path / "missing", "missing", problems).exists);
  CHECK(problems.empty());
  std::ofstream(t.path / "file") << "x";
  list_folder(t.path / "file", "file", problems);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].message == "is not a folder");
}

TEST_CASE("a record folder that is a link to nothing is an error and not an empty folder") {
  TempDir t;
  fs::create_directory_symlink("../nowhere", t.path / "engagements");
  Problems problems;
  CHECK_FALSE(list_folder(t.path / "engagements", "engagements", problems).exists);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].severity == Severity::error);
  CHECK(problems[0].where.file == "engagements");
  CHECK(problems[0].message == "is a symbolic link to nothing; its records cannot be read");

  problems.clear();
  fs::create_directory_symlink("loop", t.path / "loop");
  list_folder(t.path / "loop", "loop", problems);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].message == "cannot read: Too many levels of symbolic links");
}

TEST_CASE("names are sorted out as the loader reports them") {
  TempDir t;
  fs::create_directories(t.path / "advocates");
  FolderListing listing;
  listing.exists = true;
  for (const char* name : {"Bad Name.yaml", "good.yaml", "readme.md", "out.yaml"})
    listing.names.push_back(FolderName{name, std::string_view(name) == "out.yaml"});
  fs::create_symlink("/etc/hostname", t.path / "advocates" / "out.yaml");
  const auto items = classify_names(RecordKind::advocate, listing, t.path, fs::weakly_canonical(t.path));
  REQUIRE(items.size() == 4);
  CHECK(items[0].kind == NameKind::invalid_name);
  CHECK(items[1].kind == NameKind::record_file);
  CHECK(items[2].kind == NameKind::not_yaml);
  CHECK(items[3].kind == NameKind::outside_link);
  CHECK(name_problem(RecordKind::advocate, items[2], "p/").message == "ignored: advocate files end in .yaml");
  CHECK(to_string(name_problem(RecordKind::advocate, items[3], "p/").where) == "p/advocates/out.yaml");

  FolderListing months;
  for (const char* name : {"2026-11.yaml", "2026-13.yaml", "2026-1.yaml"}) months.names.push_back(FolderName{name});
  const auto month_items = classify_names(RecordKind::engagement, months, t.path, t.path);
  CHECK(month_items[0].kind == NameKind::record_file);
  CHECK(month_items[1].kind == NameKind::invalid_name);
  CHECK(name_problem(RecordKind::engagement, month_items[2], "").message == "engagement files are named YYYY-MM.yaml");
}

TEST_CASE("files are checked on several threads as on one") {
  TempDir t;
  std::vector<std::string> names;
  for (int i = 0; i < 1500; ++i) {
    names.push_back("f" + std::to_string(i) + ".yaml");
    std::ofstream(t.path / names.back()) << std::string(static_cast<size_t>(i % 7), 'x');
  }
  names.push_back("missing.yaml");
  const std::vector<std::string_view> views(names.begin(), names.end());
  const auto one = check_files(t.path, views, 1);
  const auto many = check_files(t.path, views, 4);
  REQUIRE(one.size() == names.size());
  CHECK(one == many);
  CHECK(one[8].size == 1);
  CHECK(one.back().mode == 0);
}
