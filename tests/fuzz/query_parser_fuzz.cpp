// Fuzz target: the query language of advo-advocates(1). Each line of the input
// is one word of the command line (dates may be typed: -30d, friday); a query
// either parses and can be tested against a record, or is refused with a
// usage error.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "advo/domain/domain_error.hpp"
#include "advo/domain/query.hpp"
#include "advo/domain/records.hpp"
#include "advo/domain/schema.hpp"
#include "advo/storage/settings_file.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const advo::Settings settings = [] {
    advo::Problems none;
    return advo::parse_settings("", "advo.toml", none);
  }();
  std::vector<std::string> words(1);
  for (size_t i = 0; i < size; ++i) {
    if (data[i] == '\n') words.emplace_back();
    else words.back().push_back(static_cast<char>(data[i]));
  }
  advo::Advocate advocate{};
  advocate.id = advo::Sym("jane-doe-acme");
  advocate.name = advo::Sym("Jane Doe");
  advocate.industry = advo::Sym("healthcare");
  advocate.products = advo::make_sym_list({"analytics", "reporting"});
  advocate.stage = advo::Stage::active;
  try {
    const advo::Query query = advo::Query::parse(advo::schema_for<advo::Advocate>(), words, &settings, {}, {},
                                                 advo::Date::from_ymd(2026, 12, 7));
    (void)query.matches(&advocate);
  } catch (const advo::DomainError&) {
  }
  return 0;
}
