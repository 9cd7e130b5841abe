#include "advo/storage/loader.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "advo/domain/field_values.hpp"
#include "advo/domain/folding.hpp"
#include "advo/domain/ids.hpp"
#include "advo/error.hpp"
#include "advo/storage/record_reader.hpp"
#include "advo/storage/settings_file.hpp"
#include "advo/storage/yaml_tree.hpp"

namespace advo {
namespace fs = std::filesystem;
namespace {

bool is_month_name(std::string_view stem) {
  return stem.size() == 7 && stem[4] == '-' && Date::parse(std::string(stem) + "-01").has_value();
}

struct Entry {
  std::string name;  // file name
  fs::path path;
};

// The files of a record folder, sorted by name, and warnings for what does
// not belong there.
std::vector<Entry> list_folder(const fs::path& root, std::string_view folder, const std::string& display_root,
                               Problems& problems) {
  std::vector<Entry> out;
  const fs::path dir = root / folder;
  std::error_code ec;
  if (!fs::exists(dir, ec)) return out;
  if (!fs::is_directory(dir, ec)) {
    problems.push_back(Problem{Location{display_root + std::string(folder)}, Severity::error, "file",
                               "is not a folder"});
    return out;
  }
  fs::directory_iterator it(dir, ec);
  if (ec) {
    problems.push_back(Problem{Location{display_root + std::string(folder)}, Severity::error, "file",
                               fmt::format("cannot list: {}", ec.message())});
    return out;
  }
  for (const fs::directory_entry& e : it) {
    const std::string name = e.path().filename().string();
    if (name.empty() || name[0] == '.') continue;
    out.push_back(Entry{name, e.path()});
  }
  std::sort(out.begin(), out.end(), [](const Entry& a, const Entry& b) { return a.name < b.name; });
  return out;
}

class Loader {
 public:
  Loader(const fs::path& root, const std::string& display_root) : root_(root), display_root_(display_root) {
    std::error_code ec;
    canonical_root_ = fs::weakly_canonical(root, ec);
    result_.root = root;
    result_.program.display_root = display_root;
  }

  LoadedProgram run() {
    load_settings();
    load_folder<Advocate>(RecordKind::advocate, result_.program.advocates);
    load_folder<Story>(RecordKind::story, result_.program.stories);
    load_folder<Request>(RecordKind::request, result_.program.requests);
    load_engagements();
    result_.program.build_indexes();
    return std::move(result_);
  }

 private:
  uint32_t add_file(const std::string& relative, const FileStamp& stamp) {
    result_.program.files.push_back(relative);
    result_.stamps.push_back(stamp);
    return static_cast<uint32_t>(result_.program.files.size() - 1);
  }

  void load_settings() {
    const std::string display = display_root_ + "advo.toml";
    FileStamp stamp;
    std::string text;
    if (inside_program(root_ / "advo.toml", display)) {
      try {
        text = read_file(root_ / "advo.toml", display, kMaxSettingsBytes, &stamp);
      } catch (const Error& e) {
        result_.problems.push_back(Problem{e.where(), Severity::error, "file", e.what()});
      }
    }
    add_file("advo.toml", stamp);
    result_.program.settings = parse_settings(text, display, result_.problems);
  }

  // Refuses links that lead outside the program, so a record can never
  // make advo read (or later write) elsewhere.
  bool inside_program(const fs::path& path, const std::string& display) {
    std::error_code ec;
    if (!fs::is_symlink(fs::symlink_status(path, ec))) return true;
    const fs::path target = fs::weakly_canonical(path, ec);
    const auto rel = target.lexically_relative(canonical_root_);
    if (ec || rel.empty() || *rel.begin() == "..") {
      result_.problems.push_back(Problem{Location{display}, Severity::error, "file",
                                         "symbolic link points outside the program; refused"});
      return false;
    }
    return true;
  }

  template <class R>
  void load_folder(RecordKind kind, std::vector<R>& records) {
    const RecordSchema& schema = schema_of(kind);
    if (!inside_program(root_ / schema.folder, display_root_ + std::string(schema.folder))) return;
    for (const Entry& e : list_folder(root_, schema.folder, display_root_, result_.problems)) {
      const std::string relative = fmt::format("{}/{}", schema.folder, e.name);
      const std::string display = display_root_ + relative;
      if (e.name.size() <= 5 || e.name.substr(e.name.size() - 5) != ".yaml") {
        result_.problems.push_back(Problem{Location{display}, Severity::warning, "file",
                                           fmt::format("ignored: {} files end in .yaml", schema.name)});
        continue;
      }
      const std::string stem = e.name.substr(0, e.name.size() - 5);
      if (!valid_id(stem)) {
        result_.problems.push_back(Problem{
            Location{display}, Severity::error, "file-name",
            fmt::format("file name '{}' is not a valid id (lower-case letters, digits and '-', at most {} characters)",
                        stem, kMaxIdLength)});
        continue;
      }
      if (!inside_program(e.path, display)) continue;
      FileStamp stamp;
      YamlNode node;
      const char* stage = "file";
      try {
        const std::string text = read_record_text(e.path, display, kMaxRecordBytes, &stamp, &result_.problems);
        stage = "syntax";
        node = parse_yaml(text, display, kRecordLimits);
      } catch (const Error& err) {
        result_.problems.push_back(Problem{err.where(), Severity::error, stage, err.what()});
        add_file(relative, stamp);
        continue;
      }
      const uint32_t file = add_file(relative, stamp);
      if (node.kind == YamlNode::Kind::null) {
        result_.problems.push_back(Problem{Location{display}, Severity::error, "empty", "empty file"});
        continue;
      }
      R record{};
      if (read_record(node, schema, &record, display, result_.problems)) {
        record.origin = Origin{file, node.line, node.column, 0};
        records.push_back(record);
      }
    }
  }

  void load_engagements() {
    const RecordSchema& schema = schema_of(RecordKind::engagement);
    if (!inside_program(root_ / schema.folder, display_root_ + std::string(schema.folder))) return;
    for (const Entry& e : list_folder(root_, schema.folder, display_root_, result_.problems)) {
      const std::string relative = fmt::format("{}/{}", schema.folder, e.name);
      const std::string display = display_root_ + relative;
      if (e.name.size() <= 5 || e.name.substr(e.name.size() - 5) != ".yaml") {
        result_.problems.push_back(Problem{Location{display}, Severity::warning, "file",
                                           "ignored: engagement files are named YYYY-MM.yaml"});
        continue;
      }
      if (!is_month_name(e.name.substr(0, e.name.size() - 5))) {
        result_.problems.push_back(Problem{Location{display}, Severity::error, "file-name",
                                           "engagement files are named YYYY-MM.yaml"});
        continue;
      }
      if (!inside_program(e.path, display)) continue;
      FileStamp stamp;
      Problems problems;
      std::vector<Engagement> month = read_month_file(e.path, display, problems, &stamp);
      const uint32_t file = add_file(relative, stamp);
      for (Engagement& g : month) {
        g.origin.file = file;
        result_.program.engagements.push_back(g);
      }
      result_.problems.insert(result_.problems.end(), problems.begin(), problems.end());
    }
  }

  fs::path root_;
  fs::path canonical_root_;
  std::string display_root_;
  LoadedProgram result_;
};

}  // namespace

std::optional<FileStamp> LoadedProgram::stamp_of(const std::string& relative) const {
  for (size_t i = 0; i < program.files.size(); ++i)
    if (program.files[i] == relative) return stamps[i];
  return std::nullopt;
}

std::optional<fs::path> find_program_root(const fs::path& start) {
  std::error_code ec;
  fs::path dir = fs::absolute(start, ec);
  if (ec) return std::nullopt;
  dir = dir.lexically_normal();
  while (true) {
    if (fs::is_regular_file(dir / "advo.toml", ec)) return dir;
    const fs::path parent = dir.parent_path();
    if (parent == dir || parent.empty()) return std::nullopt;
    dir = parent;
  }
}

std::string display_root_for(const fs::path& root) {
  std::error_code ec;
  const fs::path cwd = fs::current_path(ec);
  if (ec) return root.string() + "/";
  fs::path rel = fs::absolute(root, ec).lexically_normal().lexically_relative(cwd);
  std::string s = rel.generic_string();
  if (s.empty() || s == ".") return "";
  if (s.back() == '/') s.pop_back();
  return s + "/";
}

LoadedProgram load_program(const fs::path& root, const std::string& display_root) {
  return Loader(root, display_root).run();
}

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

std::vector<Engagement> read_month_file(const fs::path& path, const std::string& display, Problems& problems,
                                        FileStamp* stamp) {
  std::vector<Engagement> out;
  YamlNode node;
  const char* stage = "file";
  try {
    const std::string text = read_record_text(path, display, kMaxMonthFileBytes, stamp, &problems);
    stage = "syntax";
    node = parse_yaml(text, display, kMonthFileLimits);
  } catch (const Error& err) {
    problems.push_back(Problem{err.where(), Severity::error, stage, err.what()});
    return out;
  }
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

}  // namespace advo
