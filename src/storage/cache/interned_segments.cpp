// The process's interned tables as the program cache adopts and lists them
// (interned_segments.hpp).
#include "advo/storage/cache/interned_segments.hpp"

namespace advo::detail {

bool adopt_symbol_segments(std::span<const StringSegment> segments) { return process_symbols().adopt(segments); }
void seal_symbols() { process_symbols().seal(); }
bool symbols_sealed() { return process_symbols().sealed(); }
uint32_t symbols_adopted() { return process_symbols().adopted(); }
std::span<const StringSegment> symbol_segments() { return process_symbols().segments(); }
size_t own_symbol_count() { return process_symbols().own_count(); }
uint32_t own_symbol_handle(size_t k) { return process_symbols().own_handle(k); }
std::string_view own_symbol_text(size_t k) { return process_symbols().own_text(k); }
bool own_symbol_is_alias(size_t k) { return process_symbols().own_is_alias(k); }

}  // namespace advo::detail
