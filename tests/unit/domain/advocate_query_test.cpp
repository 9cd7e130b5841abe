#include "advo/domain/advocate_query.hpp"

#include <doctest/doctest.h>

#include "../test_records.hpp"
#include "advo/domain/domain_error.hpp"

using namespace advo;

// Every default activity type, as an unknown type is told with them.
const std::string kAllTypes =
    "advisory-board, analyst, case-study, early-access, exec-call, gift, logo, press, quote, reference-call, referral, "
    "review, site-visit, social, speaking, thank-you, training, video, webinar";

namespace {

struct Fixture {
  Program program;
  Date today = *Date::parse("2026-11-16");

  Fixture() {
    program.settings.types = default_activity_types();
    auto add = [&](const std::string& yaml) { program.advocates.push_back(test::record_from<Advocate>(yaml)); };
    add("id: fresh\nname: F\ncompany: C\nstage: active\nactivities: [reference-call]\nverified_on: 2026-10-01\n");
    add("id: old\nname: O\ncompany: C\nstage: active\nactivities: [reference-call]\nverified_on: 2026-01-01\n");
    add("id: rested\nname: R\ncompany: C\nstage: active\nactivities: [reference-call, quote]\n"
        "consent: {quote: {granted: 2026-01-01}}\nverified_on: 2026-10-01\n");
    add("id: waiting\nname: W\ncompany: C\nstage: nominated\nnominated: {date: 2026-11-01}\n");
    add("id: new\nname: N\ncompany: C\nstage: nominated\nnominated: {date: 2026-11-14}\n");
    program.engagements.push_back(test::record_from<Engagement>(
        "id: e1\ndate: 2026-10-20\nadvocate: rested\ntype: reference-call\noutcome: completed\n"));
    program.build_indexes();
  }

  std::vector<std::string> ids(std::string query) const {
    const auto virtuals = advocate_query_fields(program, today);
    const std::vector<std::string> words = {query};
    const Query q = Query::parse(schema_for<Advocate>(), words, &program.settings, virtuals);
    std::vector<std::string> out;
    for (const Advocate& a : program.advocates)
      if (q(a)) out.push_back(a.id.str());
    return out;
  }
};

using Ids = std::vector<std::string>;

}  // namespace

TEST_CASE("stale and aging follow the staleness settings") {
  Fixture f;
  CHECK(f.ids("stale:true") == Ids{"old"});
  CHECK(f.ids("aging:true") == Ids{"waiting"});
  CHECK(f.ids("aging:false stage:nominated") == Ids{"new"});
  f.program.settings.nomination_days = 30;
  CHECK(f.ids("aging:true") == Ids{});
}

TEST_CASE("available applies the rules of rest today") {
  Fixture f;
  // `rested` rests 60 days after its reference call of 2026-10-20.
  CHECK(f.ids("available:reference-call") == Ids{"fresh", "old"});
  // Its quote is a different type: only the 14-day gap applied, and it has passed.
  CHECK(f.ids("available:quote") == Ids{"rested"});
  CHECK(f.ids("not:available:reference-call stage:active") == Ids{"rested"});
  f.today = *Date::parse("2026-12-19");
  CHECK(f.ids("available:reference-call") == Ids{"fresh", "old", "rested"});
}

TEST_CASE("available needs a known activity type") {
  Fixture f;
  try {
    f.ids("available:refrence-call");
    FAIL("expected an error");
  } catch (const DomainError& e) {
    // The term is named in front; the kind is the one the activity type's check gave.
    CHECK(e.kind() == DomainErrorKind::unknown_name);
    CHECK(std::string(e.what()) ==
          "'available:refrence-call': unknown activity type 'refrence-call' (did you mean 'reference-call'?); "
        "known: " + kAllTypes);
  }
  CHECK_THROWS_AS(f.ids("available:"), DomainError);
}
