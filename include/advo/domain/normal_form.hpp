// One spelling for text that reads the same: "é" typed as one character
// (NFC, what most keyboards send) and as "e" plus a combining accent (NFD,
// what macOS file dialogs and some CRM exports send) are made the same
// bytes, so names, slugs, duplicates and queries agree whichever form came
// in. Unicode normalisation by utf8proc.
#pragma once

#include <string>
#include <string_view>

namespace advo {

// The text in Unicode Normalization Form C. ASCII text and text that is not
// valid UTF-8 (which is refused or reported elsewhere) come back as given.
std::string to_nfc(std::string_view utf8);

// True when the text is NFC for certain without looking further: every
// character is below U+0300 (ASCII, Latin-1 and Latin Extended letters,
// which are all composed already). Cheap; to_nfc starts with it.
bool plainly_nfc(std::string_view utf8);

// True when to_nfc would change the text.
bool needs_nfc(std::string_view utf8);

}  // namespace advo
