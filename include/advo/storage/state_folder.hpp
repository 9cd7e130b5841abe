// .advo/ at the top of a program: advo's own state (the write lock, the
// cache, the copies `advo edit` keeps), never part of the program's history.
#pragma once

#include <filesystem>

namespace advo {

// Creates `root/.advo` if needed, with a .gitignore that ignores everything
// in it, so git status stays clean even where advo init never ran; returns
// the folder. Does not throw: the caller reports when it then cannot write
// there.
std::filesystem::path state_folder(const std::filesystem::path& root);

}  // namespace advo
