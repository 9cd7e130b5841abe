#include "advo/render/terminal.hpp"

#include <fmt/format.h>

namespace advo {
namespace {

// Length of the UTF-8 sequence at text[i], 0 when invalid.
size_t sequence_length(std::string_view text, size_t i) {
  const auto b0 = static_cast<unsigned char>(text[i]);
  size_t len = b0 < 0x80 ? 1 : (b0 & 0xE0) == 0xC0 ? 2 : (b0 & 0xF0) == 0xE0 ? 3 : (b0 & 0xF8) == 0xF0 ? 4 : 0;
  if (len == 0 || i + len > text.size()) return 0;
  for (size_t k = 1; k < len; ++k)
    if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) return 0;
  if (len == 2 && b0 < 0xC2) return 0;  // overlong
  return len;
}

bool combining(std::string_view seq) {
  // U+0300..U+036F combining diacritical marks (CC 80..CD AF).
  if (seq.size() != 2) return false;
  const auto b0 = static_cast<unsigned char>(seq[0]);
  const auto b1 = static_cast<unsigned char>(seq[1]);
  return (b0 == 0xCC) || (b0 == 0xCD && b1 <= 0xAF);
}

// Code points that reorder or break the text around them on a terminal:
// line and paragraph separators (U+2028, U+2029) and the bidirectional
// embeddings, overrides and isolates (U+202A..U+202E, U+2066..U+2069).
char32_t reordering_mark(std::string_view seq) {
  if (seq.size() != 3 || static_cast<unsigned char>(seq[0]) != 0xE2) return 0;
  const auto b1 = static_cast<unsigned char>(seq[1]);
  const auto b2 = static_cast<unsigned char>(seq[2]);
  const char32_t cp = 0x2000 + ((b1 & 0x3Fu) << 6) + (b2 & 0x3Fu);
  if ((cp >= 0x2028 && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)) return cp;
  return 0;
}

}  // namespace

std::string terminal_safe(std::string_view text, bool keep_newlines) {
  std::string out;
  out.reserve(text.size());
  size_t i = 0;
  while (i < text.size()) {
    const auto c = static_cast<unsigned char>(text[i]);
    const size_t len = sequence_length(text, i);
    if (len == 0) {
      out += fmt::format("\\x{:02x}", c);
      ++i;
      continue;
    }
    if (len == 1) {
      if ((c == '\n' || c == '\t') && keep_newlines) {
        out.push_back(static_cast<char>(c));
      } else if (c == '\n') {
        out += "\\n";
      } else if (c == '\t') {
        out += "\\t";
      } else if (c < 0x20 || c == 0x7f) {
        out += fmt::format("\\x{:02x}", c);
      } else {
        out.push_back(static_cast<char>(c));
      }
    } else if (len == 2 && c == 0xC2 && static_cast<unsigned char>(text[i + 1]) < 0xA0) {
      out += fmt::format("\\u{:04x}", static_cast<unsigned char>(text[i + 1]));  // C1 control
    } else if (const char32_t mark = reordering_mark(text.substr(i, len)); mark != 0) {
      out += fmt::format("\\u{:04x}", static_cast<uint32_t>(mark));
    } else {
      out.append(text.substr(i, len));
    }
    i += len;
  }
  return out;
}

size_t display_width(std::string_view text) {
  size_t width = 0;
  size_t i = 0;
  while (i < text.size()) {
    size_t len = sequence_length(text, i);
    if (len == 0) len = 1;
    if (!combining(text.substr(i, len))) ++width;
    i += len;
  }
  return width;
}

std::string truncate_to_width(std::string_view text, size_t width) {
  if (display_width(text) <= width) return std::string(text);
  if (width == 0) return {};
  std::string out;
  size_t used = 0;
  size_t i = 0;
  while (i < text.size()) {
    size_t len = sequence_length(text, i);
    if (len == 0) len = 1;
    const bool mark = combining(text.substr(i, len));
    if (!mark && used + 1 > width - 1) break;
    out.append(text.substr(i, len));
    if (!mark) ++used;
    i += len;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out + "…";
}

std::string Style::paint(std::string_view text, Color c) const {
  if (!color || c == Color::none) return std::string(text);
  const char* code = "";
  switch (c) {
    case Color::red:
      code = "31";
      break;
    case Color::yellow:
      code = "33";
      break;
    case Color::green:
      code = "32";
      break;
    case Color::blue:
      code = "34";
      break;
    case Color::bold:
      code = "1";
      break;
    case Color::dim:
      code = "2";
      break;
    case Color::none:
      break;
  }
  return fmt::format("\x1b[{}m{}\x1b[0m", code, text);
}

}  // namespace advo
