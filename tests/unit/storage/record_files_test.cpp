#include "advo/storage/record_files.hpp"

#include <filesystem>
#include <fstream>

#include <doctest/doctest.h>

#include "advo/storage/record_writer.hpp"
#include "../temp_folder.hpp"

using namespace advo;
namespace fs = std::filesystem;

TEST_CASE("a record file gives its record with its place") {
  TempDir t;
  std::ofstream(t.path / "jane.yaml") << "id: jane\nname: Jane\ncompany: Acme\nstage: active\n";
  const ParsedFile f = read_record_file(RecordKind::advocate, t.path / "jane.yaml", "advocates/jane.yaml");
  CHECK(f.problems.empty());
  CHECK(f.stamp.exists);
  REQUIRE(f.advocates.size() == 1);
  CHECK(f.advocates[0].id.view() == "jane");
  CHECK(f.advocates[0].origin.line == 1);
  CHECK_FALSE(f.unchanged);
  // With the hash it had, it is only read.
  const ParsedFile again = read_record_file(RecordKind::advocate, t.path / "jane.yaml", "x", nullptr, &f.stamp.hash);
  CHECK(again.unchanged);
  CHECK(again.advocates.empty());
}

TEST_CASE("a month file gives its engagements and their items") {
  TempDir t;
  std::ofstream(t.path / "2026-11.yaml")
      << "- id: a\n  date: 2026-11-01\n  advocate: jane\n  type: gift\n  outcome: completed\n- 3\n"
         "- id: b\n  date: 2026-11-02\n  advocate: jane\n  type: gift\n  outcome: completed\n";
  const ParsedFile f = read_record_file(RecordKind::engagement, t.path / "2026-11.yaml", "m");
  REQUIRE(f.engagements.size() == 2);
  CHECK(f.engagements[1].origin.item == 2);
  REQUIRE(f.problems.size() == 1);
  CHECK(f.problems[0].where.line == 6);
}

TEST_CASE("reading many files on several threads gives what reading one by one gives") {
  TempDir t;
  std::vector<FileToRead> files;
  for (int i = 0; i < 400; ++i) {
    const std::string name = "a" + std::to_string(i) + ".yaml";
    std::ofstream(t.path / name) << "id: a" << i << "\nname: Name " << i << "\ncompany: C" << (i % 17)
                                 << "\nstage: active\n" << (i % 50 == 0 ? "bad: key\n" : "");
    files.push_back(FileToRead{RecordKind::advocate, t.path / name, name});
  }
  files.push_back(FileToRead{RecordKind::advocate, t.path / "missing.yaml", "missing.yaml"});
  const auto parallel = read_record_files(files, 4);
  REQUIRE(parallel.size() == files.size());
  for (size_t i = 0; i < files.size(); ++i) {
    const ParsedFile one = read_record_file(files[i].kind, files[i].path, files[i].display);
    REQUIRE(one.advocates.size() == parallel[i].advocates.size());
    if (!one.advocates.empty()) CHECK(write_record(one.advocates[0]) == write_record(parallel[i].advocates[0]));
    REQUIRE(one.problems.size() == parallel[i].problems.size());
    for (size_t p = 0; p < one.problems.size(); ++p) CHECK(one.problems[p].message == parallel[i].problems[p].message);
  }
  CHECK(parallel.back().problems.size() == 1);
}
