// Interned strings and immutable lists.
//
// Records hold 4-byte handles instead of std::string and std::vector, so a
// program of hundreds of thousands of records stays small in memory and its
// records are plain data that can be copied or kept as bytes. Equal
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

namespace detail {
// Handles from here on are provisional: strings interned before the table
// was sealed (see ArrayStore::kProvisional). Only such a handle can have
// the same text as another handle.
inline constexpr uint32_t kProvisionalHandle = 0x80000000u;
// The handle an equal text has among the table's first handles, for a
// provisional one; any other handle is its own.
uint32_t canonical_handle(uint32_t handle);
}  // namespace detail

class Sym {
 public:
  constexpr Sym() = default;
  explicit Sym(std::string_view text);  // interns text

  // The handle of text if it was ever interned, else the empty Sym.
  static Sym find(std::string_view text);
  // The Sym of a handle kept as data (records copied as bytes).
  static constexpr Sym from_handle(uint32_t handle) {
    Sym s;
    s.id_ = handle;
    return s;
  }

  std::string_view view() const;
  std::string str() const { return std::string(view()); }
  constexpr bool empty() const { return id_ == 0; }
  // The canonical handle: equal texts give equal ids.
  uint32_t id() const { return id_ < detail::kProvisionalHandle ? id_ : detail::canonical_handle(id_); }
  // The handle as stored, which may be an alias of id().
  constexpr uint32_t handle() const { return id_; }
  // Equal texts. Handles that are not provisional are unique to their
  // text, so only a provisional handle next to one that is not needs a look at
  // the texts; the answer depends on nothing but the two strings.
  bool operator==(const Sym& other) const {
    if (id_ == other.id_) return true;
    if (((id_ ^ other.id_) & detail::kProvisionalHandle) == 0) return false;
    return view() == other.view();
  }

 private:
  uint32_t id_ = 0;
};

// Orders by text, not by handle.
struct SymLess {
  bool operator()(Sym a, Sym b) const { return a.view() < b.view(); }
};

namespace detail {
// A read-only run of arrays laid out earlier (for instance by another
// process, in a file the process maps): its array k (0-based) has
// offsets[k+1] - offsets[k] elements from data + offsets[k] * element size.
struct ArraySegment {
  const void* data = nullptr;
  const uint32_t* offsets = nullptr;
  uint32_t count = 0;
};

// Append-only storage of arrays; the id of a stored array never changes and
// its elements never move. Arrays adopted from read-only segments hold ids
// 1..adopted(); arrays added in this process follow them. Not thread-safe:
// the loader serialises its use.

class ArrayStore {
 public:
  explicit ArrayStore(size_t element_size);
  uint32_t add(const void* data, uint32_t count);
  std::pair<const void*, uint32_t> get(uint32_t id) const;

  size_t element_size() const { return element_size_; }
  // Segments adopted so far and the ids they cover.
  uint32_t adopted() const { return adopted_; }
  std::span<const ArraySegment> segments() const;
  // Adopts segments holding ids adopted()+1… in order; only before any
  // array was added after sealing. Returns false when it cannot.
  bool adopt(std::span<const ArraySegment> segments);
  // From now on new arrays get dense ids after the adopted ones.
  void seal() { sealed_ = true; }
  bool sealed() const { return sealed_; }
  // Arrays added in this process, in the order of their ids.
  size_t own_count() const { return own_.size(); }
  uint32_t own_id(size_t k) const;
  std::pair<const void*, uint32_t> own(size_t k) const { return {own_[k].data, own_[k].count}; }
  // Arrays added before sealing have provisional ids from here.
  static constexpr uint32_t kProvisional = kProvisionalHandle;

 private:
  struct Entry {
    const void* data;
    uint32_t count;
  };
  size_t element_size_;
  std::vector<ArraySegment> segments_;
  uint32_t adopted_ = 0;
  bool sealed_ = false;
  uint32_t provisional_ = 0;  // arrays added before sealing
  std::vector<Entry> own_;
  std::vector<std::unique_ptr<unsigned char[]>> chunks_;
  size_t chunk_used_ = 0;
  size_t chunk_size_ = 0;
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
  // The list of an id kept as data (records copied as bytes).
  static List from_id(uint32_t id) {
    List list;
    list.id_ = id;
    return list;
  }

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
