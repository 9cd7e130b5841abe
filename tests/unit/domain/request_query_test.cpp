#include "advo/domain/request_query.hpp"

#include <doctest/doctest.h>

#include "../test_records.hpp"
#include "advo/domain/domain_error.hpp"

using namespace advo;

namespace {

struct Fixture {
  std::vector<Request> requests;
  Date today = *Date::parse("2026-11-16");

  Fixture() {
    auto add = [&](const std::string& id, const std::string& extra) {
      requests.push_back(test::record_from<Request>("id: " + id +
                                                    "\ntype: reference-call\nrequested_by: s\nrequested_on: "
                                                    "2026-11-01\n" +
                                                    extra));
    };
    add("late-open", "status: open\nneeded_by: 2026-11-15\n");
    add("late-matched", "status: matched\nneeded_by: 2026-11-10\n");
    add("late-scheduled", "status: scheduled\nneeded_by: 2026-11-10\n");
    add("late-done", "status: fulfilled\nneeded_by: 2026-11-10\n");
    add("today", "status: open\nneeded_by: 2026-11-16\n");
    add("in-3", "status: matched\nneeded_by: 2026-11-19\n");
    add("in-4", "status: open\nneeded_by: 2026-11-20\n");
    add("undated", "status: open\n");
  }

  std::vector<std::string> ids(std::string query) const {
    const auto virtuals = request_query_fields(today);
    const std::vector<std::string> words = {query};
    const Query q = Query::parse(schema_for<Request>(), words, nullptr, virtuals);
    std::vector<std::string> out;
    for (const Request& r : requests)
      if (q(r)) out.push_back(r.id.str());
    return out;
  }
};

using Ids = std::vector<std::string>;

}  // namespace

TEST_CASE("overdue means open or matched past needed_by") {
  Fixture f;
  CHECK(f.ids("overdue:true") == Ids{"late-open", "late-matched"});
  CHECK(f.ids("overdue:false status:open") == Ids{"today", "in-4", "undated"});
}

TEST_CASE("due within N days counts from today and includes the overdue") {
  Fixture f;
  CHECK(f.ids("due:0d") == Ids{"late-open", "late-matched", "late-scheduled", "today"});
  CHECK(f.ids("due:3d") == Ids{"late-open", "late-matched", "late-scheduled", "today", "in-3"});
  CHECK(f.ids("due:3d not:overdue:true") == Ids{"late-scheduled", "today", "in-3"});
  CHECK(f.ids("due:4d status:open") == Ids{"late-open", "today", "in-4"});
}

TEST_CASE("due takes a number of days") {
  Fixture f;
  CHECK_THROWS_AS(f.ids("due:3"), DomainError);
  CHECK_THROWS_AS(f.ids("due:d"), DomainError);
  CHECK_THROWS_AS(f.ids("due:-1d"), DomainError);
  CHECK_THROWS_AS(f.ids("due:9999d"), DomainError);
  CHECK_THROWS_AS(f.ids("overdue:yes"), DomainError);
}
