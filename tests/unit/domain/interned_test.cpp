#include "advo/domain/interned.hpp"

#include <string>

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
