#include "advo/storage/record_files.hpp"

#include <algorithm>
#include <atomic>
#include <exception>
#include <optional>
#include <thread>

#include <fmt/format.h>

#include "advo/domain/field_values.hpp"
#include "advo/domain/folding.hpp"
#include "advo/domain/schema.hpp"
#include "advo/error.hpp"
#include "advo/storage/loader.hpp"
#include "advo/storage/record_reader.hpp"

namespace advo {
namespace fs = std::filesystem;
namespace {

template <class R>
std::vector<R>& records_of(ParsedFile& f);
template <>
std::vector<Advocate>& records_of<Advocate>(ParsedFile& f) {
  return f.advocates;
}
template <>
std::vector<Story>& records_of<Story>(ParsedFile& f) {
  return f.stories;
}
template <>
std::vector<Request>& records_of<Request>(ParsedFile& f) {
  return f.requests;
}

template <class R>
void read_one_record(const YamlNode& node, const std::string& display, ParsedFile& out) {
  R record{};
  if (read_record(node, schema_for<R>(), &record, display, out.problems)) {
    record.origin = Origin{UINT32_MAX, node.line, node.column, 0};
    records_of<R>(out).push_back(record);
  }
}

void records_from_tree(RecordKind kind, const YamlNode& node, const std::string& display, ParsedFile& out);

}  // namespace

std::string read_record_text(const fs::path& path, const std::string& display, size_t max_bytes, FileStamp* stamp,
                             Problems* notes) {
  std::string text = read_file(path, display, max_bytes, stamp);
  const bool bom = text.size() >= 3 && text.compare(0, 3, "\xEF\xBB\xBF") == 0;
  if (bom) text.erase(0, 3);
  const size_t nul = text.find('\0');
  if (nul != std::string::npos) {
    const auto line = static_cast<uint32_t>(1 + std::count(text.begin(), text.begin() + static_cast<ptrdiff_t>(nul), '\n'));
    throw DataError("file contains NUL bytes", Location{display, line});
  }
  if (!valid_utf8(text)) throw DataError("file is not valid UTF-8", Location{display});
  if (notes != nullptr) {
    if (bom)
      notes->push_back(Problem{Location{display}, Severity::warning, "encoding",
                               "file starts with a byte-order mark ('advo fmt' removes it)"});
    if (text.find('\r') != std::string::npos)
      notes->push_back(Problem{Location{display}, Severity::warning, "encoding",
                               "file has CR (Windows) line endings ('advo fmt' writes LF)"});
  }
  return text;
}

std::vector<Engagement> engagements_from_tree(const YamlNode& node, const std::string& display, Problems& problems) {
  std::vector<Engagement> out;
  if (node.kind == YamlNode::Kind::null) return out;
  if (node.kind != YamlNode::Kind::seq) {
    problems.push_back(Problem{Location{display, node.line, node.column}, Severity::error, "type",
                               "a month file must be a list of engagements"});
    return out;
  }
  const RecordSchema& schema = schema_of(RecordKind::engagement);
  out.reserve(node.children.size());
  uint32_t item = 0;
  for (const YamlNode& child : node.children) {
    Engagement g{};
    if (read_record(child, schema, &g, display, problems)) {
      g.origin = Origin{UINT32_MAX, child.line, child.column, item};
      out.push_back(g);
    }
    ++item;
  }
  return out;
}

std::vector<Engagement> read_month_file(const fs::path& path, const std::string& display, Problems& problems,
                                        FileStamp* stamp) {
  ParsedFile f = read_record_file(RecordKind::engagement, path, display);
  if (stamp != nullptr) *stamp = f.stamp;
  problems.insert(problems.end(), f.problems.begin(), f.problems.end());
  return std::move(f.engagements);
}

ParsedFile read_record_file(RecordKind kind, const fs::path& path, const std::string& display, std::mutex* interning,
                            const uint64_t* expected_hash) {
  ParsedFile out;
  const bool month = kind == RecordKind::engagement;
  YamlNode node;
  const char* stage = "file";
  try {
    // Notes on the text (byte-order mark, CR line endings) are kept only
    // when the file is read: an unchanged file's come from the cache.
    Problems notes;
    const std::string text =
        read_record_text(path, display, month ? kMaxMonthFileBytes : kMaxRecordBytes, &out.stamp, &notes);
    if (expected_hash != nullptr && out.stamp.hash == *expected_hash) {
      out.unchanged = true;
      return out;
    }
    out.problems = std::move(notes);
    stage = "syntax";
    node = parse_yaml(text, display, month ? kMonthFileLimits : kRecordLimits);
  } catch (const Error& err) {
    out.problems.push_back(Problem{err.where(), Severity::error, stage, err.what()});
    return out;
  }
  std::optional<std::lock_guard<std::mutex>> lock;
  if (interning != nullptr) lock.emplace(*interning);
  records_from_tree(kind, node, display, out);
  return out;
}

ParsedFile parse_record_file_text(RecordKind kind, std::string_view text, const std::string& display) {
  ParsedFile out;
  YamlNode node;
  try {
    node = parse_yaml(text, display, kind == RecordKind::engagement ? kMonthFileLimits : kRecordLimits);
  } catch (const Error& err) {
    out.problems.push_back(Problem{err.where(), Severity::error, "syntax", err.what()});
    return out;
  }
  records_from_tree(kind, node, display, out);
  return out;
}

namespace {

void records_from_tree(RecordKind kind, const YamlNode& node, const std::string& display, ParsedFile& out) {
  const bool month = kind == RecordKind::engagement;
  if (month) {
    out.engagements = engagements_from_tree(node, display, out.problems);
    return;
  }
  if (node.kind == YamlNode::Kind::null) {
    out.problems.push_back(Problem{Location{display}, Severity::error, "empty", "empty file"});
    return;
  }
  switch (kind) {
    case RecordKind::advocate:
      read_one_record<Advocate>(node, display, out);
      break;
    case RecordKind::story:
      read_one_record<Story>(node, display, out);
      break;
    case RecordKind::request:
      read_one_record<Request>(node, display, out);
      break;
    case RecordKind::engagement:
      break;
  }
}

}  // namespace

std::vector<ParsedFile> read_record_files(const std::vector<FileToRead>& files, unsigned threads) {
  std::vector<ParsedFile> out(files.size());
  std::mutex interning;
  std::atomic<size_t> next{0};
  std::exception_ptr failure;
  std::mutex failure_lock;
  auto work = [&] {
    try {
      for (size_t i = next++; i < files.size(); i = next++)
        out[i] = read_record_file(files[i].kind, files[i].path, files[i].display, &interning,
                                  files[i].verify ? &files[i].expected_hash : nullptr);
    } catch (...) {
      const std::lock_guard<std::mutex> guard(failure_lock);
      if (!failure) failure = std::current_exception();
      next = files.size();
    }
  };
  // Enough work per thread to pay for starting it.
  size_t bytes_guess = 0;
  for (const FileToRead& f : files) bytes_guess += f.kind == RecordKind::engagement ? 100'000 : 1'000;
  const size_t helpers = std::min<size_t>(threads - 1, bytes_guess / 200'000);
  std::vector<std::thread> pool;
  for (size_t t = 0; t < helpers; ++t) pool.emplace_back(work);
  work();
  for (std::thread& t : pool) t.join();
  if (failure) std::rethrow_exception(failure);
  return out;
}

}  // namespace advo
