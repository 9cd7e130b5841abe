#include "cli/context.hpp"

#include <algorithm>
#include <cstdlib>
#include <ostream>

#include <sys/ioctl.h>
#include <unistd.h>

#include <fmt/format.h>

#include "advo/domain/suggest.hpp"
#include "advo/error.hpp"
#include "advo/storage/files.hpp"
#include "advo/storage/program_paths.hpp"
#include "advo/storage/state_folder.hpp"
#include "cli/date_option.hpp"
#include "cli/write_guard.hpp"

namespace advo::cli {
namespace fs = std::filesystem;

namespace {

std::string env(const char* name) {
  const char* v = std::getenv(name);
  return v == nullptr ? std::string() : std::string(v);
}

bool want_color(const std::string& mode) {
  if (mode == "always") return true;
  if (mode == "never") return false;
  if (!env("NO_COLOR").empty() || env("TERM") == "dumb") return false;
  return ::isatty(STDOUT_FILENO) == 1;
}

// A number of columns tables can be fitted to (20 to 1000), from `text`.
std::optional<size_t> columns_from(const std::string& text) {
  if (text.empty()) return std::nullopt;
  char* end = nullptr;
  const long n = std::strtol(text.c_str(), &end, 10);
  if (end == nullptr || *end != '\0' || n < 20 || n > 1000) return std::nullopt;
  return static_cast<size_t>(n);
}

// --width N; else the terminal's width, $COLUMNS or 80 on a terminal; else
// no limit.
size_t output_width(const std::string& option) {
  if (!option.empty()) {
    if (option == "0") return kNoWidthLimit;
    if (const auto n = columns_from(option)) return *n;
    throw UsageError(
        fmt::format("--width must be a number of columns from 20 to 1000 (0: no limit), not '{}'", option));
  }
  if (::isatty(STDOUT_FILENO) != 1) return kNoWidthLimit;
  winsize size{};
  if (::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) return std::max<size_t>(size.ws_col, 20);
  if (const auto n = columns_from(env("COLUMNS"))) return *n;
  return 80;
}

int lock_timeout_ms() {
  const std::string v = env("ADVO_LOCK_TIMEOUT");
  if (!v.empty()) {
    char* end = nullptr;
    const long seconds = std::strtol(v.c_str(), &end, 10);
    if (end != nullptr && *end == '\0' && seconds >= 0) return static_cast<int>(seconds * 1000);
  }
  return 30'000;
}

}  // namespace

Context::Context(GlobalOptions global, std::ostream& out, std::ostream& err)
    : global_(std::move(global)), out_(out), err_(err) {
  static const std::vector<std::string> kColorValues = {"auto", "always", "never"};
  if (std::find(kColorValues.begin(), kColorValues.end(), global_.color) == kColorValues.end())
    throw UsageError(unknown_value("--color value", global_.color, kColorValues));
  style_.color = want_color(global_.color);
  width_ = output_width(global_.width);
}

void Context::note(std::string_view message) {
  if (global_.quiet) return;
  // Messages quote record values and arguments: never raw to the terminal.
  std::string text = terminal_safe(message, /*keep_newlines=*/true);
  // Once a change is staged, what the command says about it waits until
  // the change has landed: a refused change said nothing but the refusal.
  if (!staged_.empty()) held_notes_.push_back(std::move(text));
  else err_ << text << '\n';
}

void Context::say_held_notes() {
  for (const std::string& text : held_notes_) err_ << text << '\n';
  held_notes_.clear();
}

Date Context::today() {
  if (today_) return *today_;
  std::string text = global_.today;
  const char* source = "--today";
  if (text.empty()) {
    text = env("ADVO_TODAY");
    source = "ADVO_TODAY";
  }
  if (text.empty()) {
    today_ = system_today();
  } else {
    // Relative forms (+7d, friday) count from the clock's day.
    today_ = date_option(source, text, system_today());
  }
  return *today_;
}

const fs::path& Context::root() {
  if (root_) return *root_;
  std::string start = global_.dir;
  if (start.empty()) start = env("ADVO_DIR");
  // Assigned as a string: GCC 12 warns falsely (-Wrestrict) about
  // assigning the literal here.
  if (start.empty()) start = std::string(".");
  std::error_code ec;
  if (!global_.dir.empty() && !fs::is_directory(start, ec))
    throw UsageError(fmt::format("-C {}: no such folder", start));
  auto found = find_program_root(start);
  if (!found)
    throw DataError(fmt::format("no advo program here: no advo.toml in {} or any folder above it "
                                "(create one with 'advo init', or point at one with -C DIR)",
                                start == "." ? "the current folder" : start));
  root_ = *found;
  return *root_;
}

const LoadedProgram& Context::loaded_with_problems() {
  if (!loaded_) {
    const fs::path& r = root();
    if (!lock_ && has_journal(r)) {
      // A change cut short: complete it before reading anything.
      ProgramLock lock(r, lock_timeout_ms());
      complete_interrupted_change();
    }
    // A writing command holds the lock by now.
    loaded_ = load_program(r, display_root_for(r),
                           LoadOptions{.use_cache = !global_.no_cache, .fold_cache_delta = !lock_});
  }
  return *loaded_;
}

const LoadedProgram& Context::loaded() {
  loaded_with_problems();
  if (loaded_->has_errors()) {
    Problems errors;
    for (const Problem& p : loaded_->problems)
      if (p.severity == Severity::error) errors.push_back(p);
    sort_problems(errors);
    constexpr size_t kShown = 20;
    for (size_t i = 0; i < errors.size() && i < kShown; ++i) {
      const std::string where = to_string(errors[i].where);
      err_ << "advo: " << terminal_safe(where.empty() ? "" : where + ": ") << terminal_safe(errors[i].message) << '\n';
    }
    if (errors.size() > kShown) err_ << fmt::format("advo: … and {} more errors\n", errors.size() - kShown);
    throw DataError(fmt::format("the program has {} error{} (see 'advo check')", errors.size(),
                                errors.size() == 1 ? "" : "s"));
  }
  return *loaded_;
}

const Program& Context::program() { return loaded().program; }

const Program& Context::program_for_write() {
  if (!lock_) {
    if (loaded_) throw std::logic_error("program loaded before taking the write lock");
    if (global_.commit && !git_) {
      // Asked to commit: know it can be done before writing anything.
      std::string why;
      git_ = GitRepo::find(root(), &why);
      if (!git_) throw UsageError(fmt::format("--commit: {}; nothing written", why));
    }
    refuse_unsafe_state_folder(root(), display(".advo"));
    lock_ = std::make_unique<ProgramLock>(root(), lock_timeout_ms());
    complete_interrupted_change();
    remove_leftover_temporary_files(root());
  }
  return program();
}

std::string Context::display(const std::string& relative) { return display_root_for(root()) + relative; }

void Context::ensure_unchanged(const std::string& relative) {
  if (!loaded_ || landed_.count(relative) > 0) return;
  const FileStamp now = current_stamp(root() / relative);
  const auto before = loaded_->stamp_of(relative);
  const FileStamp expected = before ? *before : FileStamp{};
  const bool same = now.exists == expected.exists &&
                    (!now.exists || (now.size == expected.size && now.mtime_ns == expected.mtime_ns &&
                                     now.inode == expected.inode && now.hash == expected.hash));
  if (!same)
    throw RefusedError(fmt::format("{} changed on disk while advo was working; nothing written, run the command again",
                                   display(relative)));
}

WriteTransaction& Context::transaction() {
  if (!lock_) throw std::logic_error("write without the write lock");
  if (!transaction_) transaction_ = std::make_unique<WriteTransaction>(root());
  return *transaction_;
}

void Context::stage_entries(const std::string& relative, std::vector<Engagement> entries) {
  if (staged_.count(relative) > 0) staged_entries_[relative] = std::move(entries);
}

const std::vector<Engagement>* Context::staged_entries(const std::string& relative) const {
  const auto it = staged_entries_.find(relative);
  return it == staged_entries_.end() ? nullptr : &it->second;
}

bool Context::stage_write(const std::string& relative, std::string_view content) {
  staged_entries_.erase(relative);
  const fs::path path = program_file_path(root(), relative, display(relative));
  WriteTransaction& tx = transaction();
  const FileStamp now = current_stamp(path);
  if (now.exists && now.hash == content_hash(content) && now.size == content.size()) {
    tx.drop(relative);
    staged_.erase(relative);
    return false;
  }
  staged_[relative] = std::string(content);
  const WriteTransaction::Change* staged = tx.find(relative);
  if (staged != nullptr && !staged->remove && staged->hash == content_hash(content) && staged->size == content.size())
    return true;
  tx.write(relative, content, display(relative));
  return true;
}

bool Context::write(const std::string& relative, std::string_view content) {
  if (!lock_) throw std::logic_error("write without the write lock");
  // The path first: a name outside the program is refused as such before
  // anything there is looked at (as remove does).
  program_file_path(root(), relative, display(relative));
  ensure_unchanged(relative);
  return stage_write(relative, content);
}

void Context::remove(const std::string& relative) {
  if (!lock_) throw std::logic_error("remove without the write lock");
  program_file_path(root(), relative, display(relative));
  ensure_unchanged(relative);
  transaction().remove(relative, display(relative));
  staged_[relative] = std::nullopt;
  staged_entries_.erase(relative);
}

void Context::land() {
  if (!transaction_ || transaction_->changes().empty()) return;
  if (loaded_) refuse_errors_added(*this, loaded_->program);
  staged_.clear();
  staged_entries_.clear();
  std::vector<std::string> files;
  for (const WriteTransaction::Change& c : transaction_->changes()) {
    ensure_unchanged(c.relative);
    files.push_back(c.relative);
  }
  transaction_->commit();
  for (const std::string& f : files) {
    written_.push_back(f);
    landed_.insert(f);
  }
}

void Context::finish() {
  say_held_notes();
  if (!loaded_ || written_.empty()) return;
  try {
    update_program_cache(*loaded_, written_);
  } catch (const std::exception&) {
    // The cache is only ever a shortcut: the next command reads the files.
  }
}

void Context::complete_interrupted_change() {
  // Completed silently: the change is what that command reported.
  const JournalRecovery recovery = complete_interrupted_transaction(root());
  for (const std::string& f : recovery.lost)
    note(fmt::format("{}: the new content of that change was lost; look at the file (git diff)", display(f)));
}

void Context::commit_changes(const std::string& command_line) {
  if (written_.empty()) return;
  const bool wanted = global_.commit || (loaded_ && loaded_->program.settings.autocommit);
  if (!wanted) return;
  if (!git_) {
    git_ = GitRepo::find(root());
    if (!git_) return;  // autocommit outside a git repository: nothing to do
  }
  std::vector<std::string> paths = written_;
  std::sort(paths.begin(), paths.end());
  paths.erase(std::unique(paths.begin(), paths.end()), paths.end());
  // One line with every control character shown escaped: a value with a
  // newline must not add lines (a forged "Signed-off-by:") to the message.
  const std::string message = terminal_safe(change_.empty() ? command_line : change_);
  const GitRepo::Commit commit = git_->commit_paths(paths, message);
  if (commit.made) note(fmt::format("committed {}: {}", commit.hash, message));
}

}  // namespace advo::cli
