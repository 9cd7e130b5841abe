// The table behind Sym: strings interned in this process, after any
// read-only tables of strings laid out earlier (for instance by another
// process, in a file) that the table took over as its first handles, so
// that records holding those handles are used as they are. Not
// thread-safe: one table per process, used from one thread at a time.
//
// Handles: 1..adopted() are the adopted segments. Strings interned before
// the table was sealed (by adopting or by seal()) get provisional handles
// from kProvisionalHandle; once sealed, new strings get dense handles after
// the adopted ones. A provisional string whose text an adopted segment also
// holds becomes an alias of the segment's handle.
#pragma once

#include <cstdint>
#include <span>
#include <vector>
#include <string_view>

#include "advo/domain/interned.hpp"

namespace advo::detail {

// A read-only table of strings. String k (0-based) has handle first + k and
// the bytes text[offsets[k], offsets[k + 1]). `slots` (slot_count, a power
// of two) indexes them by hash_text: probing starts at hash & (slot_count -
// 1) and moves forward; 0 ends a probe, anything else is a handle.
struct StringSegment {
  const char* text = nullptr;
  const uint32_t* offsets = nullptr;
  uint32_t first = 1;
  uint32_t count = 0;
  const uint32_t* slots = nullptr;
  uint32_t slot_count = 0;
};

// The hash the slots of a segment are built with; stable across processes.
uint64_t hash_text(std::string_view text);

// A table of interned strings: adopted segments first, then the strings
// interned here, with an open-addressing index from text to own index.
// Sym uses the one table of the process (process_symbols()); tests make
// their own.
class SymbolTable {
 public:
  SymbolTable();
  uint32_t intern(std::string_view text);
  uint32_t find(std::string_view text) const;
  std::string_view view(uint32_t handle) const;
  // Adopts segments and seals; false when sealed already. Sets *aliased
  // when strings interned before became aliases.
  bool adopt(std::span<const StringSegment> segments, bool* aliased = nullptr);
  void seal();
  bool sealed() const { return sealed_; }
  uint32_t adopted() const { return adopted_; }
  std::span<const StringSegment> segments() const { return segments_; }
  size_t own_count() const { return text_.own_count(); }
  std::string_view own_text(size_t k) const;
  uint32_t own_handle(size_t k) const;
  bool own_is_alias(size_t k) const { return k < aliases_.size() && aliases_[k] != 0; }
  // The canonical handle of a handle.
  uint32_t resolve(uint32_t handle) const;

 private:
  size_t own_index(uint32_t handle) const;
  uint32_t find_in_segments(std::string_view text, uint64_t hash) const;
  void grow();

  std::vector<StringSegment> segments_;
  uint32_t adopted_ = 0;
  bool sealed_ = false;
  size_t provisional_ = 0;
  std::vector<uint32_t> aliases_;  // own index → adopted handle of the same text, or 0
  ArrayStore text_;
  std::vector<uint32_t> slots_;  // own index + 1
};

// The table of the process, which Sym interns into.
SymbolTable& process_symbols();

}  // namespace advo::detail
