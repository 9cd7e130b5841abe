// Fuzz target: dates as users and files write them. A date that parses
// prints back as the same text; arithmetic around it stays valid. Typed
// dates (+7d, friday …) counted from a few days give a day within the
// calendar, which prints as a date that parses back to it.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "advo/domain/date.hpp"
#include "advo/domain/date_input.hpp"

namespace {

void check_typed(std::string_view text, advo::Date today) {
  const auto typed = advo::parse_date_input(text, today);
  if (!typed) {
    if (advo::invalid_date_input(text).empty()) std::abort();
    return;
  }
  if (!typed->valid() || *typed > advo::last_calendar_day() || *typed < advo::Date::from_ymd(1, 1, 1)) std::abort();
  const auto again = advo::Date::parse(typed->str());
  if (!again || *again != *typed) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  for (const advo::Date today : {advo::Date::from_ymd(2026, 12, 7), advo::Date::from_ymd(2028, 2, 29),
                                 advo::Date::from_ymd(1, 1, 1), advo::last_calendar_day()})
    check_typed(text, today);
  const auto date = advo::Date::parse(text);
  if (!date) return 0;
  if (!date->valid() || date->str() != text) std::abort();
  const auto again = advo::Date::parse(date->str());
  if (!again || *again != *date) std::abort();
  if ((*date + 1) - *date != 1 || date->month_key() != text.substr(0, 7)) std::abort();
  return 0;
}
