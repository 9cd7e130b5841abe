#include "advo/domain/interned.hpp"

#include <string>
#include <vector>

#include "advo/domain/symbol_table.hpp"

#include <doctest/doctest.h>

using namespace advo;

TEST_CASE("equal strings intern to one handle") {
  const Sym a("healthcare");
  const Sym b(std::string("health") + "care");
  CHECK(a == b);
  CHECK(a.view() == "healthcare");
  CHECK(Sym("").empty());
  CHECK(Sym().view().empty());
  CHECK_FALSE(Sym("retail") == a);
  CHECK(Sym::find("healthcare") == a);
  CHECK(Sym::find("never interned before 1234").empty());
}

TEST_CASE("many strings keep their text") {
  std::vector<Sym> syms;
  for (int i = 0; i < 50000; ++i) syms.emplace_back("value-" + std::to_string(i));
  for (int i = 0; i < 50000; i += 997) CHECK(syms[static_cast<size_t>(i)].view() == "value-" + std::to_string(i));
}

TEST_CASE("lists hold their items in order") {
  const SymList list = make_sym_list({"a", "b", "c"});
  REQUIRE(list.size() == 3);
  CHECK(list[1].view() == "b");
  CHECK(contains(list, Sym("c")));
  CHECK_FALSE(contains(list, Sym("d")));
  CHECK(list == make_sym_list({"a", "b", "c"}));
  CHECK_FALSE(list == make_sym_list({"a", "c", "b"}));
  CHECK(SymList().empty());
}

// --- tables adopted from a cache image (a table of its own per test) ------

namespace {

// A segment holding `texts` with handles first…, as a cache image lays it out.
struct SegmentBytes {
  std::string text;
  std::vector<uint32_t> offsets{0};
  std::vector<uint32_t> slots;
  detail::StringSegment segment(uint32_t first) {
    detail::StringSegment s{text.data(), offsets.data(), first, static_cast<uint32_t>(offsets.size() - 1), nullptr, 0};
    slots.assign(64, 0);
    for (uint32_t k = 0; k + 1 < offsets.size(); ++k) {
      size_t i = detail::hash_text(std::string_view(text).substr(offsets[k], offsets[k + 1] - offsets[k])) & 63;
      while (slots[i] != 0) i = (i + 1) & 63;
      slots[i] = first + k;
    }
    s.slots = slots.data();
    s.slot_count = 64;
    return s;
  }
};

SegmentBytes segment_of(std::initializer_list<std::string_view> texts) {
  SegmentBytes b;
  for (std::string_view t : texts) {
    b.text += t;
    b.offsets.push_back(static_cast<uint32_t>(b.text.size()));
  }
  return b;
}

}  // namespace

TEST_CASE("an adopted segment gives the first handles and new strings follow it densely") {
  detail::SymbolTable table;
  SegmentBytes base = segment_of({"healthcare", "retail", "jane-doe"});
  const detail::StringSegment s = base.segment(1);
  REQUIRE(table.adopt(std::span(&s, 1)));
  CHECK(table.intern("retail") == 2);
  CHECK(table.find("jane-doe") == 3);
  CHECK(table.view(1) == "healthcare");
  CHECK(table.intern("new") == 4);
  CHECK(table.intern("newer") == 5);
  CHECK(table.view(4) == "new");
  CHECK(table.find("never") == 0);
  CHECK_FALSE(table.adopt(std::span(&s, 1)));  // sealed: one adoption only
}

TEST_CASE("a delta segment continues the base and both are searched") {
  detail::SymbolTable table;
  SegmentBytes base = segment_of({"a", "b"});
  SegmentBytes delta = segment_of({"c"});
  const detail::StringSegment segments[] = {base.segment(1), delta.segment(3)};
  REQUIRE(table.adopt(segments));
  CHECK(table.adopted() == 3);
  CHECK(table.intern("c") == 3);
  CHECK(table.view(3) == "c");
  CHECK(table.intern("d") == 4);
}

TEST_CASE("strings interned before adopting become aliases of the same text") {
  detail::SymbolTable table;
  const uint32_t early = table.intern("retail");
  const uint32_t only_here = table.intern("only-here");
  CHECK(early > detail::kProvisionalHandle);
  SegmentBytes base = segment_of({"healthcare", "retail"});
  const detail::StringSegment s = base.segment(1);
  bool aliased = false;
  REQUIRE(table.adopt(std::span(&s, 1), &aliased));
  CHECK(aliased);
  CHECK(table.resolve(early) == 2);           // the alias leads to the image's handle
  CHECK(table.resolve(only_here) == only_here);
  CHECK(table.view(early) == "retail");
  CHECK(table.intern("retail") == 2);          // interning again gives the canonical handle
  CHECK(table.intern("only-here") == only_here);
  CHECK(table.own_is_alias(0));
  CHECK_FALSE(table.own_is_alias(1));
  CHECK(table.intern("later") == 3);           // dense after the adopted ones
}

TEST_CASE("a sealed table without segments hands out dense handles from 1") {
  detail::SymbolTable table;
  const uint32_t early = table.intern("x");
  table.seal();
  CHECK(table.intern("y") == 1);
  CHECK(table.intern("x") == early);
  CHECK(table.own_handle(1) == 1);
}

TEST_CASE("array stores adopt segments and add after them") {
  detail::ArrayStore store(sizeof(uint32_t));
  const uint32_t early[] = {7, 8};
  const uint32_t provisional = store.add(early, 2);
  CHECK(provisional > detail::ArrayStore::kProvisional);
  const uint32_t items[] = {1, 2, 3, 4, 5};
  const uint32_t offsets[] = {0, 2, 5};
  const detail::ArraySegment segment{items, offsets, 2};
  REQUIRE(store.adopt(std::span(&segment, 1)));
  auto [data, count] = store.get(2);
  REQUIRE(count == 3);
  CHECK(static_cast<const uint32_t*>(data)[0] == 3);
  const uint32_t more[] = {9};
  CHECK(store.add(more, 1) == 3);
  CHECK(store.get(3).second == 1);
  CHECK(store.get(provisional).second == 2);
  CHECK_FALSE(store.adopt(std::span(&segment, 1)));
}
