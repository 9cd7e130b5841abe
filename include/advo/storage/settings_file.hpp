// advo.toml: reading it with every problem placed, and the commented file
// that `advo init` writes.
#pragma once

#include <string>
#include <string_view>

#include "advo/domain/problem.hpp"
#include "advo/domain/settings.hpp"

namespace advo {

// Parses the text of advo.toml. Problems (syntax, unknown keys with the
// nearest valid one, wrong types, values out of range) are appended with
// `file` as their place; what could be read is kept, defaults fill the rest.
Settings parse_settings(std::string_view text, const std::string& file, Problems& problems);

// The advo.toml of a new program: every setting, commented, at its default.
std::string default_settings_text(std::string_view program_name);

}  // namespace advo
