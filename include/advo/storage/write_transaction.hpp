// Changes to several files of a program that land all together or not at
// all, also across a kill or a power loss: every new content goes to a
// temporary file next to its target first; a journal (.advo-journal at the
// program root) listing every rename and removal is then put in place in
// one rename, the commit point; the renames and removals follow and the
// journal is removed. A journal found later is completed by the next advo
// command (complete_interrupted_transaction); temporary files without one
// are what a cut-short command left and are removed.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace advo {

// The journal, at the program root. Never ignored by git: it is there only
// while a change lands or after one was cut short, until the next command.
inline constexpr const char* kJournalName = ".advo-journal";

// One line of the journal.
struct JournalEntry {
  bool remove = false;
  std::string target;     // relative to the program root
  std::string temp_name;  // the temporary file in the target's folder (writes only)
  uint64_t hash = 0;      // content_hash of the new content (writes only)
  uint64_t size = 0;
  bool operator==(const JournalEntry&) const = default;
};

// The journal's text, and back; nullopt for a text that is not a whole
// journal (or names a path that is not a plain relative one).
std::string journal_text(const std::vector<JournalEntry>& entries);
std::optional<std::vector<JournalEntry>> parse_journal(std::string_view text);

// The changes of one command, staged until commit().
class WriteTransaction {
 public:
  explicit WriteTransaction(std::filesystem::path root);
  // Discards what was staged and not committed.
  ~WriteTransaction();
  WriteTransaction(const WriteTransaction&) = delete;
  WriteTransaction& operator=(const WriteTransaction&) = delete;

  struct Change {
    std::string relative;
    std::string display;
    bool remove = false;
    uint64_t hash = 0;  // of the new content (writes)
    uint64_t size = 0;
  };

  // Writes `content` to the temporary file of root/relative now, to
  // replace the file at commit; a later write of the same file replaces the
  // earlier one. Throws RefusedError naming `display` when the temporary
  // file cannot be written (that file's change is then dropped).
  void write(const std::string& relative, std::string_view content, const std::string& display);
  // Removes root/relative at commit (a missing file is fine).
  void remove(const std::string& relative, const std::string& display);
  // Forgets the staged change of `relative`, if any.
  void drop(const std::string& relative);
  // The staged change of `relative`, or nullptr.
  const Change* find(const std::string& relative) const;
  // In the order staged: at commit, writes land in that order, then removals.
  const std::vector<Change>& changes() const { return changes_; }

  // Lands every staged change. Throws RefusedError when it cannot: before
  // the commit point nothing has changed and every temporary file is gone;
  // after it (a rename refused, which is rare) the journal stays and the
  // next advo command completes the change. One write or one removal alone
  // needs no journal: a rename or an unlink is atomic by itself.
  void commit();
  // Removes every temporary file staged; nothing lands.
  void discard();

 private:
  std::filesystem::path root_;
  std::vector<Change> changes_;
};

// What completing an interrupted transaction did.
struct JournalRecovery {
  bool found = false;                // there was a journal
  std::vector<std::string> landed;   // files replaced or removed now
  std::vector<std::string> lost;     // files whose new content was gone (temporary file missing or damaged)
};

// Completes the transaction of a journal at `root`, if there is one
// (idempotent: a temporary file already renamed is skipped), then removes
// the journal. Call it under the write lock. Throws DataError when the
// journal cannot be read, RefusedError when a file cannot be replaced (the
// journal then stays).
JournalRecovery complete_interrupted_transaction(const std::filesystem::path& root);

// Whether a journal is waiting at `root` (one stat).
bool has_journal(const std::filesystem::path& root);

// The temporary files (`.NAME.PID.tmp`) at the program root and in its
// record folders whose process is no longer running: what a write cut
// short left. Relative paths, sorted.
std::vector<std::string> leftover_temporary_files(const std::filesystem::path& root);

// Removes those files (call it under the write lock, after
// complete_interrupted_transaction); returns how many.
size_t remove_leftover_temporary_files(const std::filesystem::path& root);

}  // namespace advo
