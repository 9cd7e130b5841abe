// What every command gets: the global options, "today", the program
// (loaded once, through the one loading seam) and safe writing.
#pragma once

#include <filesystem>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "advo/domain/date.hpp"
#include "advo/render/terminal.hpp"
#include "advo/storage/git.hpp"
#include "advo/storage/loader.hpp"
#include "advo/storage/lock.hpp"

namespace advo::cli {

struct GlobalOptions {
  std::string dir;           // -C / --dir
  std::string today;         // --today
  std::string color = "auto";
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
  // A message for the user on stderr, unless -q.
  void note(std::string_view message);

  Date today();
  const Style& style() const { return style_; }
  // Columns available for tables: $COLUMNS, else 80.
  size_t width() const;

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

  // Writes a file under the root (relative path) atomically; refuses when
  // the file changed on disk since it was loaded. Unchanged content is not
  // written. Returns whether the file changed.
  bool write(const std::string& relative, std::string_view content);
  // Writes many files (relative path, content) as `write` does, each
  // atomically but flushed to disk together (write_files_atomic); every
  // file is checked for changes on disk before any is written. Returns how
  // many files changed.
  size_t write_all(const std::vector<std::pair<std::string, std::string>>& files);
  void remove(const std::string& relative);
  const std::vector<std::string>& written() const { return written_; }
  // After the command ran: records the files it wrote in the program cache.
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

  GlobalOptions global_;
  std::ostream& out_;
  std::ostream& err_;
  Style style_;
  std::optional<Date> today_;
  std::optional<std::filesystem::path> root_;
  std::optional<LoadedProgram> loaded_;
  std::unique_ptr<ProgramLock> lock_;
  std::vector<std::string> written_;
  std::string change_;
  std::optional<GitRepo> git_;
};

}  // namespace advo::cli
