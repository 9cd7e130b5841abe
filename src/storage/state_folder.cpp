#include "advo/storage/state_folder.hpp"

#include <fstream>

namespace advo {

namespace fs = std::filesystem;

fs::path state_folder(const fs::path& root) {
  const fs::path dir = root / ".advo";
  std::error_code ec;
  fs::create_directories(dir, ec);
  const fs::path ignore = dir / ".gitignore";
  if (!fs::exists(ignore, ec)) std::ofstream(ignore) << "*\n";
  return dir;
}

}  // namespace advo
