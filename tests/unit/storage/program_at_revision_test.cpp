// Loading the program as a commit has it, from a temporary folder that goes
// with the object.
#include "advo/storage/program_at_revision.hpp"

#include <filesystem>
#include <fstream>
#include <string>

#include <doctest/doctest.h>

#include "advo/error.hpp"
#include "../temp_folder.hpp"

using namespace advo;
namespace fs = std::filesystem;

namespace {

struct Repository {
  TempDir dir;
  const fs::path& top = dir.path;
  void write(const std::string& relative, const std::string& text) const {
    fs::create_directories((top / relative).parent_path());
    std::ofstream(top / relative) << text;
  }
  int git(const std::string& args) const {
    return std::system(("git -C '" + top.string() + "' -c user.name=T -c user.email=t@example.com " + args +
                        " >/dev/null 2>&1")
                           .c_str());
  }
};

}  // namespace

TEST_CASE("the program at a revision is the committed one and its folder goes with it") {
  Repository repo;
  REQUIRE(repo.git("init -q -b main") == 0);
  repo.write("program/advo.toml", "[program]\nname = \"Then\"\n");
  REQUIRE(repo.git("add -A") == 0);
  REQUIRE(repo.git("commit -qm Program") == 0);
  repo.write("program/advo.toml", "[program]\nname = \"Now\"\n");

  const std::optional<GitRepo> git = GitRepo::find(repo.top / "program");
  REQUIRE(git.has_value());
  fs::path folder;
  {
    const std::unique_ptr<ProgramAtRevision> at = ProgramAtRevision::load(*git, "main", "program/");
    REQUIRE(at != nullptr);
    CHECK(at->loaded().program.settings.name == "Then");
    folder = at->loaded().root;
    CHECK(fs::exists(folder / "advo.toml"));
  }
  CHECK_FALSE(fs::exists(folder));
  CHECK_THROWS_AS(ProgramAtRevision::load(*git, "no-such-branch", "program/"), UsageError);
}

TEST_CASE("a revision before the program has none") {
  Repository repo;
  REQUIRE(repo.git("init -q -b main") == 0);
  REQUIRE(repo.git("commit -q --allow-empty -m Empty") == 0);
  repo.write("advo.toml", "[program]\nname = \"Now\"\n");
  const std::optional<GitRepo> git = GitRepo::find(repo.top);
  REQUIRE(git.has_value());
  CHECK(ProgramAtRevision::load(*git, "main", "") == nullptr);
}
