// Changes to several files landing together: staging in temporary files,
// the journal that is the commit point, completing an interrupted journal
// and sweeping the temporary files a cut-short write left.
#include "advo/storage/write_transaction.hpp"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <set>

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

#include "advo/error.hpp"
#include "advo/storage/files.hpp"
#include "advo/storage/program_paths.hpp"

namespace advo {
namespace fs = std::filesystem;

namespace {

// Puts the temporary file `temp_name` in place of `relative` (or removes
// `relative` when temp_name is empty), reached from the program root's
// folder without following a symbolic link on the way or as the file.
// Throws RefusedError; the temporary file then stays.
void land_in_program(const fs::path& root, const std::string& relative, const std::string& temp_name,
                     const std::string& display) {
  const fs::path rel{relative};
  if (temp_name.empty()) {
    remove_file(root, rel, display);
    return;
  }
  const FolderHandle folder = open_program_folder(root, rel.parent_path(), false, display);
  rename_into_place(folder, temp_name, rel.filename().string(), display);
}

constexpr std::string_view kJournalHeader = "advo journal 1";
constexpr size_t kMaxJournalBytes = 16 * 1024 * 1024;
// Where advo writes program files, hence where its temporary files are.
constexpr const char* kWrittenFolders[] = {"", "advocates", "stories", "requests", "engagements"};

// A path fit for one field of a journal line.
bool plain_field(std::string_view s) {
  return !s.empty() && s.find_first_of("\t\n\r") == std::string_view::npos && s.find('\0') == std::string_view::npos;
}

// `.NAME.PID.tmp`: the pid, or nullopt for any other name.
std::optional<long> temporary_file_pid(std::string_view name) {
  if (name.size() < 8 || name[0] != '.' || !name.ends_with(".tmp")) return std::nullopt;
  const std::string_view stem = name.substr(1, name.size() - 5);
  const size_t dot = stem.rfind('.');
  if (dot == std::string_view::npos || dot == 0 || dot + 1 == stem.size() || stem.size() - dot > 12)
    return std::nullopt;
  long pid = 0;
  for (char c : stem.substr(dot + 1)) {
    if (c < '0' || c > '9') return std::nullopt;
    pid = pid * 10 + (c - '0');
  }
  return pid;
}

bool process_running(long pid) {
  if (pid <= 0) return false;
  if (pid == static_cast<long>(::getpid())) return true;
  return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
}

std::string errno_text(int err) { return std::strerror(err); }

// Flushes every folder the targets are in, each once.
void sync_target_folders(const fs::path& root, const std::vector<std::string>& targets) {
  std::set<fs::path> dirs;
  for (const std::string& t : targets) dirs.insert((root / t).parent_path());
  for (const fs::path& d : dirs) sync_folder(d);
}

// Flushes the content of the temporary files to disk: each file for a few,
// the whole file system at once for many (one flush instead of hundreds).
void sync_files(const fs::path& root, const std::vector<fs::path>& files, const std::string& display) {
  constexpr size_t kFilesSyncedOneByOne = 8;
  auto sync_one = [&](const fs::path& path, bool whole_file_system) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    const int rc = fd < 0 ? -1 : whole_file_system ? ::syncfs(fd) : ::fsync(fd);
    const int err = errno;
    if (fd >= 0) ::close(fd);
    if (rc != 0) throw RefusedError(fmt::format("cannot write: {}", errno_text(err)), Location{display});
  };
  if (files.size() > kFilesSyncedOneByOne) {
    sync_one(root, /*whole_file_system=*/true);
    return;
  }
  for (const fs::path& f : files) sync_one(f, /*whole_file_system=*/false);
}

}  // namespace

std::string journal_text(const std::vector<JournalEntry>& entries) {
  std::string out(kJournalHeader);
  out += '\n';
  for (const JournalEntry& e : entries) {
    if (e.remove)
      out += fmt::format("remove\t{}\n", e.target);
    else
      out += fmt::format("write\t{:016x}\t{}\t{}\t{}\n", e.hash, e.size, e.temp_name, e.target);
  }
  out += "end\n";
  return out;
}

std::optional<std::vector<JournalEntry>> parse_journal(std::string_view text) {
  std::vector<std::string_view> lines;
  while (!text.empty()) {
    const size_t nl = text.find('\n');
    if (nl == std::string_view::npos) return std::nullopt;  // every line ends, "end" included
    lines.push_back(text.substr(0, nl));
    text.remove_prefix(nl + 1);
  }
  if (lines.size() < 2 || lines.front() != kJournalHeader || lines.back() != "end") return std::nullopt;
  std::vector<JournalEntry> entries;
  for (size_t i = 1; i + 1 < lines.size(); ++i) {
    std::vector<std::string_view> fields;
    std::string_view line = lines[i];
    while (true) {
      const size_t tab = line.find('\t');
      fields.push_back(line.substr(0, tab));
      if (tab == std::string_view::npos) break;
      line.remove_prefix(tab + 1);
    }
    JournalEntry e;
    if (fields[0] == "remove" && fields.size() == 2) {
      e.remove = true;
      e.target = fields[1];
    } else if (fields[0] == "write" && fields.size() == 5 && fields[1].size() == 16) {
      for (char c : fields[1]) {
        const int digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
        if (digit < 0) return std::nullopt;
        e.hash = e.hash * 16 + static_cast<uint64_t>(digit);
      }
      if (fields[2].empty() || fields[2].size() > 19) return std::nullopt;
      for (char c : fields[2]) {
        if (c < '0' || c > '9') return std::nullopt;
        e.size = e.size * 10 + static_cast<uint64_t>(c - '0');
      }
      e.temp_name = fields[3];
      e.target = fields[4];
      if (!temporary_file_pid(e.temp_name) || e.temp_name.find('/') != std::string::npos) return std::nullopt;
    } else {
      return std::nullopt;
    }
    if (!plain_field(e.target)) return std::nullopt;
    entries.push_back(std::move(e));
  }
  return entries;
}

WriteTransaction::WriteTransaction(fs::path root) : root_(std::move(root)) {}

WriteTransaction::~WriteTransaction() { discard(); }

const WriteTransaction::Change* WriteTransaction::find(const std::string& relative) const {
  for (const Change& c : changes_)
    if (c.relative == relative) return &c;
  return nullptr;
}

void WriteTransaction::write(const std::string& relative, std::string_view content, const std::string& display) {
  if (!plain_field(relative)) throw RefusedError("not a file name advo writes; refused", Location{display});
  auto it = std::find_if(changes_.begin(), changes_.end(), [&](const Change& c) { return c.relative == relative; });
  if (it == changes_.end()) it = changes_.insert(changes_.end(), Change{relative, display});
  try {
    // From the root's folder without following a link; the new file takes
    // the old one's mode and owner.
    const fs::path rel{relative};
    const FolderHandle folder = open_program_folder(root_, rel.parent_path(), true, display);
    write_temp_file(folder, rel.filename().string(), content, /*sync=*/false, display);
  } catch (const RefusedError&) {
    changes_.erase(it);
    refuse_read_only_program(root_, display);
    throw;
  } catch (...) {
    changes_.erase(it);
    throw;
  }
  it->remove = false;
  it->hash = content_hash(content);
  it->size = content.size();
}

void WriteTransaction::remove(const std::string& relative, const std::string& display) {
  if (!plain_field(relative)) throw RefusedError("not a file name advo writes; refused", Location{display});
  drop(relative);
  changes_.push_back(Change{relative, display, /*remove=*/true});
}

void WriteTransaction::drop(const std::string& relative) {
  auto it = std::find_if(changes_.begin(), changes_.end(), [&](const Change& c) { return c.relative == relative; });
  if (it == changes_.end()) return;
  if (!it->remove) ::unlink(temporary_file_for(root_ / relative).c_str());
  changes_.erase(it);
}

void WriteTransaction::discard() {
  for (const Change& c : changes_)
    if (!c.remove) ::unlink(temporary_file_for(root_ / c.relative).c_str());
  changes_.clear();
}

void WriteTransaction::commit() {
  if (changes_.empty()) return;
  // Writes first, in the order staged, then removals: a journal completed
  // in that order never has a file removed before its replacement is in.
  std::stable_partition(changes_.begin(), changes_.end(), [](const Change& c) { return !c.remove; });
  std::vector<std::string> targets;
  for (const Change& c : changes_) targets.push_back(c.relative);

  if (changes_.size() == 1) {
    const Change c = changes_.front();
    const fs::path target = root_ / c.relative;
    if (c.remove) {
      changes_.clear();
      try {
        land_in_program(root_, c.relative, "", c.display);
      } catch (const RefusedError&) {
        refuse_read_only_program(root_, c.display);
        throw;
      }
      return;
    }
    const fs::path temp = temporary_file_for(target);
    try {
      sync_files(root_, {temp}, c.display);
      land_in_program(root_, c.relative, temp.filename().string(), c.display);
    } catch (...) {
      discard();
      throw;
    }
    changes_.clear();
    sync_folder(target.parent_path());
    return;
  }

  std::vector<JournalEntry> entries;
  for (const Change& c : changes_) {
    JournalEntry e;
    e.remove = c.remove;
    e.target = c.relative;
    if (!c.remove) {
      e.temp_name = temporary_file_for(root_ / c.relative).filename().string();
      e.hash = c.hash;
      e.size = c.size;
    }
    entries.push_back(std::move(e));
  }
  const fs::path journal = root_ / kJournalName;
  const fs::path journal_temp = temporary_file_for(journal);
  try {
    write_temp_file(open_program_folder(root_, "", false, kJournalName), kJournalName, journal_text(entries),
                    /*sync=*/false, kJournalName);
    std::vector<fs::path> temps = {journal_temp};
    for (const Change& c : changes_)
      if (!c.remove) temps.push_back(temporary_file_for(root_ / c.relative));
    sync_files(root_, temps, kJournalName);
  } catch (...) {
    ::unlink(journal_temp.c_str());
    discard();
    throw;
  }
  if (::rename(journal_temp.c_str(), journal.c_str()) != 0) {
    const int err = errno;
    ::unlink(journal_temp.c_str());
    discard();
    throw RefusedError(fmt::format("cannot write: {}", errno_text(err)), Location{kJournalName});
  }
  sync_folder(root_);
  // The commit point is passed: from here on the journal completes the
  // change, whatever happens to this process.
  const std::vector<Change> landing = std::move(changes_);
  changes_.clear();
  for (const Change& c : landing) {
    try {
      land_in_program(root_, c.relative, c.remove ? "" : temporary_file_for(root_ / c.relative).filename().string(),
                      c.display);
    } catch (const RefusedError& e) {
      throw RefusedError(fmt::format("{}; the change is recorded in {} and the next advo command completes it",
                                     e.what(), kJournalName),
                         Location{c.display});
    }
  }
  sync_target_folders(root_, targets);
  ::unlink(journal.c_str());
  sync_folder(root_);
}

bool has_journal(const fs::path& root) {
  struct stat st {};
  return ::lstat((root / kJournalName).c_str(), &st) == 0;
}

JournalRecovery complete_interrupted_transaction(const fs::path& root) {
  JournalRecovery out;
  const fs::path journal = root / kJournalName;
  if (!has_journal(root)) return out;
  out.found = true;
  const std::string text = read_file(journal, kJournalName, kMaxJournalBytes);
  const auto entries = parse_journal(text);
  if (!entries)
    throw DataError("not a journal advo can complete; look at it, then remove it", Location{kJournalName});
  std::vector<std::string> targets;
  for (const JournalEntry& e : *entries) {
    const fs::path target = program_file_path(root, e.target, e.target);
    targets.push_back(e.target);
    if (e.remove) {
      struct stat st {};
      if (::lstat(target.c_str(), &st) != 0) continue;
      try {
        land_in_program(root, e.target, "", e.target);
      } catch (const RefusedError& error) {
        throw RefusedError(fmt::format("{}; {} stays until it can be completed", error.what(), kJournalName),
                           Location{e.target});
      }
      out.landed.push_back(e.target);
      continue;
    }
    const fs::path temp = target.parent_path() / e.temp_name;
    struct stat st {};
    if (::lstat(temp.c_str(), &st) == 0 && S_ISREG(st.st_mode)) {
      std::string content;
      try {
        content = read_file(temp, e.target, e.size);
      } catch (const Error&) {
        content.clear();
      }
      if (content.size() == e.size && content_hash(content) == e.hash) {
        try {
          land_in_program(root, e.target, e.temp_name, e.target);
        } catch (const RefusedError& error) {
          throw RefusedError(fmt::format("{}; {} stays until it can be completed", error.what(), kJournalName),
                             Location{e.target});
        }
        out.landed.push_back(e.target);
        continue;
      }
      ::unlink(temp.c_str());  // damaged: never put in place
    }
    // Renamed already (the journal was being completed when cut short)?
    const FileStamp now = current_stamp(target);
    if (!(now.exists && now.size == e.size && now.hash == e.hash)) out.lost.push_back(e.target);
  }
  sync_target_folders(root, targets);
  ::unlink(journal.c_str());
  sync_folder(root);
  return out;
}

std::vector<std::string> leftover_temporary_files(const fs::path& root) {
  std::vector<std::string> out;
  for (const char* folder : kWrittenFolders) {
    const fs::path dir = *folder == '\0' ? root : root / folder;
    DIR* d = ::opendir(dir.c_str());
    if (d == nullptr) continue;
    while (const dirent* entry = ::readdir(d)) {
      const std::string_view name = entry->d_name;
      const auto pid = temporary_file_pid(name);
      if (!pid || process_running(*pid)) continue;
      // Only files: a folder or anything else of that name is not advo's.
      struct stat st {};
      if (::fstatat(::dirfd(d), entry->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0 || !S_ISREG(st.st_mode)) continue;
      out.push_back(*folder == '\0' ? std::string(name) : fmt::format("{}/{}", folder, name));
    }
    ::closedir(d);
  }
  std::sort(out.begin(), out.end());
  return out;
}

size_t remove_leftover_temporary_files(const fs::path& root) {
  size_t removed = 0;
  std::set<fs::path> dirs;
  for (const std::string& relative : leftover_temporary_files(root)) {
    const fs::path path = root / relative;
    if (::unlink(path.c_str()) == 0) {
      ++removed;
      dirs.insert(path.parent_path());
    }
  }
  for (const fs::path& d : dirs) sync_folder(d);
  return removed;
}

}  // namespace advo
