#include "advo/domain/engagement_kinds.hpp"

#include <doctest/doctest.h>

#include "advo/domain/activity.hpp"
#include "../report_fixture.hpp"

using namespace advo;

TEST_CASE("engagement kinds answer as is_ask and is_give do") {
  Program p = test::report_fixture();
  // A type the settings do not define counts as an ask; cancelled never counts.
  Engagement odd = p.engagements.front();
  odd.type = Sym("webinar-typo");
  p.engagements.push_back(odd);
  Engagement cancelled_give = p.engagements.front();
  cancelled_give.type = Sym("thank-you");
  cancelled_give.outcome = Outcome::cancelled;
  p.engagements.push_back(cancelled_give);
  const EngagementKinds kinds(p.settings);
  size_t asks = 0, gives = 0;
  for (const Engagement& e : p.engagements) {
    CHECK(kinds.ask(e) == is_ask(e, p.settings));
    CHECK(kinds.give(e) == is_give(e, p.settings));
    asks += kinds.ask(e) ? 1U : 0U;
    gives += kinds.give(e) ? 1U : 0U;
  }
  // 15 in the log, less 1 cancelled, less 2 thank-yous, plus the typo.
  CHECK(asks == 13);
  CHECK(gives == 2);
  CHECK(kinds.effort(Sym("case-study")) == 250);
  CHECK(kinds.effort(Sym("webinar-typo")) == 0);
}

TEST_CASE("engagement kinds list an advocate's asks as asks_of does") {
  const Program& p = test::report_fixture();
  const EngagementKinds kinds(p.settings);
  for (const Advocate& a : p.advocates) CHECK(kinds.asks(p, a) == asks_of(p, a));
  CHECK(kinds.asks(p, *p.find_advocate("ivy-irwin-iota")).size() == 5);
}

TEST_CASE("engagement kinds count the asks of the records a person moved from as asks_of does") {
  Program p = test::report_fixture();
  const EngagementKinds kinds(p.settings);
  const Advocate* found = p.find_advocate("ivy-irwin-iota");
  REQUIRE(found != nullptr);
  Advocate* ivy = &p.advocates[static_cast<size_t>(found - p.advocates.data())];
  const Advocate* other = &p.advocates.front() == ivy ? &p.advocates.back() : &p.advocates.front();
  const size_t own = kinds.asks(p, *ivy).size(), theirs = kinds.asks(p, *other).size();
  REQUIRE(theirs > 0);
  ivy->moved_from = other->id;
  CHECK(kinds.asks(p, *ivy).size() == own + theirs);
  CHECK(kinds.asks(p, *ivy) == asks_of(p, *ivy));
}
