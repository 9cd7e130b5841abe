// Characters in a text value that a terminal or a viewer would act on
// instead of showing: C0 controls (ESC, BEL, CR...), DEL, C1 controls and
// the bidirectional embeddings, overrides and isolates that reorder what is
// shown around them. `advo check` warns about them.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace advo {

struct ControlCharacter {
  char32_t code_point = 0;
  size_t position = 0;  // 1-based, in characters from the start of the value
};

// The first control character of `utf8`; newlines and tabs are text in a
// multi-line field (notes) and control characters in any other.
std::optional<ControlCharacter> first_control_character(std::string_view utf8, bool multi_line);

// "U+001B (ESC)", "U+202E (right-to-left override)".
std::string control_character_name(char32_t code_point);

}  // namespace advo
