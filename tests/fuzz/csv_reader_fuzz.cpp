// Fuzz target: CSV as spreadsheets and CRM exports write it. Every row read
// has exactly one cell per header column and rows come in order; every
// problem names a row the text has.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "advo/io/csv_reader.hpp"

namespace {

void check(const advo::CsvTable& t) {
  if (t.header.size() > advo::kMaxCsvColumns) std::abort();
  size_t previous = 1;
  for (const advo::CsvRow& row : t.rows) {
    if (row.cells.size() != t.header.size() || row.number <= previous || row.number > t.last_row) std::abort();
    previous = row.number;
  }
  for (const advo::CsvProblem& p : t.problems)
    if (p.row > t.last_row) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  check(advo::read_csv(text));
  check(advo::read_csv(text, ';'));
  return 0;
}
