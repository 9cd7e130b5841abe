// Interned strings and immutable lists.
//
// Records hold 4-byte handles instead of std::string and std::vector, so a
// program of hundreds of thousands of records stays small in memory and its
// records are plain data that can be copied or cached as bytes. Equal
// strings get equal handles; handle 0 is the empty string / empty list.
#pragma once

#include <cstdint>
#include <functional>
#include <initializer_list>
#include <memory>
#include <typeinfo>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace advo {

class Sym {
 public:
  constexpr Sym() = default;
  explicit Sym(std::string_view text);  // interns text

  // The handle of text if it was ever interned, else the empty Sym.
  static Sym find(std::string_view text);

  std::string_view view() const;
  std::string str() const { return std::string(view()); }
  constexpr bool empty() const { return id_ == 0; }
  constexpr uint32_t id() const { return id_; }
  constexpr bool operator==(const Sym&) const = default;

 private:
  uint32_t id_ = 0;
};

// Orders by text, not by handle.
struct SymLess {
  bool operator()(Sym a, Sym b) const { return a.view() < b.view(); }
};

namespace detail {
// Append-only storage of arrays; the id of a stored array never changes and
// its elements never move.
class ArrayStore {
 public:
  explicit ArrayStore(size_t element_size);
  uint32_t add(const void* data, uint32_t count);
  std::pair<const void*, uint32_t> get(uint32_t id) const;

 private:
  struct Entry {
    const void* data;
    uint32_t count;
  };
  static constexpr uint32_t kPageBits = 14;
  size_t element_size_;
  std::vector<std::vector<Entry>> pages_;
  std::vector<std::unique_ptr<unsigned char[]>> chunks_;
  size_t chunk_used_ = 0;
  size_t chunk_size_ = 0;
  uint32_t count_ = 1;  // id 0 is the empty array
};

ArrayStore& list_store(size_t element_size, const std::type_info& type);
}  // namespace detail

// An immutable list of trivially copyable values.
template <class T>
class List {
 public:
  List() = default;
  explicit List(std::span<const T> items) {
    if (!items.empty())
      id_ = store().add(items.data(), static_cast<uint32_t>(items.size()));
  }
  List(std::initializer_list<T> items) : List(std::span<const T>(items.begin(), items.size())) {}
  explicit List(const std::vector<T>& items) : List(std::span<const T>(items)) {}

  std::span<const T> view() const {
    if (id_ == 0) return {};
    auto [data, count] = store().get(id_);
    return {static_cast<const T*>(data), count};
  }
  std::vector<T> to_vector() const {
    auto v = view();
    return {v.begin(), v.end()};
  }
  size_t size() const { return view().size(); }
  bool empty() const { return id_ == 0; }
  auto begin() const { return view().begin(); }
  auto end() const { return view().end(); }
  const T& operator[](size_t i) const { return view()[i]; }
  uint32_t id() const { return id_; }

  // Element-wise equality (two lists built separately differ in id).
  friend bool operator==(const List& a, const List& b) {
    auto x = a.view();
    auto y = b.view();
    if (x.size() != y.size()) return false;
    for (size_t i = 0; i < x.size(); ++i)
      if (!(x[i] == y[i])) return false;
    return true;
  }

 private:
  static detail::ArrayStore& store() { return detail::list_store(sizeof(T), typeid(T)); }
  uint32_t id_ = 0;
};

using SymList = List<Sym>;

// Builds a SymList from strings.
SymList make_sym_list(const std::vector<std::string>& items);
bool contains(const SymList& list, Sym value);

}  // namespace advo

template <>
struct std::hash<advo::Sym> {
  size_t operator()(advo::Sym s) const noexcept { return std::hash<uint32_t>{}(s.id()); }
};
