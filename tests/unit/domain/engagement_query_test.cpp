#include "advo/domain/engagement_query.hpp"

#include <doctest/doctest.h>

#include "../test_records.hpp"
#include "advo/domain/domain_error.hpp"

using namespace advo;

namespace {

struct Fixture {
  std::vector<Engagement> engagements;
  Date today = *Date::parse("2026-11-16");

  Fixture() {
    auto add = [&](const std::string& id, const std::string& date, const std::string& extra) {
      engagements.push_back(test::record_from<Engagement>("id: " + id + "\ndate: " + date +
                                                          "\nadvocate: jane-doe\ntype: reference-call\n" + extra));
    };
    add("done", "2026-11-01", "outcome: completed\nlogged_by: Sam Lee\n");
    add("late", "2026-11-15", "outcome: scheduled\nlogged_by: Ana\n");
    add("today", "2026-11-16", "outcome: scheduled\n");
    add("ahead", "2026-12-01", "outcome: scheduled\nlogged_by: sam lee\n");
  }

  std::vector<std::string> ids(std::string query) const {
    const auto virtuals = engagement_query_fields(today);
    const std::vector<std::string> words = {query};
    const Query q = Query::parse(schema_for<Engagement>(), words, nullptr, virtuals);
    std::vector<std::string> out;
    for (const Engagement& e : engagements)
      if (q(e)) out.push_back(e.id.str());
    return out;
  }
};

using Ids = std::vector<std::string>;

}  // namespace

TEST_CASE("by is who logged the engagement") {
  Fixture f;
  CHECK(f.ids("by:\"sam lee\"") == Ids{"done", "ahead"});
  CHECK(f.ids("by:an*") == Ids{"late"});
  CHECK(f.ids("by:") == Ids{"today"});
  CHECK(f.ids("not:by:ana outcome:scheduled") == Ids{"today", "ahead"});
}

TEST_CASE("past-scheduled is a scheduled engagement whose day has gone") {
  Fixture f;
  CHECK(f.ids("past-scheduled:true") == Ids{"late"});
  CHECK(f.ids("past-scheduled:false") == Ids{"done", "today", "ahead"});
  CHECK(scheduled_in_past(f.engagements[1], f.today));
  CHECK_FALSE(scheduled_in_past(f.engagements[2], f.today));
  CHECK_THROWS_AS(f.ids("past-scheduled:maybe"), DomainError);
}
