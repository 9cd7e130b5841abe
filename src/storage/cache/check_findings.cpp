// The findings of the checks of one record kept in .advo/check-findings
// (check_findings.hpp), and check_program run through them. The file is
// text:
//   advo check findings 1
//   S HASH                  the hash (hex) of advo.toml's content and the build
//   F HASH SIZE PATH        a file, its content's hash (hex) and size
//   R RECORD ITEM SEVERITY CODE FIELD_PATH   a finding in the file above
//   M MESSAGE               its message
// Anything else in it, or a first line of another format, and none of it
// is used.
#include "advo/storage/cache/check_findings.hpp"

#include <algorithm>
#include <charconv>
#include <optional>

#include <fmt/format.h>

#include "advo/storage/cache/cache_image.hpp"
#include "advo/storage/cache/check_places.hpp"
#include "advo/storage/state_folder.hpp"

namespace advo {
namespace {

constexpr std::string_view kFirstLine = "advo check findings 1";

// Reads the next space-separated word of `line` into `out`.
bool take_word(std::string_view& line, std::string& out) {
  const size_t space = line.find(' ');
  if (space == std::string_view::npos || space == 0) return false;
  out = std::string(line.substr(0, space));
  line.remove_prefix(space + 1);
  return true;
}

bool by_record(const KeptFinding& a, const KeptFinding& b) { return a.record_item < b.record_item; }

bool one_line(std::string_view text) { return text.find('\n') == std::string_view::npos; }

// The records of one kind checked through what is kept: for each record,
// the kept findings of its file when its file's key did not change, else
// check_record's (then kept for next time).
class KeptChecks {
 public:
  KeptChecks(const LoadedProgram& loaded, const CheckFindings& before, uint64_t settings_hash, bool keep)
      : loaded_(loaded), before_(before), settings_hash_(settings_hash), keep_(keep),
        files_(loaded.program.files.size()) {
    now_.set_settings_hash(settings_hash);
  }

  template <class R>
  void check(const std::vector<R>& records, Findings& out) {
    for (const R& r : records) {
      File* file = file_of(r.origin.file);
      if (file != nullptr && file->kept != nullptr) {
        const auto [from, to] = std::equal_range(file->kept->findings.begin(), file->kept->findings.end(),
                                                 KeptFinding{r.origin.item, {}, -1, Severity::error, {}, {}},
                                                 by_record);
        for (auto it = from; it != to; ++it)
          out.push_back(Finding{r.origin, it->path, it->item, it->severity, it->code, it->message});
        continue;
      }
      Findings found = check_record(r, loaded_.program.settings);
      if (file != nullptr && file->keeping)
        for (const Finding& f : found)
          if (!now_.add(loaded_.program.files[r.origin.file],
                        KeptFinding{r.origin.item, f.path, f.item, f.severity, f.code, f.message}))
            file->keeping = false;
      for (Finding& f : found) out.push_back(std::move(f));
    }
  }

  CheckFindings& now() { return now_; }

 private:
  struct File {
    bool seen = false;
    const CheckFindings::FileFindings* kept = nullptr;  // what is kept, when its key did not change
    bool keeping = false;  // what is found is added to now_
  };

  // Where the records of program file `index` stand; nullptr for a record
  // without a file.
  File* file_of(uint32_t index) {
    if (index >= files_.size()) return nullptr;
    File& file = files_[index];
    if (file.seen) return &file;
    file.seen = true;
    const FileStamp* stamp = index < loaded_.stamps.size() ? &loaded_.stamps[index] : nullptr;
    if (!keep_ || stamp == nullptr || !stamp->exists || stamp->hash == 0) return &file;
    const std::string& relative = loaded_.program.files[index];
    file.kept = before_.find(relative, stamp->hash, stamp->size, settings_hash_);
    if (file.kept != nullptr) {
      now_.start_file(relative, stamp->hash, stamp->size);
      for (const KeptFinding& f : file.kept->findings) now_.add(relative, f);
    } else {
      file.keeping = now_.start_file(relative, stamp->hash, stamp->size);
    }
    return &file;
  }

  const LoadedProgram& loaded_;
  const CheckFindings& before_;
  uint64_t settings_hash_;
  bool keep_;
  std::vector<File> files_;
  CheckFindings now_;
};

// The hash of advo.toml's content as the load read it, with this build's
// signature (another build may check records otherwise); nullopt when
// advo.toml was not read.
std::optional<uint64_t> settings_hash_of(const LoadedProgram& loaded) {
  const std::optional<FileStamp> stamp = loaded.stamp_of("advo.toml");
  if (!stamp || !stamp->exists || stamp->hash == 0) return std::nullopt;
  const uint64_t both[2] = {stamp->hash, cache::layout_signature()};
  return cache::checksum_bytes(both, sizeof both);
}

}  // namespace

CheckFindings CheckFindings::parse(std::string_view bytes) {
  CheckFindings out;
  FileFindings* file = nullptr;
  KeptFinding* last = nullptr;  // the finding whose message comes next
  const bool whole = read_tagged_lines(bytes, kFirstLine, [&](char tag, std::string_view line) {
    if (last != nullptr && tag != 'M') return false;
    if (tag == 'S') {
      const auto [ptr, ec] = std::from_chars(line.data(), line.data() + line.size(), out.settings_hash_, 16);
      return ec == std::errc() && ptr == line.data() + line.size();
    }
    if (tag == 'F') {
      FileFindings f;
      if (!take_number(line, f.hash, 16) || !take_number(line, f.size) || line.empty()) return false;
      file = &out.files_[std::string(line)];
      *file = std::move(f);
      return true;
    }
    if (tag == 'R' && file != nullptr) {
      KeptFinding f;
      std::string severity;
      if (!take_number(line, f.record_item) || !take_number(line, f.item) || !take_word(line, severity) ||
          (severity != "e" && severity != "w") || !take_word(line, f.code))
        return false;
      if (!file->findings.empty() && file->findings.back().record_item > f.record_item) return false;
      f.severity = severity == "e" ? Severity::error : Severity::warning;
      f.path = std::string(line);
      file->findings.push_back(std::move(f));
      last = &file->findings.back();
      return true;
    }
    if (tag == 'M' && last != nullptr) {
      last->message = std::string(line);
      last = nullptr;
      return true;
    }
    return false;
  });
  if (!whole || last != nullptr) return {};
  return out;
}

CheckFindings CheckFindings::read(const std::filesystem::path& root) {
  const std::optional<std::string> bytes = read_check_state_file(root, kCheckFindingsName);
  return bytes ? parse(*bytes) : CheckFindings{};
}

const CheckFindings::FileFindings* CheckFindings::find(const std::string& relative, uint64_t hash, uint64_t size,
                                                       uint64_t settings_hash) const {
  if (settings_hash != settings_hash_) return nullptr;
  const auto file = files_.find(relative);
  if (file == files_.end() || file->second.hash != hash || file->second.size != size) return nullptr;
  return &file->second;
}

bool CheckFindings::start_file(const std::string& relative, uint64_t hash, uint64_t size) {
  // A name the format cannot hold is simply not kept.
  if (relative.empty() || !one_line(relative)) return false;
  files_[relative] = FileFindings{hash, size, {}};
  return true;
}

bool CheckFindings::add(const std::string& relative, KeptFinding finding) {
  const auto file = files_.find(relative);
  if (file == files_.end()) return false;
  const bool fits = !finding.code.empty() && finding.code.find_first_of(" \n") == std::string::npos &&
                    one_line(finding.path) && one_line(finding.message);
  if (!fits) {
    files_.erase(file);
    return false;
  }
  file->second.findings.push_back(std::move(finding));
  return true;
}

void CheckFindings::settle() {
  for (auto& [relative, file] : files_) std::stable_sort(file.findings.begin(), file.findings.end(), by_record);
}

std::string CheckFindings::serialise() const {
  std::string out(kFirstLine);
  out += fmt::format("\nS {:x}\n", settings_hash_);
  for (const auto& [relative, file] : files_) {
    out += fmt::format("F {:x} {} {}\n", file.hash, file.size, relative);
    for (const KeptFinding& f : file.findings)
      out += fmt::format("R {} {} {} {} {}\nM {}\n", f.record_item, f.item, f.severity == Severity::error ? "e" : "w",
                         f.code, f.path, f.message);
  }
  return out;
}

bool write_check_findings(const std::filesystem::path& root, const CheckFindings& findings) {
  const StateFolder folder = StateFolder::open(root, true);
  return folder.usable() && folder.replace_file(kCheckFindingsName, findings.serialise());
}

Findings check_program_keeping_findings(const LoadedProgram& loaded, Date today) {
  const Program& program = loaded.program;
  // Findings are kept only beside a cache: a load without one (--no-cache)
  // checks every record.
  const std::optional<uint64_t> settings_hash = settings_hash_of(loaded);
  const bool keep = loaded.cache != nullptr && settings_hash.has_value();
  const CheckFindings before = keep ? CheckFindings::read(loaded.root) : CheckFindings{};
  KeptChecks checks(loaded, before, settings_hash.value_or(0), keep);
  Findings out;
  checks.check(program.advocates, out);
  checks.check(program.stories, out);
  checks.check(program.requests, out);
  checks.check(program.engagements, out);
  check_across_records(program, today, out);
  checks.now().settle();
  if (keep && !(checks.now() == before)) write_check_findings(loaded.root, checks.now());
  return out;
}

}  // namespace advo
