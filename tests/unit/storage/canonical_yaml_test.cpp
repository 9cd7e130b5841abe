// The fast reader must build exactly yaml-cpp's tree, or give up.
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "advo/error.hpp"
#include "advo/storage/record_writer.hpp"
#include "advo/storage/yaml_tree.hpp"
#include "../test_records.hpp"

using namespace advo;
namespace fs = std::filesystem;

namespace {

std::string describe(const YamlNode& n, int depth = 0) {
  static constexpr const char* kKinds[] = {"null", "scalar", "map", "seq"};
  std::string out = std::string(static_cast<size_t>(depth) * 2u, ' ') + kKinds[static_cast<int>(n.kind)] + " " +
                    std::to_string(n.line) + ":" + std::to_string(n.column) + (n.plain ? " plain" : " quoted");
  if (n.kind == YamlNode::Kind::scalar) out += " [" + n.text + "]";
  out += "\n";
  for (const YamlNode& c : n.children) out += describe(c, depth + 1);
  return out;
}

// When the fast reader accepts `text`, yaml-cpp must read it the same way.
// Returns whether the fast reader accepted it.
bool agrees(const std::string& text) {
  const auto fast = parse_canonical_yaml(text);
  if (!fast) return false;
  std::string full;
  try {
    full = describe(parse_full_yaml(text, "f.yaml"));
  } catch (const Error& e) {
    FAIL_CHECK("the fast reader accepted what yaml-cpp refuses: " << e.what() << "\n" << text);
    return true;
  }
  CHECK_MESSAGE(describe(*fast) == full, text);
  return true;
}

std::string read_text(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<std::string> canonical_files() {
  std::vector<std::string> out;
  const fs::path root = fs::path(ADVO_TEST_DATA).parent_path().parent_path();
  for (const char* dir : {"examples/acme", "tests/cli/fixtures"})
    for (const auto& e : fs::recursive_directory_iterator(root / dir))
      if (e.path().extension() == ".yaml") out.push_back(read_text(e.path()));
  return out;
}

// A small deterministic generator for the mutations.
struct Lcg {
  uint64_t state;
  size_t below(size_t n) {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return static_cast<size_t>((state >> 33) % n);
  }
};

}  // namespace

TEST_CASE("the fast reader reads every sample file as yaml-cpp does") {
  const auto files = canonical_files();
  REQUIRE(files.size() > 100);
  size_t accepted = 0;
  for (const std::string& text : files) if (agrees(text)) ++accepted;
  // The sample program is canonical; some fixtures are broken on purpose.
  CHECK(accepted * 10 >= files.size() * 8);
}

TEST_CASE("the fast reader accepts what the writer writes") {
  const char* texts[] = {"plain", "two words", "\"quoted\"", "it's", "a: b", "#hash", "- dash", "true", "007",
                         "2026", "null", "~", "line one\nline two", "trailing newline\n", "two trailing\n\n",
                         "\n leading", " spaced ", "tab\there", "ctl\x01", "caf\xC3\xA9 \xE2\x82\xAC 5",
                         "back\\slash", "[flow]", "{flow}", "a, b", "key: value # c", "%percent", "@at", "`tick",
                         "x:y", "https://example.com/a?b=c#d", "|pipe", ">fold", "!tag", "&anchor", "*alias",
                         "line\xE2\x80\xA8sep", "nel\xC2\x85", "multi\n\nparagraph\n"};
  for (const char* t : texts) {
    Advocate a = test::record_from<Advocate>("id: a\nname: N\ncompany: C\nstage: active\n");
    a.notes = Sym(t);
    a.title = Sym(t);
    a.tags = SymList({Sym(t), Sym("x")});
    const std::string text = write_record(a);
    agrees(text);
    // Everything the writer produces without control characters or
    // special line breaks takes the fast path.
    const std::string_view v(t);
    const bool unusual = v.find_first_of("\t\x01") != std::string_view::npos ||
                         v.find("\xE2\x80\xA8") != std::string_view::npos || v.find("\xC2\x85") != std::string_view::npos;
    if (!unusual && v != "null" && v != "~" && v != "\n leading") CHECK_MESSAGE(parse_canonical_yaml(text).has_value(), text);
  }
}

TEST_CASE("the fast reader gives up on what it does not know") {
  const char* texts[] = {"a: 1 # comment\n", "# comment\na: 1\n", "a: [1, 2]\n", "a: {b: 1}\n", "a: &x 1\nb: *x\n",
                         "a: !!str 1\n", "a: 'q'\n", "a: 1\n\nb: 2\n", "a: one\n  two\n", "a:\tb\n", "a: 1\r\n",
                         "a:\n", "a: ~\n", "a: null\n", "---\na: 1\n", "a: 1\n---\nb: 2\n", "a: 1", "  a: 1\n",
                         "a:\n- x\n", "a: >\n  folded\n", "a: |2\n  x\n", "a: \"x\n  y\"\n", "a: \"\\u00e9\"\n",
                         "a: \"\\xe9\"\n", "? a\n: 1\n", "- - x\n", "-\n  x\n", "a: |\n\n  x\n", "a: |\n   \n  x\n"};
  for (const char* t : texts) CHECK_MESSAGE(!parse_canonical_yaml(t).has_value(), t);
}

TEST_CASE("mutated canonical text is read as yaml-cpp reads it or left to yaml-cpp") {
  std::vector<std::string> seeds;
  const auto files = canonical_files();
  for (size_t i = 0; i < files.size(); i += 4) seeds.push_back(files[i]);
  static constexpr std::string_view kPieces[] = {" ", "\n", ":", "- ", "#", "\"", "|", "'", "a", "1", "[", "{",
                                                 "&", "*", "!", "\\", "~", "+", "|-\n", ": ", "\n  ", "\n- ",
                                                 "\\n", "\\x4", "null", "\n\n", "  ", "-", "?", ","};
  Lcg random{20261116};
  size_t accepted = 0;
  for (int round = 0; round < 8000; ++round) {
    std::string text = seeds[random.below(seeds.size())];
    const size_t edits = 1 + random.below(3);
    for (size_t k = 0; k < edits && !text.empty(); ++k) {
      const size_t at = random.below(text.size());
      switch (random.below(3)) {
        case 0:
          text.insert(at, kPieces[random.below(std::size(kPieces))]);
          break;
        case 1:
          text.erase(at, 1 + random.below(4));
          break;
        default:
          text.replace(at, 1, kPieces[random.below(std::size(kPieces))]);
      }
    }
    if (agrees(text)) ++accepted;
  }
  // Most single edits keep the text in the fast reader's reach.
  CHECK(accepted > 1000);
}
