// Reading a program as it is on disk, with no cache (read_program.hpp):
// advo.toml, then each record folder in load order (advocates, stories,
// requests, engagements), its names sorted out, every record file read
// and parsed, and the records put in program order.
#include "advo/storage/read_program.hpp"

#include <array>

#include <fmt/format.h>

#include "advo/domain/schema.hpp"
#include "advo/error.hpp"
#include "advo/storage/program_scan.hpp"
#include "advo/storage/record_files.hpp"
#include "advo/storage/settings_file.hpp"

namespace advo {
namespace fs = std::filesystem;
namespace {

template <class R>
void append_records(std::vector<R>& from, uint32_t file, std::vector<R>& to) {
  for (R& r : from) {
    r.origin.file = file;
    to.push_back(r);
  }
}

}  // namespace

void read_program_settings(const fs::path& root, const fs::path& canonical_root, const std::string& display_root,
                        LoadedProgram& out, Problems& problems) {
  const std::string display = display_root + "advo.toml";
  FileStamp stamp;
  std::string text;
  if (link_leads_outside(root / "advo.toml", canonical_root)) {
    problems.push_back(Problem{Location{display}, Severity::error, "file", kOutsideLink});
  } else {
    try {
      text = read_file(root / "advo.toml", display, kMaxSettingsBytes, &stamp);
    } catch (const Error& e) {
      problems.push_back(Problem{e.where(), Severity::error, "file", e.what()});
    }
  }
  out.program.files.push_back("advo.toml");
  out.stamps.push_back(stamp);
  out.program.settings = parse_settings(text, display, problems);
}

LoadedProgram read_program(const fs::path& root, const std::string& display_root) {
  LoadedProgram out;
  out.root = root;
  out.program.display_root = display_root;
  std::error_code ec;
  const fs::path canonical_root = fs::weakly_canonical(root, ec);
  read_program_settings(root, canonical_root, display_root, out, out.problems);

  // List the folders and sort out their names; the listings hold the names.
  constexpr size_t kFolders = std::size(kFolderKinds);
  std::array<FolderListing, kFolders> listings;
  std::array<Problems, kFolders> folder_problems;
  std::array<std::vector<FolderItem>, kFolders> items;
  std::vector<FileToRead> jobs;
  for (size_t f = 0; f < kFolders; ++f) {
    const std::string_view folder = schema_of(kFolderKinds[f]).folder;
    const fs::path dir = root / folder;
    const std::string display = display_root + std::string(folder);
    if (link_leads_outside(dir, canonical_root)) {
      folder_problems[f].push_back(Problem{Location{display}, Severity::error, "file", kOutsideLink});
      continue;
    }
    listings[f] = list_folder(dir, display, folder_problems[f]);
    items[f] = classify_names(kFolderKinds[f], listings[f], root, canonical_root);
    for (const FolderItem& item : items[f])
      if (item.kind == NameKind::record_file) {
        const std::string relative = fmt::format("{}/{}", folder, item.name);
        jobs.push_back(FileToRead{kFolderKinds[f], root / relative, display_root + relative});
      }
  }

  // Read every record file; then, folder by folder, the problems of the
  // folder, of its names and of its files, and the files' records.
  std::vector<ParsedFile> parsed = read_record_files(jobs, worker_threads());
  Program& p = out.program;
  size_t next = 0;
  for (size_t f = 0; f < kFolders; ++f) {
    out.problems.insert(out.problems.end(), folder_problems[f].begin(), folder_problems[f].end());
    for (const FolderItem& item : items[f]) {
      if (item.kind != NameKind::record_file) {
        out.problems.push_back(name_problem(kFolderKinds[f], item, display_root));
        continue;
      }
      ParsedFile& r = parsed[next];
      const auto file = static_cast<uint32_t>(++next);  // files[0] is advo.toml
      out.problems.insert(out.problems.end(), r.problems.begin(), r.problems.end());
      out.stamps.push_back(r.stamp);
      p.files.push_back(fmt::format("{}/{}", schema_of(kFolderKinds[f]).folder, item.name));
      append_records(r.advocates, file, p.advocates);
      append_records(r.stories, file, p.stories);
      append_records(r.requests, file, p.requests);
      append_records(r.engagements, file, p.engagements);
    }
  }
  p.build_indexes();
  return out;
}

}  // namespace advo
