// Every version of one record file git's history holds, merges and other
// branches included.
#include "advo/storage/record_versions.hpp"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <string>

#include <doctest/doctest.h>

#include "../temp_folder.hpp"

using namespace advo;
namespace fs = std::filesystem;

namespace {

struct Repository {
  TempDir dir;
  fs::path program = dir.path / "program";
  Repository() {
    fs::create_directories(program / "advocates");
    git("init -q");
  }
  void write(const std::string& relative, const std::string& text) const { std::ofstream(program / relative) << text; }
  void git(const std::string& args) const {
    const std::string command = "git -C '" + dir.path.string() +
                                "' -c user.name=T -c user.email=t@example.com -c init.defaultBranch=main " + args +
                                " >/dev/null 2>&1";
    REQUIRE(std::system(command.c_str()) == 0);
  }
};

std::vector<std::string> texts(const std::vector<RecordVersion>& versions) {
  std::vector<std::string> out;
  for (const RecordVersion& v : versions) {
    CHECK(v.blob.size() == 40);
    out.push_back(v.text);
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

TEST_CASE("a file's versions come from every commit of every branch with the program in a subfolder") {
  Repository repo;
  const std::optional<GitRepo> git = GitRepo::find(repo.program);
  REQUIRE(git);
  CHECK(record_versions(*git, "advocates/a.yaml").empty());  // no commit yet

  repo.write("advocates/a.yaml", "one\n");
  repo.write("advocates/b.yaml", "other\n");
  repo.git("add -A");
  repo.git("commit -qm one");
  repo.git("checkout -qb side");
  repo.write("advocates/a.yaml", "side\n");
  repo.git("commit -qam side");
  repo.git("checkout -q main");
  repo.write("advocates/a.yaml", "two\n");
  repo.git("commit -qam two");
  repo.git("rm -q program/advocates/a.yaml");
  repo.git("commit -qm gone");
  CHECK(texts(record_versions(*git, "advocates/a.yaml")) == std::vector<std::string>{"one\n", "side\n", "two\n"});
  CHECK(texts(record_versions(*git, "advocates/b.yaml")) == std::vector<std::string>{"other\n"});
  CHECK(record_versions(*git, "advocates/never.yaml").empty());
}

TEST_CASE("a version made by a merge is found") {
  Repository repo;
  const std::optional<GitRepo> git = GitRepo::find(repo.program);
  REQUIRE(git);
  repo.write("advocates/a.yaml", "a\nb\nc\n");
  repo.git("add -A");
  repo.git("commit -qm base");
  repo.git("checkout -qb side");
  repo.write("advocates/a.yaml", "a\nb\nC\n");
  repo.git("commit -qam side");
  repo.git("checkout -q main");
  repo.write("advocates/a.yaml", "A\nb\nc\n");
  repo.git("commit -qam main");
  repo.git("merge -q --no-edit side");
  const std::vector<std::string> found = texts(record_versions(*git, "advocates/a.yaml"));
  CHECK(std::find(found.begin(), found.end(), "A\nb\nC\n") != found.end());
}
