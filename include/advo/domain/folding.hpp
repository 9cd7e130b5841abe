// Comparing human text the way a manager means it: ignoring case and
// accents ("José Müller" is "jose muller").
#pragma once

#include <string>
#include <string_view>

namespace advo {

// Both fold the text's composed form (NFC, normal_form.hpp), so a letter
// typed as a base letter and a combining accent folds like the one
// character.
//
// Latin letters with diacritics become their ASCII base ("é" → "e",
// "ß" → "ss", "Æ" → "AE"); other ASCII is kept; any other character is
// replaced by `other` (or dropped when other is '\0'). Invalid UTF-8 bytes
// count as other characters.
std::string fold_to_ascii(std::string_view utf8, char other = '\0');

std::string lower_ascii(std::string_view text);

// The text as compared by people: Latin letters with diacritics folded to
// their ASCII base and ASCII lower-cased; every other character is kept as
// it is, so "李雷" and "王芳" stay different.
std::string folded_key(std::string_view utf8);

// Equal after folding accents and ASCII case (equal folded_key).
bool same_text_folded(std::string_view a, std::string_view b);
// ASCII case-insensitive equality.
bool iequals(std::string_view a, std::string_view b);
// ASCII case-insensitive substring test.
bool icontains(std::string_view haystack, std::string_view needle);

// True when text is valid UTF-8 without NUL bytes.
bool valid_utf8(std::string_view text);

}  // namespace advo
