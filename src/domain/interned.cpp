#include "advo/domain/interned.hpp"

#include <cstring>
#include <map>
#include <memory>
#include <mutex>
#include <typeindex>

namespace advo {
namespace detail {

ArrayStore::ArrayStore(size_t element_size) : element_size_(element_size) {
  // Id 0 is the empty array.
  pages_.emplace_back();
  pages_.back().reserve(size_t{1} << kPageBits);
  pages_.back().push_back(Entry{nullptr, 0});
}

uint32_t ArrayStore::add(const void* data, uint32_t count) {
  const size_t bytes = element_size_ * count;
  if (chunks_.empty() || chunk_used_ + bytes > chunk_size_) {
    // Elements are stored with the alignment of their size class.
    chunk_size_ = bytes > (size_t{1} << 16) ? bytes : (size_t{1} << 16);
    chunks_.push_back(std::make_unique<unsigned char[]>(chunk_size_));
    chunk_used_ = 0;
  }
  unsigned char* dest = chunks_.back().get() + chunk_used_;
  std::memcpy(dest, data, bytes);
  chunk_used_ += (bytes + 7) & ~size_t{7};
  const uint32_t id = count_++;
  const uint32_t page = id >> kPageBits;
  if (page >= pages_.size()) {
    pages_.emplace_back();
    pages_.back().reserve(size_t{1} << kPageBits);
  }
  pages_[page].push_back(Entry{dest, count});
  return id;
}

std::pair<const void*, uint32_t> ArrayStore::get(uint32_t id) const {
  const Entry& e = pages_[id >> kPageBits][id & ((1u << kPageBits) - 1)];
  return {e.data, e.count};
}

ArrayStore& list_store(size_t element_size, const std::type_info& type) {
  static std::map<std::type_index, std::unique_ptr<ArrayStore>> stores;
  auto& slot = stores[std::type_index(type)];
  if (!slot) slot = std::make_unique<ArrayStore>(element_size);
  return *slot;
}

}  // namespace detail

namespace {

// The table of interned strings: text in an append-only store, and an
// open-addressing hash index from text to id.
class SymbolTable {
 public:
  SymbolTable() : text_(1) { slots_.assign(1024, 0); }

  uint32_t intern(std::string_view text) {
    if (text.empty()) return 0;
    const size_t h = std::hash<std::string_view>{}(text);
    size_t mask = slots_.size() - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
      const uint32_t id = slots_[i];
      if (id == 0) break;
      if (view(id) == text) return id;
    }
    const uint32_t id = text_.add(text.data(), static_cast<uint32_t>(text.size()));
    ++count_;
    if (count_ * 2 > slots_.size()) grow();
    mask = slots_.size() - 1;
    size_t i = h & mask;
    while (slots_[i] != 0) i = (i + 1) & mask;
    slots_[i] = id;
    return id;
  }

  uint32_t find(std::string_view text) const {
    if (text.empty()) return 0;
    const size_t mask = slots_.size() - 1;
    for (size_t i = std::hash<std::string_view>{}(text) & mask;; i = (i + 1) & mask) {
      const uint32_t id = slots_[i];
      if (id == 0) return 0;
      if (view(id) == text) return id;
    }
  }

  std::string_view view(uint32_t id) const {
    if (id == 0) return {};
    auto [data, count] = text_.get(id);
    return {static_cast<const char*>(data), count};
  }

 private:
  void grow() {
    std::vector<uint32_t> old;
    old.swap(slots_);
    slots_.assign(old.size() * 2, 0);
    const size_t mask = slots_.size() - 1;
    for (uint32_t id : old) {
      if (id == 0) continue;
      size_t i = std::hash<std::string_view>{}(view(id)) & mask;
      while (slots_[i] != 0) i = (i + 1) & mask;
      slots_[i] = id;
    }
  }

  detail::ArrayStore text_;
  std::vector<uint32_t> slots_;
  size_t count_ = 0;
};

SymbolTable& symbols() {
  static SymbolTable table;
  return table;
}

}  // namespace

Sym::Sym(std::string_view text) : id_(symbols().intern(text)) {}

Sym Sym::find(std::string_view text) {
  Sym s;
  s.id_ = symbols().find(text);
  return s;
}

std::string_view Sym::view() const { return symbols().view(id_); }

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
