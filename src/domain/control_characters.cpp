// Finding the characters of a value that a terminal would act on; see
// control_characters.hpp.
#include "advo/domain/control_characters.hpp"

#include <fmt/format.h>

namespace advo {
namespace {

// The code point of the UTF-8 sequence at text[i] and its length; an
// invalid byte counts as one character that is no control character.
char32_t code_point_at(std::string_view text, size_t i, size_t& length) {
  const auto b0 = static_cast<unsigned char>(text[i]);
  length = b0 < 0x80 ? 1 : (b0 & 0xE0) == 0xC0 ? 2 : (b0 & 0xF0) == 0xE0 ? 3 : (b0 & 0xF8) == 0xF0 ? 4 : 0;
  if (length == 0 || i + length > text.size()) {
    length = 1;
    return 0xFFFD;
  }
  char32_t cp = length == 1 ? b0 : b0 & (0xFFu >> (length + 1));
  for (size_t k = 1; k < length; ++k) {
    const auto b = static_cast<unsigned char>(text[i + k]);
    if ((b & 0xC0) != 0x80) {
      length = 1;
      return 0xFFFD;
    }
    cp = (cp << 6) | (b & 0x3Fu);
  }
  return cp;
}

bool is_control(char32_t cp, bool multi_line) {
  if (cp == '\n' || cp == '\t') return !multi_line;
  return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || (cp >= 0x202A && cp <= 0x202E) ||
         (cp >= 0x2066 && cp <= 0x2069);
}

}  // namespace

std::optional<ControlCharacter> first_control_character(std::string_view utf8, bool multi_line) {
  size_t position = 0;
  for (size_t i = 0; i < utf8.size();) {
    size_t length = 1;
    const char32_t cp = code_point_at(utf8, i, length);
    ++position;
    if (is_control(cp, multi_line)) return ControlCharacter{cp, position};
    i += length;
  }
  return std::nullopt;
}

std::string control_character_name(char32_t code_point) {
  static constexpr const char* kC0[] = {"NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "BEL", "BS", "tab",
                                        "newline", "VT", "FF", "CR", "SO", "SI", "DLE", "DC1", "DC2", "DC3",
                                        "DC4", "NAK", "SYN", "ETB", "CAN", "EM", "SUB", "ESC", "FS", "GS",
                                        "RS", "US"};
  const auto cp = static_cast<uint32_t>(code_point);
  std::string_view name;
  if (cp < 0x20) name = kC0[cp];
  else if (cp == 0x7F) name = "DEL";
  else if (cp >= 0x80 && cp <= 0x9F) name = "C1 control";
  else if (cp >= 0x202A && cp <= 0x202E) name = cp == 0x202E ? "right-to-left override" : "bidirectional formatting";
  else if (cp >= 0x2066 && cp <= 0x2069) name = "bidirectional isolate";
  return name.empty() ? fmt::format("U+{:04X}", cp) : fmt::format("U+{:04X} ({})", cp, name);
}

}  // namespace advo
