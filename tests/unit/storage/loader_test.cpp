#include "advo/storage/loader.hpp"

#include <filesystem>

#include <doctest/doctest.h>

#include "advo/storage/files.hpp"
#include "../temp_folder.hpp"

using namespace advo;
namespace fs = std::filesystem;

namespace {
struct TempProgram {
  TempDir dir;
  const fs::path& root = dir.path;
  TempProgram() { put("advo.toml", "[program]\nname = \"T\"\n"); }
  void put(const std::string& relative, const std::string& text) const {
    write_file_atomic(root / relative, text, relative);
  }
  std::vector<std::string> problems() const {
    std::vector<std::string> out;
    LoadedProgram loaded = load_program(root, "");
    sort_problems(loaded.problems);
    for (const auto& p : loaded.problems) out.push_back(to_string(p.where) + ": " + p.message);
    return out;
  }
};
}  // namespace

TEST_CASE("a program loads every kind of record") {
  TempProgram t;
  t.put("advocates/jane.yaml", "id: jane\nname: Jane\ncompany: Acme\nstage: active\n");
  t.put("stories/s.yaml", "id: s\ntitle: S\nkind: quote\nstatus: draft\n");
  t.put("requests/r.yaml",
        "id: r\ntype: reference-call\nstatus: open\nrequested_by: sam\nrequested_on: 2026-11-01\n");
  t.put("engagements/2026-11.yaml",
        "- id: e\n  date: 2026-11-02\n  advocate: jane\n  type: thank-you\n  outcome: completed\n");
  t.put("engagements/.gitkeep", "");
  const LoadedProgram loaded = load_program(t.root, "prog/");
  CHECK(loaded.problems.empty());
  CHECK(loaded.program.advocates.size() == 1);
  CHECK(loaded.program.stories.size() == 1);
  CHECK(loaded.program.requests.size() == 1);
  REQUIRE(loaded.program.engagements.size() == 1);
  CHECK(loaded.program.display_path(loaded.program.engagements[0].origin) == "prog/engagements/2026-11.yaml");
  CHECK(loaded.stamp_of("advocates/jane.yaml")->exists);
  CHECK_FALSE(loaded.stamp_of("advocates/none.yaml").has_value());
}

TEST_CASE("broken files are reported and never fatal") {
  TempProgram t;
  t.put("advocates/ok.yaml", "id: ok\nname: Ok\ncompany: C\nstage: active\n");
  t.put("advocates/syntax.yaml", "id: syntax\nname: [\n");
  t.put("advocates/empty.yaml", "");
  t.put("advocates/binary.yaml", std::string("id: x\0", 6));
  t.put("advocates/latin1.yaml", "id: latin1\nname: Jos\xe9\ncompany: C\nstage: active\n");
  t.put("advocates/Bad Name.yaml", "id: x\n");
  t.put("advocates/readme.md", "notes\n");
  fs::create_directories(t.root / "advocates" / "folder.yaml");
  t.put("engagements/2026-13.yaml", "[]\n");
  t.put("engagements/2026-10.yaml", "id: not-a-list\n");
  CHECK(t.problems() == std::vector<std::string>{
                            "advocates/Bad Name.yaml: file name 'Bad Name' is not a valid id (lower-case letters, digits "
                            "and '-', at most 80 characters)",
                            "advocates/binary.yaml:1: file contains NUL bytes",
                            "advocates/empty.yaml: empty file",
                            "advocates/folder.yaml: is a folder, not a file",
                            "advocates/latin1.yaml: file is not valid UTF-8",
                            "advocates/readme.md: ignored: advocate files end in .yaml",
                            "advocates/syntax.yaml:3:1: YAML syntax: end of sequence flow not found",
                            "engagements/2026-10.yaml:1:1: a month file must be a list of engagements",
                            "engagements/2026-13.yaml: engagement files are named YYYY-MM.yaml",
                        });
}

TEST_CASE("a symbolic link out of the program is refused") {
  TempProgram t;
  TempProgram outside;
  outside.put("secret.yaml", "id: secret\nname: S\ncompany: C\nstage: active\n");
  fs::create_directories(t.root / "advocates");
  fs::create_symlink(outside.root / "secret.yaml", t.root / "advocates" / "secret.yaml");
  CHECK(t.problems() ==
        std::vector<std::string>{"advocates/secret.yaml: symbolic link points outside the program; refused"});
}

TEST_CASE("the program root is found walking up") {
  TempProgram t;
  fs::create_directories(t.root / "advocates" / "deep");
  CHECK(find_program_root(t.root / "advocates" / "deep") == t.root);
  CHECK_FALSE(find_program_root("/").has_value());
}
