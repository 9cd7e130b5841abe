// Fuzz target: one record file as the loader reads it. The first byte picks
// the kind (advocate, story, request, or a month file of engagements); the
// rest is the file's text. Every input must end in records or problems,
// never a crash.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include <unistd.h>

#include "advo/domain/settings.hpp"
#include "advo/storage/loader.hpp"
#include "advo/storage/record_text.hpp"
#include "advo/storage/settings_file.hpp"

namespace {

const std::filesystem::path& month_file() {
  static const std::filesystem::path path = [] {
    char name[] = "/tmp/advo-fuzz-month-XXXXXX";
    const int fd = ::mkstemp(name);
    if (fd < 0) std::abort();
    ::close(fd);
    return std::filesystem::path(name);
  }();
  return path;
}

template <class R>
void read_one(std::string_view text, const advo::Settings& settings) {
  R record{};
  const advo::RecordText parsed =
      advo::parse_record_text(text, advo::schema_for<R>(), settings, "fuzz.yaml", &record);
  for (const advo::Problem& p : parsed.problems)
    if (p.message.empty()) std::abort();  // every problem says what it is
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  static const advo::Settings settings = [] {
    advo::Problems none;
    return advo::parse_settings("", "advo.toml", none);
  }();
  const std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
  switch (data[0] % 4) {
    case 0:
      read_one<advo::Advocate>(text, settings);
      break;
    case 1:
      read_one<advo::Story>(text, settings);
      break;
    case 2:
      read_one<advo::Request>(text, settings);
      break;
    default: {
      {
        std::ofstream out(month_file(), std::ios::binary | std::ios::trunc);
        out.write(text.data(), static_cast<std::streamsize>(text.size()));
      }
      advo::Problems problems;
      (void)advo::read_month_file(month_file(), "engagements/2026-11.yaml", problems);
      break;
    }
  }
  return 0;
}
