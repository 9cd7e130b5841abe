#include "advo/storage/program_scan.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

#include "advo/domain/date.hpp"
#include "advo/domain/ids.hpp"
#include "advo/domain/schema.hpp"

namespace advo {
namespace fs = std::filesystem;
namespace {

cache::FileCheck check_of(const struct stat& st) {
  cache::FileCheck c;
  c.size = static_cast<uint64_t>(st.st_size);
  c.mtime_ns = static_cast<int64_t>(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec;
  c.ctime_ns = static_cast<int64_t>(st.st_ctim.tv_sec) * 1'000'000'000 + st.st_ctim.tv_nsec;
  c.inode = static_cast<uint64_t>(st.st_ino);
  c.mode = static_cast<uint32_t>(st.st_mode);
  return c;
}

bool is_month_name(std::string_view stem) {
  return stem.size() == 7 && stem[4] == '-' && Date::parse(std::string(stem) + "-01").has_value();
}

bool ends_with_yaml(std::string_view name) { return name.size() > 5 && name.substr(name.size() - 5) == ".yaml"; }

// Refuses links that lead outside the program, so a record can never make
// advo read (or later write) elsewhere.
bool link_inside(const fs::path& path, const fs::path& canonical_root) {
  std::error_code ec;
  const fs::path target = fs::weakly_canonical(path, ec);
  const auto rel = target.lexically_relative(canonical_root);
  return !(ec || rel.empty() || *rel.begin() == "..");
}

}  // namespace

bool link_leads_outside(const fs::path& path, const fs::path& canonical_root) {
  std::error_code ec;
  return fs::is_symlink(fs::symlink_status(path, ec)) && !link_inside(path, canonical_root);
}

cache::FileCheck check_path(const fs::path& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return {};
  return check_of(st);
}

FolderListing list_folder(const fs::path& dir, const std::string& display, Problems& problems) {
  FolderListing out;
  out.from_disk = true;
  struct stat st {};
  if (::stat(dir.c_str(), &st) != 0) {
    // No folder holds nothing of its kind; a folder that is there but
    // cannot be read (a link to nothing included) is an error, never an
    // empty folder.
    const int err = errno;
    struct stat link {};
    if (err == ENOENT && ::lstat(dir.c_str(), &link) != 0) return out;
    problems.push_back(Problem{Location{display}, Severity::error, "file",
                               err == ENOENT ? std::string("is a symbolic link to nothing; its records cannot be read")
                                             : fmt::format("cannot read: {}", std::strerror(err))});
    return out;
  }
  if (!S_ISDIR(st.st_mode)) {
    problems.push_back(Problem{Location{display}, Severity::error, "file", "is not a folder"});
    return out;
  }
  DIR* d = ::opendir(dir.c_str());
  if (d == nullptr) {
    problems.push_back(Problem{Location{display}, Severity::error, "file",
                               fmt::format("cannot list: {}", std::strerror(errno))});
    return out;
  }
  out.exists = true;
  out.check = check_of(st);
  struct Found {
    size_t offset;
    size_t length;
    bool symlink;
  };
  std::vector<Found> found;
  while (const struct dirent* e = ::readdir(d)) {
    const std::string_view name(e->d_name);
    if (name.empty() || name[0] == '.') continue;
    bool symlink = e->d_type == DT_LNK;
    if (e->d_type == DT_UNKNOWN) {
      struct stat lst {};
      symlink = ::fstatat(::dirfd(d), e->d_name, &lst, AT_SYMLINK_NOFOLLOW) == 0 && S_ISLNK(lst.st_mode);
    }
    found.push_back(Found{out.text.size(), name.size(), symlink});
    out.text.insert(out.text.end(), name.begin(), name.end());
  }
  ::closedir(d);
  out.names.reserve(found.size());
  for (const Found& f : found) out.names.push_back(FolderName{std::string_view(out.text.data() + f.offset, f.length), f.symlink});
  std::sort(out.names.begin(), out.names.end(), [](const FolderName& a, const FolderName& b) { return a.name < b.name; });
  return out;
}

std::vector<FolderItem> classify_names(RecordKind kind, const FolderListing& listing, const fs::path& root,
                                       const fs::path& canonical_root) {
  const RecordSchema& schema = schema_of(kind);
  std::vector<FolderItem> out;
  out.reserve(listing.names.size());
  for (const FolderName& n : listing.names) {
    FolderItem item{n.name, NameKind::record_file};
    if (!ends_with_yaml(n.name)) {
      item.kind = NameKind::not_yaml;
    } else if (const std::string_view stem = n.name.substr(0, n.name.size() - 5);
               kind == RecordKind::engagement ? !is_month_name(stem) : !valid_id(stem)) {
      item.kind = NameKind::invalid_name;
    } else if (n.symlink && !link_inside(root / schema.folder / n.name, canonical_root)) {
      item.kind = NameKind::outside_link;
    }
    out.push_back(item);
  }
  return out;
}

Problem name_problem(RecordKind kind, const FolderItem& item, const std::string& display_root) {
  const RecordSchema& schema = schema_of(kind);
  const bool month = kind == RecordKind::engagement;
  Location where{fmt::format("{}{}/{}", display_root, schema.folder, item.name)};
  switch (item.kind) {
    case NameKind::not_yaml:
      return Problem{std::move(where), Severity::warning, "file",
                     month ? std::string("ignored: engagement files are named YYYY-MM.yaml")
                           : fmt::format("ignored: {} files end in .yaml", schema.name)};
    case NameKind::invalid_name:
      return Problem{std::move(where), Severity::error, "file-name",
                     month ? std::string("engagement files are named YYYY-MM.yaml")
                           : fmt::format("file name '{}' is not a valid id (lower-case letters, digits and '-', at "
                                         "most {} characters)",
                                         item.name.substr(0, item.name.size() - 5), kMaxIdLength)};
    case NameKind::outside_link:
    case NameKind::record_file:
      break;
  }
  return Problem{std::move(where), Severity::error, "file", kOutsideLink};
}

namespace {
constexpr size_t kChunk = 256;  // files a thread takes at a time
}  // namespace

FileChecks::FileChecks(const std::vector<fs::path>& folders, std::vector<Target> targets, unsigned threads)
    : targets_(std::move(targets)), checks_(targets_.size()) {
  for (const fs::path& dir : folders) dirfds_.push_back(::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  // Below a few chunks per thread a thread costs more than it saves.
  const size_t helpers = std::min<size_t>(threads > 0 ? threads - 1 : 0, targets_.size() / (4 * kChunk));
  for (size_t i = 0; i < helpers; ++i) helpers_.emplace_back([this] { work(); });
}

FileChecks::~FileChecks() {
  next_ = targets_.size();
  for (std::thread& t : helpers_)
    if (t.joinable()) t.join();
  for (int fd : dirfds_)
    if (fd >= 0) ::close(fd);
}

void FileChecks::work() {
  std::string name;
  for (size_t from = next_.fetch_add(kChunk); from < targets_.size(); from = next_.fetch_add(kChunk)) {
    const size_t to = std::min(from + kChunk, targets_.size());
    for (size_t i = from; i < to; ++i) {
      const int dirfd = dirfds_[targets_[i].folder];
      if (dirfd < 0) continue;
      name.assign(targets_[i].name);
      struct stat st {};
      if (::fstatat(dirfd, name.c_str(), &st, 0) == 0) checks_[i] = check_of(st);
    }
  }
}

std::vector<cache::FileCheck> FileChecks::finish() {
  work();
  for (std::thread& t : helpers_) t.join();
  helpers_.clear();
  return std::move(checks_);
}

std::vector<cache::FileCheck> check_files(const fs::path& dir, const std::vector<std::string_view>& names,
                                          unsigned threads) {
  std::vector<FileChecks::Target> targets;
  targets.reserve(names.size());
  for (std::string_view n : names) targets.push_back(FileChecks::Target{0, n});
  return FileChecks({dir}, std::move(targets), threads).finish();
}

unsigned worker_threads() {
  const unsigned n = std::thread::hardware_concurrency();
  return std::clamp(n, 1u, 4u);
}

}  // namespace advo
