// The only paths advo writes: a record file named by a valid id in its
// folder, a month file, or the settings. Anything else (an id that tries to
// climb out with "../", an absolute path, a name that is not an id, a
// folder that is a link leading elsewhere) is refused before it reaches the
// file system.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace advo {

// The settings file, relative to the program's root.
inline constexpr std::string_view kSettingsFile = "advo.toml";

// The month file of `month` ("YYYY-MM"), relative to the program's root:
// "engagements/YYYY-MM.yaml".
std::string month_file(std::string_view month);

// Whether `relative` has the shape of a file of a program: "advo.toml",
// "<advocates|stories|requests>/<id>.yaml" or "engagements/YYYY-MM.yaml".
bool is_program_file(std::string_view relative);

// root / relative for a file advo is about to write or remove. Refuses
// (RefusedError naming `display`) an absolute path, one with "." or ".."
// parts, a path into a record folder that is not a record file's name
// (is_program_file), and a path that a symbolic link on the way leads
// outside the root.
std::filesystem::path program_file_path(const std::filesystem::path& root, std::string_view relative,
                                        const std::string& display);

}  // namespace advo
