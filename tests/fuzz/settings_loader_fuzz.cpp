// Fuzz target: the text of advo.toml. Any input gives settings and
// problems, never a crash.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "advo/storage/settings_file.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  advo::Problems problems;
  const advo::Settings settings = advo::parse_settings(text, "advo.toml", problems);
  for (const advo::Problem& p : problems)
    if (p.message.empty()) std::abort();
  (void)settings;
  return 0;
}
