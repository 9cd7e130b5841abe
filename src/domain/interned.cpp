#include "advo/domain/interned.hpp"

#include <algorithm>
#include <cstring>
#include <map>
#include <memory>
#include <typeindex>

#include "advo/domain/symbol_table.hpp"

namespace advo {
namespace detail {

uint64_t hash_text(std::string_view text) {
  uint64_t h = 0x9E3779B97F4A7C15ull ^ text.size();
  const char* p = text.data();
  size_t n = text.size();
  while (n >= 8) {
    uint64_t w;
    std::memcpy(&w, p, 8);
    h = (h ^ w) * 0xBF58476D1CE4E5B9ull;
    h ^= h >> 29;
    p += 8;
    n -= 8;
  }
  if (n > 0) {
    uint64_t w = 0;
    std::memcpy(&w, p, n);
    h = (h ^ w) * 0x94D049BB133111EBull;
    h ^= h >> 32;
  }
  h *= 0xFF51AFD7ED558CCDull;
  h ^= h >> 33;
  return h;
}

ArrayStore::ArrayStore(size_t element_size) : element_size_(element_size) {}

uint32_t ArrayStore::own_id(size_t k) const {
  return k < provisional_ ? kProvisional + 1 + static_cast<uint32_t>(k)
                          : adopted_ + 1 + static_cast<uint32_t>(k - provisional_);
}

uint32_t ArrayStore::add(const void* data, uint32_t count) {
  const size_t bytes = element_size_ * count;
  if (chunks_.empty() || chunk_used_ + bytes > chunk_size_) {
    chunk_size_ = bytes > (size_t{1} << 16) ? bytes : (size_t{1} << 16);
    chunks_.push_back(std::make_unique<unsigned char[]>(chunk_size_));
    chunk_used_ = 0;
  }
  unsigned char* dest = chunks_.back().get() + chunk_used_;
  if (bytes > 0) std::memcpy(dest, data, bytes);
  // Elements keep the alignment of their size class.
  chunk_used_ += (bytes + 7) & ~size_t{7};
  own_.push_back(Entry{dest, count});
  if (!sealed_) ++provisional_;
  return own_id(own_.size() - 1);
}

std::pair<const void*, uint32_t> ArrayStore::get(uint32_t id) const {
  if (id == 0) return {nullptr, 0};
  if (id <= adopted_) {
    uint32_t first = adopted_ + 1;
    for (size_t s = segments_.size(); s-- > 0;) {
      first -= segments_[s].count;
      if (id >= first) {
        const ArraySegment& seg = segments_[s];
        const uint32_t k = id - first;
        return {static_cast<const unsigned char*>(seg.data) + size_t{seg.offsets[k]} * element_size_,
                seg.offsets[k + 1] - seg.offsets[k]};
      }
    }
  }
  const size_t k = id >= kProvisional ? id - kProvisional - 1 : provisional_ + (id - adopted_ - 1);
  return {own_[k].data, own_[k].count};
}

std::span<const ArraySegment> ArrayStore::segments() const { return segments_; }

bool ArrayStore::adopt(std::span<const ArraySegment> segments) {
  if (sealed_) return false;
  for (const ArraySegment& s : segments) {
    segments_.push_back(s);
    adopted_ += s.count;
  }
  sealed_ = true;
  return true;
}

ArrayStore& list_store(size_t element_size, const std::type_info& type) {
  static std::map<std::type_index, std::unique_ptr<ArrayStore>> stores;
  auto& slot = stores[std::type_index(type)];
  if (!slot) slot = std::make_unique<ArrayStore>(element_size);
  return *slot;
}

SymbolTable::SymbolTable() : text_(1) { slots_.assign(1024, 0); }

uint32_t SymbolTable::intern(std::string_view text) {
  if (text.empty()) return 0;
  const uint64_t h = hash_text(text);
  if (const uint32_t id = find_in_segments(text, h)) return id;
  size_t mask = slots_.size() - 1;
  for (size_t i = h & mask;; i = (i + 1) & mask) {
    const uint32_t k = slots_[i];
    if (k == 0) break;
    if (own_text(k - 1) == text) return own_handle(k - 1);
  }
  text_.add(text.data(), static_cast<uint32_t>(text.size()));
  const size_t k = text_.own_count() - 1;
  if (!sealed_) ++provisional_;
  if (text_.own_count() * 2 > slots_.size()) grow();
  mask = slots_.size() - 1;
  size_t i = h & mask;
  while (slots_[i] != 0) i = (i + 1) & mask;
  slots_[i] = static_cast<uint32_t>(k + 1);
  return own_handle(k);
}

uint32_t SymbolTable::find(std::string_view text) const {
  if (text.empty()) return 0;
  const uint64_t h = hash_text(text);
  if (const uint32_t id = find_in_segments(text, h)) return id;
  const size_t mask = slots_.size() - 1;
  for (size_t i = h & mask;; i = (i + 1) & mask) {
    const uint32_t k = slots_[i];
    if (k == 0) return 0;
    if (own_text(k - 1) == text) return own_handle(k - 1);
  }
}

std::string_view SymbolTable::view(uint32_t handle) const {
  if (handle == 0) return {};
  if (handle <= adopted_) {
    for (const StringSegment& s : segments_)
      if (handle < s.first + s.count) {
        const uint32_t k = handle - s.first;
        return {s.text + s.offsets[k], s.offsets[k + 1] - s.offsets[k]};
      }
  }
  return own_text(own_index(handle));
}

bool SymbolTable::adopt(std::span<const StringSegment> segments, bool* aliased) {
  if (sealed_) return false;
  for (const StringSegment& s : segments) {
    segments_.push_back(s);
    adopted_ += s.count;
  }
  seal();
  // Strings interned before now that the segments hold too become aliases.
  aliases_.assign(provisional_, 0);
  bool any = false;
  for (size_t k = 0; k < provisional_; ++k) {
    const std::string_view t = own_text(k);
    aliases_[k] = find_in_segments(t, hash_text(t));
    any = any || aliases_[k] != 0;
  }
  if (aliased != nullptr) *aliased = any;
  return true;
}

void SymbolTable::seal() { sealed_ = true; }

std::string_view SymbolTable::own_text(size_t k) const {
  auto [data, count] = text_.own(k);
  return {static_cast<const char*>(data), count};
}

uint32_t SymbolTable::own_handle(size_t k) const {
  return k < provisional_ ? kProvisionalHandle + 1 + static_cast<uint32_t>(k)
                          : adopted_ + 1 + static_cast<uint32_t>(k - provisional_);
}

uint32_t SymbolTable::resolve(uint32_t handle) const {
  if (handle < kProvisionalHandle) return handle;
  const size_t k = handle - kProvisionalHandle - 1;
  return k < aliases_.size() && aliases_[k] != 0 ? aliases_[k] : handle;
}

size_t SymbolTable::own_index(uint32_t handle) const {
  return handle >= kProvisionalHandle ? handle - kProvisionalHandle - 1 : provisional_ + (handle - adopted_ - 1);
}

uint32_t SymbolTable::find_in_segments(std::string_view text, uint64_t h) const {
  for (const StringSegment& s : segments_) {
    if (s.slot_count == 0) continue;
    const size_t mask = s.slot_count - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
      const uint32_t id = s.slots[i];
      if (id == 0) break;
      const uint32_t k = id - s.first;
      if (std::string_view(s.text + s.offsets[k], s.offsets[k + 1] - s.offsets[k]) == text) return id;
    }
  }
  return 0;
}

void SymbolTable::grow() {
  std::vector<uint32_t> old;
  old.swap(slots_);
  slots_.assign(old.size() * 2, 0);
  const size_t mask = slots_.size() - 1;
  for (uint32_t k : old) {
    if (k == 0) continue;
    size_t i = hash_text(own_text(k - 1)) & mask;
    while (slots_[i] != 0) i = (i + 1) & mask;
    slots_[i] = k;
  }
}

SymbolTable& process_symbols() {
  static SymbolTable table;
  return table;
}

uint32_t canonical_handle(uint32_t handle) { return process_symbols().resolve(handle); }

}  // namespace detail

Sym::Sym(std::string_view text) : id_(detail::process_symbols().intern(text)) {}

Sym Sym::find(std::string_view text) { return from_handle(detail::process_symbols().find(text)); }

std::string_view Sym::view() const { return detail::process_symbols().view(id_); }

SymList make_sym_list(const std::vector<std::string>& items) {
  std::vector<Sym> syms;
  syms.reserve(items.size());
  for (const auto& item : items) syms.emplace_back(item);
  return SymList(syms);
}

bool contains(const SymList& list, Sym value) {
  for (Sym s : list)
    if (s == value) return true;
  return false;
}

}  // namespace advo
