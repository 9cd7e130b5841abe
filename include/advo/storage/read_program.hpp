// Reading a program as it is on disk, with no cache: what load_program
// (loader.hpp) does when the cache is off, and what the cache
// (storage/cache/cached_load.hpp) must give the same result as.
#pragma once

#include <filesystem>
#include <string>

#include "advo/storage/loader.hpp"

namespace advo {

// Reads advo.toml, lists the four record folders and reads every record
// file in them (on several threads): the records in program order, the
// files and their stamps in load order, and every problem found, in the
// order of the files. `display_root` is put before paths shown to the user.
LoadedProgram read_program(const std::filesystem::path& root, const std::string& display_root);

// The first step of both: reads and parses advo.toml into `out` (its
// settings, files entry 0 and its stamp); problems go to `problems`.
// `canonical_root` decides where a symbolic link may lead.
void read_program_settings(const std::filesystem::path& root, const std::filesystem::path& canonical_root,
                        const std::string& display_root, LoadedProgram& out, Problems& problems);

}  // namespace advo
