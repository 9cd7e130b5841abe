// Fuzz target: dates as users and files write them. A date that parses
// prints back as the same text; arithmetic around it stays valid.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "advo/domain/date.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto date = advo::Date::parse(text);
  if (!date) return 0;
  if (!date->valid() || date->str() != text) std::abort();
  const auto again = advo::Date::parse(date->str());
  if (!again || *again != *date) std::abort();
  if ((*date + 1) - *date != 1 || date->month_key() != text.substr(0, 7)) std::abort();
  return 0;
}
