// Text bound for a terminal: record values can never carry escape
// sequences to it, and colour only when wanted.
#pragma once

#include <limits>
#include <string>
#include <string_view>

namespace advo {

// The width of output that is not cut (piped, or written to a file).
inline constexpr size_t kNoWidthLimit = std::numeric_limits<size_t>::max();

// Control characters (C0, DEL, C1), invalid UTF-8 bytes, line separators
// and bidirectional overrides shown escaped ("\x1b", "\u202e"); newlines
// and tabs too unless `keep_newlines`.
std::string terminal_safe(std::string_view text, bool keep_newlines = false);

// Display width in columns (one per code point, none for combining marks).
size_t display_width(std::string_view text);

// Cut to at most `width` columns, ending in "…" when cut.
std::string truncate_to_width(std::string_view text, size_t width);

enum class Color { none, red, yellow, green, blue, bold, dim };

struct Style {
  bool color = false;
  std::string paint(std::string_view text, Color c) const;
};

}  // namespace advo
