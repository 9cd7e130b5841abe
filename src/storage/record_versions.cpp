#include "advo/storage/record_versions.hpp"

#include <algorithm>
#include <charconv>

#include "advo/error.hpp"

namespace advo {
namespace {

bool is_object_id(std::string_view text) {
  return text.size() >= 40 && text.find_first_not_of("0123456789abcdef") == std::string_view::npos &&
         text.find_first_not_of('0') != std::string_view::npos;
}

// The object ids on both sides of each change `git log --raw` lists
// (":MODE MODE OLD NEW STATUS\tPATH"); the all-zero id of a side without
// the file is left out.
std::vector<std::string> blobs_of_raw_log(std::string_view log) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start < log.size()) {
    size_t end = log.find('\n', start);
    if (end == std::string_view::npos) end = log.size();
    const std::string_view line = log.substr(start, end - start);
    start = end + 1;
    if (!line.starts_with(':')) continue;
    const std::string_view fields = line.substr(0, line.find('\t'));
    size_t field_start = 0;
    for (int field = 0; field < 4 && field_start < fields.size(); ++field) {
      size_t field_end = fields.find(' ', field_start);
      if (field_end == std::string_view::npos) field_end = fields.size();
      const std::string_view value = fields.substr(field_start, field_end - field_start);
      if (field >= 2 && is_object_id(value)) out.emplace_back(value);
      field_start = field_end + 1;
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

// `git cat-file --batch` output: "ID TYPE SIZE\nCONTENT\n" per object.
std::vector<RecordVersion> read_batch(std::string_view batch) {
  std::vector<RecordVersion> out;
  size_t pos = 0;
  while (pos < batch.size()) {
    const size_t header_end = batch.find('\n', pos);
    if (header_end == std::string_view::npos) break;
    const std::string_view header = batch.substr(pos, header_end - pos);
    const size_t first_space = header.find(' ');
    const size_t last_space = header.rfind(' ');
    if (first_space == std::string_view::npos || last_space == first_space)
      throw RefusedError("git cat-file: unexpected output");
    size_t size = 0;
    const std::string_view size_text = header.substr(last_space + 1);
    if (std::from_chars(size_text.data(), size_text.data() + size_text.size(), size).ec != std::errc() ||
        header_end + 1 + size > batch.size())
      throw RefusedError("git cat-file: unexpected output");
    out.push_back({std::string(header.substr(0, first_space)), std::string(batch.substr(header_end + 1, size))});
    pos = header_end + 1 + size + 1;
  }
  return out;
}

}  // namespace

std::vector<RecordVersion> record_versions(const GitRepo& repo, const std::string& file) {
  const ProcessResult head = repo.run({"rev-parse", "--verify", "--quiet", "HEAD"});
  const ProcessResult refs = repo.run({"for-each-ref", "--count=1"});
  if (head.status != 0 && (refs.status != 0 || refs.out.empty())) return {};  // no commit yet
  const std::string log =
      repo.run_or_throw({"log", "--all", "-m", "--format=", "--raw", "--no-abbrev", "--no-renames", "--", file});
  const std::vector<std::string> blobs = blobs_of_raw_log(log);
  if (blobs.empty()) return {};
  std::string input;
  for (const std::string& blob : blobs) input += blob + "\n";
  return read_batch(repo.run_or_throw({"cat-file", "--batch"}, {}, input));
}

}  // namespace advo
