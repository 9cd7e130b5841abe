#include "advo/domain/folding.hpp"

#include <cstdint>

#include "advo/domain/normal_form.hpp"

namespace advo {
namespace {

// ASCII replacements for U+00C0..U+017F (Latin-1 Supplement letters and
// Latin Extended-A); "" where there is none.
constexpr const char* kLatin[] = {
    // U+00C0
    "A", "A", "A", "A", "A", "A", "AE", "C", "E", "E", "E", "E", "I", "I", "I", "I",
    // U+00D0
    "D", "N", "O", "O", "O", "O", "O", "", "O", "U", "U", "U", "U", "Y", "TH", "ss",
    // U+00E0
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
    // U+00F0
    "d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "y",
    // U+0100
    "A", "a", "A", "a", "A", "a", "C", "c", "C", "c", "C", "c", "C", "c", "D", "d",
    // U+0110
    "D", "d", "E", "e", "E", "e", "E", "e", "E", "e", "E", "e", "G", "g", "G", "g",
    // U+0120
    "G", "g", "G", "g", "H", "h", "H", "h", "I", "i", "I", "i", "I", "i", "I", "i",
    // U+0130
    "I", "i", "IJ", "ij", "J", "j", "K", "k", "k", "L", "l", "L", "l", "L", "l", "L",
    // U+0140
    "l", "L", "l", "N", "n", "N", "n", "N", "n", "n", "N", "n", "O", "o", "O", "o",
    // U+0150
    "O", "o", "OE", "oe", "R", "r", "R", "r", "R", "r", "S", "s", "S", "s", "S", "s",
    // U+0160
    "S", "s", "T", "t", "T", "t", "T", "t", "U", "u", "U", "u", "U", "u", "U", "u",
    // U+0170
    "U", "u", "U", "u", "W", "w", "Y", "y", "Y", "Z", "z", "Z", "z", "Z", "z", "s",
};

// Decodes one UTF-8 character at text[i]; returns the code point and
// advances i, or returns UINT32_MAX for an invalid sequence (advancing one
// byte).
uint32_t decode(std::string_view text, size_t& i) {
  const auto b0 = static_cast<unsigned char>(text[i]);
  if (b0 < 0x80) {
    ++i;
    return b0;
  }
  size_t len = 0;
  uint32_t cp = 0;
  if ((b0 & 0xE0) == 0xC0) {
    len = 2;
    cp = b0 & 0x1F;
  } else if ((b0 & 0xF0) == 0xE0) {
    len = 3;
    cp = b0 & 0x0F;
  } else if ((b0 & 0xF8) == 0xF0) {
    len = 4;
    cp = b0 & 0x07;
  } else {
    ++i;
    return UINT32_MAX;
  }
  if (i + len > text.size()) {
    ++i;
    return UINT32_MAX;
  }
  for (size_t k = 1; k < len; ++k) {
    const auto b = static_cast<unsigned char>(text[i + k]);
    if ((b & 0xC0) != 0x80) {
      ++i;
      return UINT32_MAX;
    }
    cp = (cp << 6) | (b & 0x3F);
  }
  // Overlong forms, surrogates and values past U+10FFFF are invalid.
  static constexpr uint32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
  if (cp < kMin[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    ++i;
    return UINT32_MAX;
  }
  i += len;
  return cp;
}

// The text to fold: composed (NFC) first, so that "u" followed by a
// combining diaeresis folds like "ü". Text that is plainly NFC is used as
// it is, without a copy; otherwise the composed copy goes to `storage`.
std::string_view composed(std::string_view utf8, std::string& storage) {
  if (plainly_nfc(utf8)) return utf8;
  storage = to_nfc(utf8);
  return storage;
}

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

}  // namespace

std::string fold_to_ascii(std::string_view text, char other) {
  std::string storage;
  const std::string_view utf8 = composed(text, storage);
  std::string out;
  out.reserve(utf8.size());
  size_t i = 0;
  while (i < utf8.size()) {
    const uint32_t cp = decode(utf8, i);
    if (cp < 0x80) {
      out.push_back(static_cast<char>(cp));
    } else if (cp >= 0xC0 && cp <= 0x17F && kLatin[cp - 0xC0][0] != '\0') {
      out += kLatin[cp - 0xC0];
    } else if (other != '\0') {
      out.push_back(other);
    }
  }
  return out;
}

std::string lower_ascii(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = lower(c);
  return out;
}

std::string folded_key(std::string_view text) {
  std::string storage;
  const std::string_view utf8 = composed(text, storage);
  std::string out;
  out.reserve(utf8.size());
  size_t i = 0;
  while (i < utf8.size()) {
    const size_t start = i;
    const uint32_t cp = decode(utf8, i);
    if (cp < 0x80) {
      out.push_back(lower(static_cast<char>(cp)));
    } else if (cp >= 0xC0 && cp <= 0x17F && kLatin[cp - 0xC0][0] != '\0') {
      for (const char* c = kLatin[cp - 0xC0]; *c != '\0'; ++c) out.push_back(lower(*c));
    } else {
      out.append(utf8.substr(start, i - start));
    }
  }
  return out;
}

bool same_text_folded(std::string_view a, std::string_view b) { return folded_key(a) == folded_key(b); }

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (lower(a[i]) != lower(b[i])) return false;
  return true;
}

bool icontains(std::string_view haystack, std::string_view needle) {
  if (needle.empty()) return true;
  if (needle.size() > haystack.size()) return false;
  for (size_t i = 0; i + needle.size() <= haystack.size(); ++i)
    if (iequals(haystack.substr(i, needle.size()), needle)) return true;
  return false;
}

bool valid_utf8(std::string_view text) {
  size_t i = 0;
  while (i < text.size()) {
    if (text[i] == '\0' || decode(text, i) == UINT32_MAX) return false;
  }
  return true;
}

}  // namespace advo
