// Reading record files and month files into records, with every problem
// placed, on several threads for a whole program.
#pragma once

#include <filesystem>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "advo/domain/problem.hpp"
#include "advo/domain/records.hpp"
#include "advo/storage/files.hpp"
#include "advo/storage/yaml_tree.hpp"

namespace advo {

// What one file gave.
struct ParsedFile {
  FileStamp stamp;  // as read (exists = false when it could not be read)
  bool unchanged = false;  // its content hash was the one expected: nothing was parsed
  Problems problems;
  std::vector<Advocate> advocates;
  std::vector<Story> stories;
  std::vector<Request> requests;
  std::vector<Engagement> engagements;
};

// Reads the file of a record of `kind` (a month file for engagements).
// Problems name `display`; records get the line, column and item of their
// origin, not yet its file. Interned strings are made while holding
// `interning`, when given, so that several threads can read at once.
// With `expected_hash`, a file whose content has that hash is only read.
ParsedFile read_record_file(RecordKind kind, const std::filesystem::path& path, const std::string& display,
                            std::mutex* interning = nullptr, const uint64_t* expected_hash = nullptr);

// The records of a file's text not (yet) on disk, such as the new content
// a command is about to write, read as read_record_file reads a file.
ParsedFile parse_record_file_text(RecordKind kind, std::string_view text, const std::string& display);

struct FileToRead {
  RecordKind kind;
  std::filesystem::path path;
  std::string display;
  bool verify = false;  // only confirm that the content hash is still expected_hash
  uint64_t expected_hash = 0;
};

// Reads all `files` on up to `threads` threads; results in the same order.
std::vector<ParsedFile> read_record_files(const std::vector<FileToRead>& files, unsigned threads);

// The engagements of a month file's tree.
std::vector<Engagement> engagements_from_tree(const YamlNode& node, const std::string& display, Problems& problems);

}  // namespace advo
