// What every command gets: the global options, "today", the program
// (loaded once, through the one loading seam) and safe writing.
#pragma once

#include <filesystem>
#include <iosfwd>
#include <map>
#include <set>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "advo/domain/date.hpp"
#include "advo/render/terminal.hpp"
#include "advo/os/git.hpp"
#include "advo/storage/loader.hpp"
#include "advo/os/lock.hpp"
#include "advo/storage/write_transaction.hpp"

namespace advo::cli {

struct GlobalOptions {
  std::string dir;           // -C / --dir
  std::string today;         // --today
  std::string color = "auto";
  std::string width;         // --width, "" when not given
  bool quiet = false;
  bool no_cache = false;     // --no-cache
  bool commit = false;       // --commit
};

class Context {
 public:
  Context(GlobalOptions global, std::ostream& out, std::ostream& err);

  const GlobalOptions& global() const { return global_; }
  std::ostream& out() { return out_; }
  std::ostream& err() { return err_; }
  // A message for the user on stderr, unless -q. Said once the change has
  // landed when the command has staged one (a refused change says nothing
  // else).
  void note(std::string_view message);

  Date today();
  const Style& style() const { return style_; }
  // Columns available for tables and text: --width; else, on a terminal,
  // its width, then $COLUMNS, then 80; else (output piped or to a file)
  // kNoWidthLimit, so that nothing is cut.
  size_t width() const { return width_; }

  // The program root, found from -C, $ADVO_DIR or the current directory.
  const std::filesystem::path& root();
  // Loads the program for reading. Throws DataError (exit 3) when a file
  // cannot be read, after printing every such error.
  const Program& program();
  const LoadedProgram& loaded();
  // Loads without refusing a program with errors (for check and fmt).
  const LoadedProgram& loaded_with_problems();
  // Takes the write lock, then loads: for commands that change files.
  const Program& program_for_write();

  // A command's changes land together when it succeeds (land()): each
  // write and removal is staged at once (the new content in a temporary
  // file next to its target) and none reaches its file before all do, also
  // across a kill or a power loss (see write_transaction.hpp). A command
  // that fails writes nothing.
  //
  // Stages a file under the root (relative path); refuses a path that is
  // not a file of the program and a file that changed on disk since it was
  // loaded. Content the file already holds is not written. Returns whether
  // the file changes. The one way a command writes a file: a command that
  // writes many calls it for each, and a refusal of any discards them all.
  bool write(const std::string& relative, std::string_view content);
  // Stages the removal of a file.
  void remove(const std::string& relative);
  // Lands every staged change in one transaction, checking again that no
  // file changed on disk meanwhile. Called by the command line when the
  // command succeeded; a command may call it earlier as a commit point.
  // Before anything lands, the program as the change leaves it is checked
  // (write_guard.hpp): a change that adds an error `advo check` would
  // report is refused (RefusedError, nothing written).
  void land();
  // The command takes --override REASON for the rules of rest: an ask the
  // change leaves breaking a rule is then recorded with `reason` (when not
  // empty) instead of refusing the change, and a refusal offers the option.
  void offer_override(std::string reason) {
    override_offered_ = true;
    override_reason_ = std::move(reason);
  }
  bool override_offered() const { return override_offered_; }
  const std::string& override_reason() const { return override_reason_; }
  // The changes staged and not landed yet: the new content of each file,
  // or none for a removal.
  const std::map<std::string, std::optional<std::string>>& staged() const { return staged_; }
  // The entries of a month file just staged, which the check before
  // landing then takes instead of reading the text back (a month file of
  // a large program is a megabyte). Forgotten when the file is staged again.
  void stage_entries(const std::string& relative, std::vector<Engagement> entries);
  const std::vector<Engagement>* staged_entries(const std::string& relative) const;
  // The files landed so far.
  const std::vector<std::string>& written() const { return written_; }
  // After the command ran: says what it held back (note) and records the
  // files it wrote in the program cache.
  void finish();
  std::string display(const std::string& relative);

  // With --commit or `[git] autocommit = true`, the files a writing command
  // wrote are committed once it succeeds. A command states what it did in
  // one line, the commit message ("log: jane-doe-acme reference-call
  // 2026-11-23 for 2026-11-20-globex-reference-call"); a command that
  // states nothing is committed as its command line ("COMMAND: ARGUMENTS").
  void describe_change(std::string message) { change_ = std::move(message); }
  // Called by the command line after the command succeeded: commits only
  // the files written, when asked and when they changed. `command_line` is
  // the default message. With --commit, a program outside git is an error
  // (raised before anything is written); autocommit there does nothing.
  void commit_changes(const std::string& command_line);

 private:
  void ensure_unchanged(const std::string& relative);
  // Prints the notes held while a change was staged.
  void say_held_notes();
  // Completes a change a command left half-landed (.advo-journal), under
  // the write lock; writers also remove the temporary files cut-short
  // writes left.
  void complete_interrupted_change();
  WriteTransaction& transaction();
  bool stage_write(const std::string& relative, std::string_view content);

  GlobalOptions global_;
  std::ostream& out_;
  std::ostream& err_;
  Style style_;
  size_t width_ = kNoWidthLimit;
  std::optional<Date> today_;
  std::optional<std::filesystem::path> root_;
  std::optional<LoadedProgram> loaded_;
  std::unique_ptr<ProgramLock> lock_;
  std::unique_ptr<WriteTransaction> transaction_;
  std::vector<std::string> written_;
  std::set<std::string> landed_;  // files this command landed: changed on disk by itself
  std::string change_;
  std::optional<GitRepo> git_;
  std::map<std::string, std::optional<std::string>> staged_;
  std::map<std::string, std::vector<Engagement>> staged_entries_;
  std::vector<std::string> held_notes_;
  bool override_offered_ = false;
  std::string override_reason_;
};

}  // namespace advo::cli
