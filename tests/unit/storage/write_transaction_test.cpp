#include "advo/storage/write_transaction.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>

#include <sys/stat.h>
#include <unistd.h>

#include <doctest/doctest.h>

#include "advo/error.hpp"
#include "advo/storage/files.hpp"
#include "../temp_folder.hpp"

using namespace advo;
namespace fs = std::filesystem;

namespace {

struct TempProgram {
  TempDir dir;
  const fs::path& path = dir.path;
  TempProgram() {
    for (const char* folder : {"advocates", "requests", "engagements"}) fs::create_directory(path / folder);
  }
  void put(const std::string& relative, const std::string& text) const { std::ofstream(path / relative) << text; }
  std::string get(const std::string& relative) const {
    std::ifstream in(path / relative);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
  }
  bool has(const std::string& relative) const { return fs::exists(path / relative); }
  // Every name starting with a dot in the root and the record folders.
  size_t dot_files() const {
    size_t n = 0;
    for (const char* folder : {"", "advocates", "requests", "engagements"}) {
      if (!fs::is_directory(path / folder)) continue;
      for (const auto& entry : fs::directory_iterator(path / folder))
        if (entry.path().filename().string()[0] == '.') ++n;
    }
    return n;
  }
};

// A pid no process has (above the kernel's largest).
constexpr const char* kDeadPid = "99999999";

JournalEntry write_entry(const std::string& target, const std::string& content) {
  JournalEntry e;
  e.target = target;
  e.temp_name = "." + fs::path(target).filename().string() + "." + kDeadPid + ".tmp";
  e.hash = content_hash(content);
  e.size = content.size();
  return e;
}

}  // namespace

TEST_CASE("a journal's text reads back as the same entries") {
  JournalEntry removal;
  removal.remove = true;
  removal.target = "advocates/old.yaml";
  const std::vector<JournalEntry> entries = {write_entry("engagements/2026-11.yaml", "a\n"),
                                             write_entry("requests/r.yaml", ""), removal};
  const std::string text = journal_text(entries);
  CHECK(text.starts_with("advo journal 1\n"));
  CHECK(text.ends_with("end\n"));
  const auto back = parse_journal(text);
  REQUIRE(back);
  CHECK(*back == entries);
}

TEST_CASE("a journal cut short or damaged is not read as one") {
  const std::string whole = journal_text({write_entry("requests/r.yaml", "x\n")});
  CHECK_FALSE(parse_journal(whole.substr(0, whole.size() - 4)));  // no "end"
  CHECK_FALSE(parse_journal(whole.substr(0, whole.size() - 1)));  // last line unended
  CHECK_FALSE(parse_journal("advo journal 9\nend\n"));
  CHECK_FALSE(parse_journal("advo journal 1\nwrite\tzz\t1\t.r.yaml.1.tmp\trequests/r.yaml\nend\n"));
  CHECK_FALSE(parse_journal("advo journal 1\nwrite\t0000000000000001\t1\tr.yaml\trequests/r.yaml\nend\n"));
  CHECK_FALSE(parse_journal("advo journal 1\nmove\trequests/r.yaml\nend\n"));
  CHECK(parse_journal("advo journal 1\nend\n")->empty());
}

TEST_CASE("staged changes touch no target until commit and then all land") {
  TempProgram p;
  p.put("engagements/2026-11.yaml", "old month\n");
  p.put("requests/r.yaml", "old request\n");
  p.put("advocates/gone.yaml", "old advocate\n");
  {
    WriteTransaction tx(p.path);
    tx.write("engagements/2026-11.yaml", "new month\n", "engagements/2026-11.yaml");
    tx.remove("advocates/gone.yaml", "advocates/gone.yaml");
    tx.write("requests/r.yaml", "first\n", "requests/r.yaml");
    tx.write("requests/r.yaml", "new request\n", "requests/r.yaml");  // replaces the first
    tx.write("advocates/new.yaml", "new advocate\n", "advocates/new.yaml");
    CHECK(tx.changes().size() == 4);
    CHECK(tx.find("requests/r.yaml")->hash == content_hash("new request\n"));
    CHECK(p.get("engagements/2026-11.yaml") == "old month\n");
    CHECK(p.get("requests/r.yaml") == "old request\n");
    CHECK(p.has("advocates/gone.yaml"));
    CHECK_FALSE(p.has("advocates/new.yaml"));
    CHECK(p.dot_files() == 3);
    tx.commit();
    CHECK(tx.changes().empty());
  }
  CHECK(p.get("engagements/2026-11.yaml") == "new month\n");
  CHECK(p.get("requests/r.yaml") == "new request\n");
  CHECK(p.get("advocates/new.yaml") == "new advocate\n");
  CHECK_FALSE(p.has("advocates/gone.yaml"));
  CHECK_FALSE(p.has(kJournalName));
  CHECK(p.dot_files() == 0);
}

TEST_CASE("a transaction not committed leaves every file as it was") {
  TempProgram p;
  p.put("requests/r.yaml", "old\n");
  {
    WriteTransaction tx(p.path);
    tx.write("requests/r.yaml", "new\n", "requests/r.yaml");
    tx.write("advocates/a.yaml", "new\n", "advocates/a.yaml");
    tx.drop("advocates/a.yaml");
    CHECK(tx.changes().size() == 1);
  }
  CHECK(p.get("requests/r.yaml") == "old\n");
  CHECK_FALSE(p.has("advocates/a.yaml"));
  CHECK(p.dot_files() == 0);
}

TEST_CASE("a file that cannot be staged is refused and nothing lands") {
  TempProgram p;
  p.put("engagements/2026-11.yaml", "old\n");
  fs::remove(p.path / "requests");
  p.put("requests", "a file where the folder should be\n");
  WriteTransaction tx(p.path);
  tx.write("engagements/2026-11.yaml", "new\n", "engagements/2026-11.yaml");
  CHECK_THROWS_AS(tx.write("requests/r.yaml", "new\n", "requests/r.yaml"), RefusedError);
  CHECK(tx.changes().size() == 1);
  tx.discard();
  CHECK(p.get("engagements/2026-11.yaml") == "old\n");
  CHECK(p.dot_files() == 0);
}

TEST_CASE("an interrupted journal is completed once and then is gone") {
  TempProgram p;
  const JournalEntry month = write_entry("engagements/2026-11.yaml", "new month\n");
  const JournalEntry request = write_entry("requests/r.yaml", "new request\n");
  JournalEntry removal;
  removal.remove = true;
  removal.target = "advocates/old.yaml";
  p.put("engagements/2026-11.yaml", "new month\n");  // already renamed before the cut
  p.put("requests/r.yaml", "old request\n");
  p.put("requests/" + request.temp_name, "new request\n");
  p.put("advocates/old.yaml", "old\n");
  p.put(kJournalName, journal_text({month, request, removal}));
  REQUIRE(has_journal(p.path));

  const JournalRecovery done = complete_interrupted_transaction(p.path);
  CHECK(done.found);
  CHECK(done.landed == std::vector<std::string>{"requests/r.yaml", "advocates/old.yaml"});
  CHECK(done.lost.empty());
  CHECK(p.get("engagements/2026-11.yaml") == "new month\n");
  CHECK(p.get("requests/r.yaml") == "new request\n");
  CHECK_FALSE(p.has("advocates/old.yaml"));
  CHECK_FALSE(has_journal(p.path));
  CHECK(p.dot_files() == 0);
  CHECK_FALSE(complete_interrupted_transaction(p.path).found);
}

TEST_CASE("a journalled content that is missing or damaged is never put in place") {
  TempProgram p;
  const JournalEntry month = write_entry("engagements/2026-11.yaml", "new month\n");
  const JournalEntry request = write_entry("requests/r.yaml", "new request\n");
  p.put("engagements/2026-11.yaml", "old month\n");  // and no temporary file
  p.put("requests/r.yaml", "old request\n");
  p.put("requests/" + request.temp_name, "new req");  // cut short
  p.put(kJournalName, journal_text({month, request}));
  const JournalRecovery done = complete_interrupted_transaction(p.path);
  CHECK(done.lost == std::vector<std::string>{"engagements/2026-11.yaml", "requests/r.yaml"});
  CHECK(p.get("engagements/2026-11.yaml") == "old month\n");
  CHECK(p.get("requests/r.yaml") == "old request\n");
  CHECK(p.dot_files() == 0);
}

TEST_CASE("a journal that cannot be read or leads outside the program is refused") {
  TempProgram p;
  p.put(kJournalName, "advo journal 1\nwrite\t");
  CHECK_THROWS_AS(complete_interrupted_transaction(p.path), DataError);
  CHECK(has_journal(p.path));
  JournalEntry outside;
  outside.remove = true;
  outside.target = "../elsewhere.yaml";
  p.put(kJournalName, journal_text({outside}));
  CHECK_THROWS_AS(complete_interrupted_transaction(p.path), RefusedError);
}

TEST_CASE("temporary files of processes no longer running are leftovers") {
  TempProgram p;
  const std::string own = ".a.yaml." + std::to_string(::getpid()) + ".tmp";
  p.put("advocates/.a.yaml." + std::string(kDeadPid) + ".tmp", "half");
  p.put(std::string(".advo-journal.") + kDeadPid + ".tmp", "half");
  p.put("advocates/" + own, "being written");
  p.put("advocates/.hidden.yaml", "not advo's");
  p.put("advocates/.a.yaml.12x.tmp", "not advo's");
  fs::create_directory(p.path / "requests" / (std::string(".r.yaml.") + kDeadPid + ".tmp"));
  const std::vector<std::string> expected = {std::string(".advo-journal.") + kDeadPid + ".tmp",
                                             "advocates/.a.yaml." + std::string(kDeadPid) + ".tmp"};
  CHECK(leftover_temporary_files(p.path) == expected);
  CHECK(remove_leftover_temporary_files(p.path) == 2);
  CHECK(leftover_temporary_files(p.path).empty());
  CHECK(p.has("advocates/" + own));
  CHECK(p.has("advocates/.hidden.yaml"));
}

TEST_CASE("a transaction keeps modes and lands nothing through a symbolic link") {
  TempProgram p;
  p.put("advocates/a.yaml", "old\n");
  p.put("engagements/2026-11.yaml", "old\n");
  ::chmod((p.path / "advocates/a.yaml").c_str(), 0600);
  ::chmod((p.path / "engagements/2026-11.yaml").c_str(), 0664);
  {
    WriteTransaction tx(p.path);
    tx.write("advocates/a.yaml", "new\n", "advocates/a.yaml");
    tx.write("engagements/2026-11.yaml", "new\n", "engagements/2026-11.yaml");
    tx.commit();
  }
  CHECK(p.get("advocates/a.yaml") == "new\n");
  CHECK((fs::status(p.path / "advocates/a.yaml").permissions() & fs::perms::all) ==
        (fs::perms::owner_read | fs::perms::owner_write));
  CHECK((fs::status(p.path / "engagements/2026-11.yaml").permissions() & fs::perms::all) ==
        (fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read | fs::perms::group_write |
         fs::perms::others_read));

  // requests/ a link to a folder outside: refused when staged, nothing lands.
  TempProgram outside;
  fs::remove(p.path / "requests");
  fs::create_directory_symlink(outside.path / "requests", p.path / "requests");
  WriteTransaction tx(p.path);
  tx.write("advocates/a.yaml", "newer\n", "advocates/a.yaml");
  CHECK_THROWS_AS(tx.write("requests/r.yaml", "x\n", "requests/r.yaml"), RefusedError);
  tx.discard();
  CHECK(p.get("advocates/a.yaml") == "new\n");
  CHECK(fs::is_empty(outside.path / "requests"));
  CHECK(p.dot_files() == 0);
}
