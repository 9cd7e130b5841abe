// advo.toml: reading it with every problem placed, and the commented file
// that `advo init` writes.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "advo/domain/problem.hpp"
#include "advo/domain/settings.hpp"

namespace advo {

// Parses the text of advo.toml. Problems (syntax, unknown keys with the
// nearest valid one, wrong types, values out of range) are appended with
// `file` as their place; what could be read is kept, defaults fill the rest.
Settings parse_settings(std::string_view text, const std::string& file, Problems& problems);

// The settings of the program at `root` (whose canonical form is
// `canonical_root`), read from its advo.toml and parsed, problems placed
// at `display`. A file that is missing, unreadable or a link leading out of
// the program is a problem ("file"); the defaults then fill everything.
Settings read_settings_file(const std::filesystem::path& root, const std::filesystem::path& canonical_root,
                            const std::string& display, Problems& problems);

// The advo.toml of a new program: every setting, commented, at its default.
std::string default_settings_text(std::string_view program_name);

}  // namespace advo
