// How a command writes: every file through Context::write, whose checks of
// the path come before anything is read or staged, and a refusal discards
// what the command staged before it.
#include "cli/context.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>

#include <doctest/doctest.h>

#include "advo/error.hpp"
#include "../temp_folder.hpp"

using namespace advo;
using namespace advo::cli;
namespace fs = std::filesystem;

namespace {

// A program in a temporary folder, and a file beside it, outside.
struct ProgramBeside {
  TempDir dir;
  fs::path root = dir.path / "program";
  ProgramBeside() {
    fs::create_directories(root / "advocates");
    std::ofstream(root / "advo.toml") << "[program]\nname = \"T\"\n";
    std::ofstream(dir.path / "outside.yaml") << "id: outside\n";
  }
  GlobalOptions options() const {
    GlobalOptions g;
    g.dir = root.string();
    g.quiet = true;
    return g;
  }
};

std::string refusal(Context& ctx, const std::string& relative) {
  try {
    ctx.write(relative, "id: x\n");
  } catch (const RefusedError& e) {
    return e.what();
  }
  return "written";
}

}  // namespace

TEST_CASE("a write outside the program's files is refused as such") {
  ProgramBeside p;
  std::ostringstream out, err;
  Context ctx(p.options(), out, err);
  ctx.program_for_write();
  // Refused for its path, not as a file that "changed on disk": the file
  // outside is never looked at.
  CHECK(refusal(ctx, "../outside.yaml") == "not a file name of the program; refused");
  CHECK(refusal(ctx, "advocates/../../outside.yaml") == "not a file name of the program; refused");
  CHECK(refusal(ctx, (p.dir.path / "outside.yaml").string()) == "not a file name of the program; refused");
  CHECK(refusal(ctx, "advocates/notes.txt") == "not a file name of the program; refused");
}

TEST_CASE("a refused write discards every file the command staged before it") {
  ProgramBeside p;
  {
    std::ostringstream out, err;
    Context ctx(p.options(), out, err);
    ctx.program_for_write();
    CHECK(ctx.write("advocates/ann.yaml", "id: ann\nname: Ann\ncompany: Acme\nstage: active\n"));
    CHECK_THROWS_AS(ctx.write("../outside.yaml", "id: x\n"), RefusedError);
  }
  CHECK_FALSE(fs::exists(p.root / "advocates/ann.yaml"));
  for (const auto& entry : fs::directory_iterator(p.root / "advocates"))
    CHECK_MESSAGE(false, "left behind: " << entry.path().filename().string());
  std::ifstream in(p.dir.path / "outside.yaml");
  std::stringstream text;
  text << in.rdbuf();
  CHECK(text.str() == "id: outside\n");
}
