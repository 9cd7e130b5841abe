// What the checks of one record on their own (check_record in
// domain/check.hpp) found, kept in .advo/check-findings for every file
// `check` read, keyed by the file's path and the hash and size of its
// content as the load stamped it, and by the hash of advo.toml's content
// and of the build of advo (as the cache is). A warm `check` re-runs those
// checks only for the files whose key changed (any change to advo.toml, or
// another build, re-checks every file), then runs the
// checks that span records; the findings are those of check_program, in
// the same order. Each `check` keeps only what it used.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "advo/domain/check.hpp"
#include "advo/storage/loader.hpp"

namespace advo {

inline constexpr const char* kCheckFindingsName = "check-findings";

// A finding of check_record without its record: the record's place in its
// file (its item in a month file, else 0) and the rest of the finding.
struct KeptFinding {
  uint32_t record_item = 0;
  std::string path;
  int item = -1;
  Severity severity = Severity::error;
  std::string code;
  std::string message;
  bool operator==(const KeptFinding&) const = default;
};

class CheckFindings {
 public:
  struct FileFindings {
    uint64_t hash = 0;
    uint64_t size = 0;
    // By record item; a record's in the order check_record gave them.
    std::vector<KeptFinding> findings;
    bool operator==(const FileFindings&) const = default;
  };

  // The findings kept for the program at `root`; none when there are none,
  // or they are of another format or damaged (they are simply made again).
  static CheckFindings read(const std::filesystem::path& root);
  static CheckFindings parse(std::string_view text);

  // What is kept for `relative` when it is kept for that content and these
  // settings, else nullptr.
  const FileFindings* find(const std::string& relative, uint64_t hash, uint64_t size, uint64_t settings_hash) const;
  // Starts (or restarts) what is kept for a file; false when its name
  // cannot be kept.
  bool start_file(const std::string& relative, uint64_t hash, uint64_t size);
  // Adds a finding to a file started; false when it cannot be kept
  // (the file is then not kept at all).
  bool add(const std::string& relative, KeptFinding finding);
  void set_settings_hash(uint64_t hash) { settings_hash_ = hash; }
  // Puts each file's findings in the order of their records' items (once
  // every finding is added).
  void settle();

  std::string serialise() const;
  bool operator==(const CheckFindings&) const = default;

 private:
  uint64_t settings_hash_ = 0;
  std::map<std::string, FileFindings, std::less<>> files_;
};

// Replaces .advo/check-findings when .advo is a real folder; false when it
// could not. Never throws.
bool write_check_findings(const std::filesystem::path& root, const CheckFindings& findings);

// check_program(loaded.program, today), re-running the checks of one record
// only for the records of files whose findings are not kept for their
// content and advo.toml's; keeps what it used when the load went through
// the cache (without one, as with --no-cache, it checks everything).
Findings check_program_keeping_findings(const LoadedProgram& loaded, Date today);

}  // namespace advo
