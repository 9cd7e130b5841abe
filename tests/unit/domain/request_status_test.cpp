#include "advo/domain/request_status.hpp"

#include <doctest/doctest.h>

using namespace advo;

namespace {
using S = RequestStatus;
constexpr S kAll[] = {S::open, S::matched, S::scheduled, S::fulfilled, S::unfulfilled, S::cancelled};
bool closes(S from, S to) { return close_refusal("r", from, to).empty(); }
bool sets(S from, S to) { return status_change_refusal("r", from, to).empty(); }
}  // namespace

TEST_CASE("a request in progress may be closed any way") {
  for (S from : {S::open, S::matched, S::scheduled})
    for (S to : {S::fulfilled, S::unfulfilled, S::cancelled}) CHECK(closes(from, to));
}

TEST_CASE("a closed request may be closed again only the same way") {
  for (S from : {S::fulfilled, S::unfulfilled, S::cancelled})
    for (S to : {S::fulfilled, S::unfulfilled, S::cancelled}) CHECK(closes(from, to) == (from == to));
  CHECK(close_refusal("r", S::cancelled, S::fulfilled) ==
        "'r' is cancelled; it can only be reopened first: advo request set r status=open");
  CHECK(close_refusal("r", S::fulfilled, S::cancelled).find("stays fulfilled") != std::string::npos);
}

TEST_CASE("closing takes a closed status") {
  for (S from : kAll)
    for (S to : {S::open, S::matched, S::scheduled}) CHECK_FALSE(closes(from, to));
}

TEST_CASE("set moves among open matched and scheduled and reopens") {
  for (S from : {S::open, S::matched, S::scheduled})
    for (S to : {S::open, S::matched, S::scheduled}) CHECK(sets(from, to));
  CHECK(sets(S::cancelled, S::open));
  CHECK(sets(S::unfulfilled, S::open));
  CHECK_FALSE(sets(S::cancelled, S::matched));
  CHECK_FALSE(sets(S::fulfilled, S::open));
  for (S from : kAll)
    for (S to : {S::fulfilled, S::unfulfilled, S::cancelled}) CHECK(sets(from, to) == (from == to));
}
