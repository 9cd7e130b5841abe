#include "advo/storage/program_paths.hpp"

#include <fmt/format.h>

#include "advo/domain/date.hpp"
#include "advo/domain/ids.hpp"
#include "advo/domain/schema.hpp"
#include "advo/error.hpp"

namespace advo {
namespace fs = std::filesystem;
namespace {

bool is_month(std::string_view stem) {
  return stem.size() == 7 && stem[4] == '-' && Date::parse(std::string(stem) + "-01").has_value();
}

// Whether `path` (which may not exist yet) resolves to somewhere under
// `root`, following every link on the way.
bool resolves_inside(const fs::path& root, const fs::path& path) {
  std::error_code ec;
  const fs::path real_root = fs::weakly_canonical(root, ec);
  if (ec) return false;
  fs::path real = fs::weakly_canonical(path, ec);
  if (ec) return false;
  // A dangling link as the last part is not followed by weakly_canonical.
  if (fs::is_symlink(fs::symlink_status(real, ec))) {
    const fs::path target = fs::read_symlink(real, ec);
    if (ec) return false;
    real = fs::weakly_canonical(target.is_absolute() ? target : real.parent_path() / target, ec);
    if (ec) return false;
  }
  const fs::path rel = real.lexically_relative(real_root);
  return !rel.empty() && *rel.begin() != ".." && !rel.is_absolute();
}

}  // namespace

std::string month_file(std::string_view month) {
  return fmt::format("{}/{}.yaml", schema_of(RecordKind::engagement).folder, month);
}

bool is_program_file(std::string_view relative) {
  if (relative == "advo.toml") return true;
  const size_t slash = relative.find('/');
  if (slash == std::string_view::npos) return false;
  const std::string_view folder = relative.substr(0, slash);
  const std::string_view name = relative.substr(slash + 1);
  if (!name.ends_with(".yaml")) return false;
  const std::string_view stem = name.substr(0, name.size() - 5);
  if (folder == "engagements") return is_month(stem);
  if (folder == "advocates" || folder == "stories" || folder == "requests") return valid_id(stem);
  return false;
}

fs::path program_file_path(const fs::path& root, std::string_view relative, const std::string& display) {
  const fs::path rel{std::string(relative)};
  bool plain = !relative.empty() && rel.is_relative() && relative.find('\0') == std::string_view::npos;
  for (const fs::path& part : rel)
    if (part == "." || part == ".." || part.empty()) plain = false;
  const std::string_view first = relative.substr(0, relative.find('/'));
  const bool record_folder =
      first == "advocates" || first == "stories" || first == "requests" || first == "engagements";
  if (!plain || (record_folder && !is_program_file(relative)))
    throw RefusedError("not a file name of the program; refused", Location{display});
  const fs::path path = root / rel;
  if (!resolves_inside(root, path))
    throw RefusedError("a symbolic link on the way leads outside the program; refused", Location{display});
  return path;
}

}  // namespace advo
