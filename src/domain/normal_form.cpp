// Unicode Normalization Form C through utf8proc: the one place advo
// composes text; see normal_form.hpp.
#include "advo/domain/normal_form.hpp"

#include <cstdlib>
#include <memory>

#include <utf8proc.h>

namespace advo {

bool plainly_nfc(std::string_view utf8) {
  // A UTF-8 sequence for U+0300 or above starts with a byte of 0xCC or
  // more; continuation bytes are below 0xC0.
  for (char c : utf8)
    if (static_cast<unsigned char>(c) >= 0xCC) return false;
  return true;
}

std::string to_nfc(std::string_view utf8) {
  if (plainly_nfc(utf8)) return std::string(utf8);
  utf8proc_uint8_t* composed = nullptr;
  const utf8proc_ssize_t length =
      utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(utf8.data()), static_cast<utf8proc_ssize_t>(utf8.size()),
                   &composed, static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
  if (length < 0) return std::string(utf8);  // not UTF-8: left for the validation that reports it
  const std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owned(composed, &std::free);
  return std::string(reinterpret_cast<const char*>(composed), static_cast<size_t>(length));
}

bool needs_nfc(std::string_view utf8) { return !plainly_nfc(utf8) && to_nfc(utf8) != utf8; }

}  // namespace advo
