// Fuzz target: what `advo report --period`, --from and --to accept. A
// period that parses runs forwards, holds both its ends and has a label;
// anything else is a typed usage error, never a crash.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "advo/domain/domain_error.hpp"
#include "advo/domain/report_period.hpp"

namespace {

void check(const advo::Period& p) {
  if (!p.from.valid() || !p.to.valid() || p.to < p.from || p.label.empty()) std::abort();
  if (!p.contains(p.from) || !p.contains(p.to)) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto today = advo::Date::parse("2026-11-23");
  try {
    check(advo::parse_period(text, *today));
  } catch (const advo::DomainError&) {
  }
  // The same bytes split in two, as --from and --to.
  const size_t half = text.size() / 2;
  try {
    check(advo::period_between(text.substr(0, half), text.substr(half)));
  } catch (const advo::DomainError&) {
  }
  return 0;
}
