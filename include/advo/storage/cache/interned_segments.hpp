// How the program cache shares the interned strings and lists: a process
// adopts the read-only tables of a cache image (memory-mapped, never
// copied) as the first handles of its tables (symbol_table.hpp), and
// interns new strings after them, so the image's records are used as they
// are. Writing an image lists what was interned since. Not thread-safe:
// the loader serialises.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

#include "advo/domain/symbol_table.hpp"

namespace advo::detail {

// Adopts segments holding handles symbols_adopted()+1… and seals the
// table. Returns false (and changes nothing) when the table was sealed
// already: the caller then interns the image's strings itself.
bool adopt_symbol_segments(std::span<const StringSegment> segments);
void seal_symbols();
bool symbols_sealed();
uint32_t symbols_adopted();
std::span<const StringSegment> symbol_segments();

// Strings interned in this process, in the order of their handles.
size_t own_symbol_count();
uint32_t own_symbol_handle(size_t k);
std::string_view own_symbol_text(size_t k);
// Whether own string k is an alias of an adopted one.
bool own_symbol_is_alias(size_t k);

}  // namespace advo::detail
