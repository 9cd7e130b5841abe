// Loading a program through the program cache in .advo/ (program_cache.hpp):
// the same result as read_program (read_program.hpp), with only the files
// that changed since the cache was written read again, and the cache
// brought up to date afterwards.
#pragma once

#include <filesystem>
#include <string>

#include "advo/storage/loader.hpp"

namespace advo {

// Loads the program at `root` through its cache; the result's `cache`
// says how it relates to the images, for recording later writes. With
// `fold_delta`, a delta old enough to be trusted by stat is folded into a
// new base.
LoadedProgram load_through_cache(const std::filesystem::path& root, const std::string& display_root,
                                 bool fold_delta = true);

}  // namespace advo
