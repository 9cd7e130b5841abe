#include "advo/storage/read_program.hpp"

#include <fstream>
#include <string>

#include <doctest/doctest.h>

#include "../temp_folder.hpp"

using namespace advo;
namespace fs = std::filesystem;

namespace {

void put(const fs::path& root, const std::string& relative, const std::string& text) {
  fs::create_directories((root / relative).parent_path());
  std::ofstream(root / relative, std::ios::binary) << text;
}

}  // namespace

TEST_CASE("read_program reads every file with its records in program order and its problems in file order") {
  TempDir t;
  put(t.path, "advo.toml", "[program]\nname = \"T\"\n");
  put(t.path, "advocates/joe.yaml", "id: joe\nname: Joe\ncompany: Initech\nstage: paused\n");
  put(t.path, "advocates/ann.yaml", "id: ann\nname: Ann\ncompany: Acme\nstage: active\n");
  put(t.path, "advocates/bad.yaml", "id: bad\nname: [\n");
  put(t.path, "advocates/notes.txt", "not a record\n");
  put(t.path, "engagements/2026-11.yaml",
      "- id: e3\n  date: 2026-11-02\n  advocate: ann\n  type: gift\n  outcome: completed\n");
  put(t.path, "engagements/2026-10.yaml",
      "- id: e2\n  date: 2026-10-05\n  advocate: joe\n  type: gift\n  outcome: completed\n"
      "- id: e1\n  date: 2026-10-02\n  advocate: ann\n  type: gift\n  outcome: completed\n");
  const LoadedProgram loaded = read_program(t.path, "p/");
  const Program& p = loaded.program;
  CHECK(p.files == std::vector<std::string>{"advo.toml", "advocates/ann.yaml", "advocates/bad.yaml",
                                            "advocates/joe.yaml", "engagements/2026-10.yaml",
                                            "engagements/2026-11.yaml"});
  CHECK(loaded.stamps.size() == p.files.size());
  REQUIRE(p.advocates.size() == 2);
  CHECK(p.advocates[0].id.view() == "ann");
  CHECK(p.advocates[0].origin.file == 1);
  REQUIRE(p.engagements.size() == 3);
  CHECK(p.engagements[0].id.view() == "e1");
  CHECK(p.engagements[2].id.view() == "e3");
  CHECK(p.engagements[2].origin.file == 5);
  CHECK(p.engagements_of(0).size() == 2);  // the index is built
  REQUIRE(loaded.problems.size() >= 2);
  CHECK(to_string(loaded.problems[0].where).starts_with("p/advocates/bad.yaml"));
  CHECK(to_string(loaded.problems[1].where).starts_with("p/advocates/notes.txt"));
  CHECK(loaded.cache == nullptr);
  CHECK_FALSE(fs::exists(t.path / ".advo"));
}
