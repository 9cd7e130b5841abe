// Loading through the cache gives exactly what reading every file gives.
// (In this test process the intern table is shared by all tests, so loads
// here take the cache's translated path; the command line tests,
// tests/cache/cache-scenarios and the last test here, which loads in fresh
// processes of this program, cover the adopted one.)
#include "advo/storage/cache/program_cache.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <sstream>
#include <thread>

#include <sys/stat.h>

#include <doctest/doctest.h>
#include <fmt/format.h>

#include "advo/domain/domain_error.hpp"
#include "advo/domain/program.hpp"
#include "advo/storage/files.hpp"
#include "advo/storage/loader.hpp"
#include "advo/os/process.hpp"
#include "advo/storage/record_writer.hpp"
#include "../resident_memory.hpp"
#include "../temp_folder.hpp"

using namespace advo;
namespace fs = std::filesystem;

namespace {

struct TempProgram {
  TempDir dir;
  const fs::path& root = dir.path;
  TempProgram() {
    put("advo.toml", "[program]\nname = \"T\"\n");
    put("advocates/jane.yaml", "id: jane\nname: Jane\ncompany: Acme\nstage: active\nlanguages:\n  - en\n  - de\n");
    put("advocates/joe.yaml", "id: joe\nname: Joe\ncompany: Initech\nstage: paused\nnotes: |\n  two\n  lines\n");
    put("advocates/bad.yaml", "id: bad\nname: [\n");
    put("stories/s.yaml", "id: s\ntitle: S\nkind: quote\nstatus: draft\nadvocates:\n  - jane\n");
    put("engagements/2026-10.yaml",
        "- id: e2\n  date: 2026-10-05\n  advocate: joe\n  type: gift\n  outcome: completed\n"
        "- id: e1\n  date: 2026-10-02\n  advocate: jane\n  type: reference-call\n  outcome: completed\n");
    put("engagements/2026-11.yaml", "- id: e3\n  date: 2026-11-02\n  advocate: jane\n  type: thank-you\n  outcome: completed\n");
  }
  void put(const std::string& relative, const std::string& text) const {
    write_file_atomic(root / relative, text, relative);
  }
  // Rewrites a file in place, keeping its inode.
  void overwrite(const std::string& relative, const std::string& text) const {
    std::ofstream(root / relative, std::ios::binary | std::ios::trunc) << text;
  }
};

template <class R>
void dump_records(std::ostringstream& out, const std::vector<R>& records) {
  for (const R& r : records)
    out << r.origin.file << ":" << r.origin.line << ":" << r.origin.column << ":" << r.origin.item << "\n"
        << write_record(r);
}

std::string dump(const LoadedProgram& loaded) {
  std::ostringstream out;
  const Program& p = loaded.program;
  for (size_t i = 0; i < p.files.size(); ++i)
    out << p.files[i] << " " << loaded.stamps[i].exists << " " << loaded.stamps[i].size << " "
        << loaded.stamps[i].hash << "\n";
  for (const Problem& pr : loaded.problems) out << to_string(pr.where) << " " << pr.code << " " << pr.message << "\n";
  dump_records(out, p.advocates);
  dump_records(out, p.stories);
  dump_records(out, p.requests);
  dump_records(out, p.engagements);
  for (const Advocate& a : p.advocates) {
    out << a.id.view() << ":";
    for (uint32_t i : p.engagements_of(a)) out << " " << i;
    out << "\n";
  }
  for (const Engagement& e : p.engagements) out << (p.find_engagement(e.id.view()) == &e);
  return out.str();
}

std::string plain(const TempProgram& t) { return dump(load_program(t.root, "p/", LoadOptions{.use_cache = false})); }
std::string cached(const TempProgram& t) { return dump(load_program(t.root, "p/")); }

// Rewrites the base image with `change` applied to its content.
template <class Change>
void forge_base(const TempProgram& t, Change change) {
  std::ifstream in(cache_base_path(t.root), std::ios::binary);
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const auto image = cache::Image::from_bytes(bytes);
  REQUIRE(image != nullptr);
  cache::ImageContent content = image->content();
  std::vector<cache::FileEntry> files(content.files.begin(), content.files.end());
  change(content, files);
  content.files = files;
  REQUIRE(cache::write_image_file(cache_base_path(t.root), cache::build_image(content)));
}

cache::FileCheck stat_of(const fs::path& path) { return check_path(path); }

}  // namespace

TEST_CASE("a program loads the same with and without its cache") {
  TempProgram t;
  const std::string expected = plain(t);
  CHECK_FALSE(fs::exists(t.root / ".advo"));
  CHECK(cached(t) == expected);  // writes the cache
  CHECK(fs::exists(cache_base_path(t.root)));
  CHECK(cached(t) == expected);  // reads it
  CHECK(cached(t) == expected);
}

TEST_CASE("changed files are read again") {
  TempProgram t;
  cached(t);
  t.overwrite("advocates/joe.yaml", "id: joe\nname: Joseph\ncompany: Initech\nstage: active\n");
  t.put("advocates/zed.yaml", "id: zed\nname: Zed\ncompany: Z\nstage: active\n");
  fs::remove(t.root / "stories/s.yaml");
  fs::rename(t.root / "engagements/2026-11.yaml", t.root / "engagements/2026-12.yaml");
  const std::string expected = plain(t);
  CHECK(cached(t) == expected);
  CHECK(cached(t) == expected);
  t.put("advocates/bad.yaml", "id: bad\nname: Fixed\ncompany: C\nstage: active\n");
  CHECK(cached(t) == plain(t));
}

TEST_CASE("recording the files a command wrote keeps the cache right") {
  TempProgram t;
  const LoadedProgram loaded = load_program(t.root, "p/");
  t.put("advocates/jane.yaml", "id: jane\nname: Jane Doe\ncompany: Acme\nstage: active\n");
  t.put("advocates/new.yaml", "id: new\nname: New\ncompany: N\nstage: nominated\n");
  fs::remove(t.root / "advocates/joe.yaml");
  update_program_cache(loaded, {"advocates/jane.yaml", "advocates/new.yaml", "advocates/joe.yaml"});
  CHECK(cached(t) == plain(t));
  CHECK(cached(t) == plain(t));
}

TEST_CASE("a file whose stat did not change is trusted unless it changed within the margin") {
  TempProgram t;
  cached(t);
  const std::string old_text = "id: jane\nname: Jane\ncompany: Acme\nstage: active\nlanguages:\n  - en\n  - de\n";
  const std::string new_text = "id: jane\nname: Jena\ncompany: Acme\nstage: active\nlanguages:\n  - en\n  - de\n";
  t.overwrite("advocates/jane.yaml", new_text);
  // As if the edit had come in the same clock tick as the cache's check:
  // the cache holds the file's present stat with the old content.
  const cache::FileCheck now = stat_of(t.root / "advocates/jane.yaml");
  auto same_stat = [&](cache::ImageContent& c, std::vector<cache::FileEntry>& files) {
    for (cache::FileEntry& f : files)
      if (c.path(f) == "advocates/jane.yaml") {
        f.mtime_ns = now.mtime_ns;
        f.ctime_ns = now.ctime_ns;
        f.inode = now.inode;
        f.size = now.size;
        f.mode = now.mode;
      }
  };
  forge_base(t, same_stat);
  // Checked just now: the edit is within the margin, so the content is compared.
  CHECK(cached(t) == plain(t));
  CHECK(cached(t).find("Jena") != std::string::npos);

  t.overwrite("advocates/jane.yaml", old_text);
  cached(t);
  t.overwrite("advocates/jane.yaml", new_text);
  const cache::FileCheck again = stat_of(t.root / "advocates/jane.yaml");
  forge_base(t, [&](cache::ImageContent& c, std::vector<cache::FileEntry>& files) {
    for (cache::FileEntry& f : files)
      if (c.path(f) == "advocates/jane.yaml") {
        f.mtime_ns = again.mtime_ns;
        f.ctime_ns = again.ctime_ns;
        f.inode = again.inode;
        f.size = again.size;
        f.mode = again.mode;
      }
    // Had the cache checked it long after the edit, its stat alone would
    // be trusted: this is why the margin exists.
    c.validated_at_ns = std::max(again.mtime_ns, again.ctime_ns) + kRacyMarginNs + 1'000'000'000;
  });
  fs::remove(cache_delta_path(t.root));
  CHECK(cached(t).find("Jena") == std::string::npos);
}

TEST_CASE("the margin covers changes up to two seconds before a check") {
  cache::FileCheck c;
  c.mtime_ns = 10'000'000'000;
  c.ctime_ns = 10'000'000'000;
  CHECK(is_racy(c, 11'000'000'000));
  CHECK(is_racy(c, 12'000'000'000));
  CHECK_FALSE(is_racy(c, 12'000'000'001));
  c.ctime_ns = 11'000'000'000;  // a change of the inode counts too
  CHECK(is_racy(c, 12'500'000'000));
}

TEST_CASE("a damaged cache is ignored and written again") {
  TempProgram t;
  const std::string expected = plain(t);
  cached(t);
  {
    std::fstream f(cache_base_path(t.root), std::ios::in | std::ios::out | std::ios::binary);
    f.seekp(300);
    f.put('\x7f');
  }
  CHECK(cached(t) == expected);
  REQUIRE(cache::Image::open(cache_base_path(t.root)) != nullptr);
  fs::resize_file(cache_base_path(t.root), 100);
  CHECK(cached(t) == expected);
  CHECK(cache::Image::open(cache_base_path(t.root)) != nullptr);
  CHECK(clear_program_cache(t.root));
  CHECK_FALSE(fs::exists(cache_base_path(t.root)));
  CHECK_FALSE(clear_program_cache(t.root));
}

TEST_CASE("a byte damaged in any part of the cache is noticed") {
  // The folder listings are trusted before the records are verified: a
  // listing from an image whose records turn out damaged is listed again.
  TempProgram t;
  const std::string expected = plain(t);
  // Older than the margin for recent changes, so that the cache's listings
  // of the folders are used as they are.
  std::this_thread::sleep_for(std::chrono::nanoseconds(kRacyMarginNs + 100'000'000));
  cached(t);
  const fs::path base = cache_base_path(t.root);
  std::string good;
  {
    std::ifstream in(base, std::ios::binary);
    good.assign(std::istreambuf_iterator<char>(in), {});
  }
  REQUIRE(good.size() > 64);
  for (size_t at = 0; at < good.size(); at += std::max<size_t>(1, good.size() / 97)) {
    CAPTURE(at);
    std::string bad = good;
    bad[at] = static_cast<char>(bad[at] ^ 0x21);
    write_file_atomic(base, bad, "cache");
    CHECK(cache::Image::open(base) == nullptr);
    CHECK(cached(t) == expected);
    REQUIRE(cache::Image::open(base) != nullptr);
  }
}

// A Sym compares by its text whether its handle came from parsing or from
// a cache image. A process takes the image's strings as its own only when
// it has sealed nothing yet, so the two halves run in fresh processes of
// this test program: one writes the cache, the next interns a string the
// way parsing does, then loads the program through the cache.
TEST_CASE("a Sym from a cache image equals the same text from parsing") {
  const char* half = std::getenv("ADVO_UNIT_SYM_HALF");
  const char* const name = "a Sym from a cache image equals the same text from parsing";
  if (half == nullptr) {
    TempProgram t;
    const std::string self = fs::read_symlink("/proc/self/exe").string();
    for (const char* step : {"write", "read"}) {
      std::vector<std::string> environment = current_environment();
      environment.push_back(std::string("ADVO_UNIT_SYM_HALF=") + step);
      environment.push_back("ADVO_UNIT_SYM_ROOT=" + t.root.string());
      const ProcessResult r = run_process({self, std::string("--test-case=") + name}, environment);
      INFO(step, "\n", r.out, r.err);
      REQUIRE(r.status == 0);
      REQUIRE(r.out.find("1 passed") != std::string::npos);
    }
    return;
  }
  const fs::path root = std::getenv("ADVO_UNIT_SYM_ROOT");
  if (std::string_view(half) == "write") {
    load_program(root, "");
    REQUIRE(fs::exists(cache_base_path(root)));
    return;
  }
  const Sym parsed("jane");  // before the image: a handle of this process
  const LoadedProgram loaded = load_program(root, "");
  REQUIRE(loaded.cache != nullptr);
  REQUIRE(loaded.cache->adopted);  // the records hold the image's handles
  const Advocate* jane = loaded.program.find_advocate("jane");
  REQUIRE(jane != nullptr);
  CHECK(jane->id.handle() != parsed.handle());
  CHECK(jane->id == parsed);
  CHECK(parsed == jane->id);
  CHECK(std::hash<Sym>{}(jane->id) == std::hash<Sym>{}(parsed));
  CHECK_FALSE(parsed == loaded.program.find_advocate("joe")->id);
  CHECK(Sym("jane") == parsed);
}

// Warm, the records' strings stay in the mapped image: finding one record
// by its id must bring in a few pages of it, not every engagement's id.
// Adopting the image needs a process that has interned nothing yet, as
// above.
TEST_CASE("finding a record by id in a warm load reads a few pages of the image") {
  const char* half = std::getenv("ADVO_UNIT_FIND_HALF");
  const char* const name = "finding a record by id in a warm load reads a few pages of the image";
  if (half == nullptr) {
    TempProgram t;
    for (int month = 1; month <= 12; ++month) {
      std::string text;
      for (int i = 0; i < 2'000; ++i)
        text += fmt::format("- id: 2026-{:02}-e{:05}\n  date: 2026-{:02}-01\n  advocate: jane\n  type: gift\n"
                            "  outcome: completed\n  notes: Note {} of month {}, long enough to fill the strings {}\n",
                            month, i, month, i, month, std::string(400, 'x'));
      t.put(fmt::format("engagements/2026-{:02}.yaml", month), text);
    }
    const std::string self = fs::read_symlink("/proc/self/exe").string();
    for (const char* step : {"write", "read"}) {
      std::vector<std::string> environment = current_environment();
      environment.push_back(std::string("ADVO_UNIT_FIND_HALF=") + step);
      environment.push_back("ADVO_UNIT_FIND_ROOT=" + t.root.string());
      const ProcessResult r = run_process({self, std::string("--test-case=") + name}, environment);
      INFO(step, "\n", r.out, r.err);
      REQUIRE(r.status == 0);
      REQUIRE(r.out.find("1 passed") != std::string::npos);
    }
    return;
  }
  const fs::path root = std::getenv("ADVO_UNIT_FIND_ROOT");
  if (std::string_view(half) == "write") {
    load_program(root, "");
    REQUIRE(fs::exists(cache_base_path(root)));
    return;
  }
  const LoadedProgram loaded = load_program(root, "");
  REQUIRE(loaded.cache != nullptr);
  REQUIRE(loaded.cache->adopted);
  const cache::ImageContent& image = loaded.cache->base->content();
  REQUIRE(image.string_text.size() > (size_t{8} << 20));
  const size_t before = test::resident_bytes(image.string_text.data());
  const Program& p = loaded.program;
  const RecordRef jane =
      resolve_id(p, "jane", {RecordKind::advocate, RecordKind::story, RecordKind::request, RecordKind::engagement});
  CHECK(record_id(p, jane).view() == "jane");
  CHECK(record_id(p, resolve_id(p, "2026-07-e01234", {RecordKind::engagement})).view() == "2026-07-e01234");
  CHECK_THROWS_AS(resolve_id(p, "2026-07-e0123", {RecordKind::engagement}), DomainError);
  CHECK(test::resident_bytes(image.string_text.data()) - before < image.string_text.size() / 4);
}
