#include "advo/domain/rest.hpp"

#include <doctest/doctest.h>

#include "../test_records.hpp"

using namespace advo;

namespace {

Date day(const char* text) { return *Date::parse(text); }

struct Fixture {
  Settings settings;
  Advocate advocate;
  std::vector<Ask> asks;

  Fixture() {
    settings.types = default_activity_types();
    advocate = test::record_from<Advocate>(
        "id: jane\nname: Jane\ncompany: Acme\nstage: active\n"
        "activities: [reference-call, case-study, webinar, quote]\n"
        "consent: {case-study: {granted: 2026-01-01, expires: 2026-12-31}, quote: {granted: 2026-01-01}}\n");
  }
  void ask(const char* date, const char* type) {
    asks.push_back(Ask{day(date), Sym(type)});
    std::stable_sort(asks.begin(), asks.end(), [](const Ask& a, const Ask& b) { return a.date < b.date; });
  }
  const ActivityType& type(const char* name) const { return *settings.type(name); }
  std::vector<std::string> codes(const char* type_name, const char* on) const {
    std::vector<std::string> out;
    for (const auto& r : RestPolicy(settings).reasons(advocate, asks, type(type_name), day(on)))
      out.emplace_back(to_string(r.code));
    return out;
  }
  Availability check(const char* type_name, const char* on) const {
    return RestPolicy(settings).availability(advocate, asks, type(type_name), day(on));
  }
};

}  // namespace

TEST_CASE("an active and willing advocate with no asks is available today") {
  Fixture f;
  const Availability a = f.check("reference-call", "2026-11-20");
  CHECK(a.available());
  CHECK(a.next_available.str() == "2026-11-20");
}

TEST_CASE("untimed reasons: stage and do-not-contact and willingness and consent") {
  Fixture f;
  f.advocate.stage = Stage::paused;
  f.advocate.do_not_contact = true;
  CHECK(f.codes("press", "2026-11-20") == std::vector<std::string>{"not-active", "do-not-contact", "not-willing",
                                                                   "no-consent"});
  const Availability a = f.check("press", "2026-11-20");
  CHECK_FALSE(a.next_available.valid());
  CHECK(a.reasons[0].message == "stage is paused, not active");
  CHECK(a.reasons[3].message == "no press consent");
}

TEST_CASE("consent holds from granted to expires inclusive and no expiry is open-ended") {
  Fixture f;
  CHECK(f.codes("case-study", "2025-12-31") == std::vector<std::string>{"no-consent"});
  CHECK(f.codes("case-study", "2026-01-01").empty());
  CHECK(f.codes("case-study", "2026-12-31").empty());
  CHECK(f.codes("case-study", "2027-01-01") == std::vector<std::string>{"no-consent"});
  CHECK(f.check("case-study", "2027-01-01").reasons[0].message == "case-study consent expired 2026-12-31");
  CHECK(f.codes("quote", "2035-06-01").empty());
}

TEST_CASE("a blackout holds from its first to its last day and clears the day after") {
  Fixture f;
  f.advocate = test::record_from<Advocate>(
      "id: jane\nname: Jane\ncompany: Acme\nstage: active\nactivities: [reference-call]\n"
      "unavailable: [{from: 2026-12-20, to: 2027-01-05, reason: holidays}]\n");
  CHECK(f.codes("reference-call", "2026-12-19").empty());
  CHECK(f.codes("reference-call", "2026-12-20") == std::vector<std::string>{"blackout"});
  const Availability a = f.check("reference-call", "2027-01-05");
  REQUIRE(a.reasons.size() == 1);
  CHECK(a.reasons[0].message == "unavailable 2026-12-20 to 2027-01-05 (holidays)");
  CHECK(a.reasons[0].clears_on.str() == "2027-01-06");
  CHECK(a.next_available.str() == "2027-01-06");
}

TEST_CASE("rest after an ask of the same type ends on a day that is available") {
  Fixture f;
  f.settings.min_gap_days = 0;
  f.ask("2026-09-01", "reference-call");
  CHECK(f.codes("reference-call", "2026-10-30") == std::vector<std::string>{"resting"});
  CHECK(f.check("reference-call", "2026-10-30").reasons[0].clears_on.str() == "2026-10-31");
  CHECK(f.codes("reference-call", "2026-10-31").empty());
  CHECK(f.codes("webinar", "2026-09-02").empty());  // rest is per type
}

TEST_CASE("a type without rest_days rests rest.default_days") {
  Fixture f;
  f.settings.min_gap_days = 0;
  f.settings.default_rest_days = 10;
  f.settings.types.push_back(ActivityType{"zz-custom", ActivityKind::ask, -1, 1, ""});
  f.advocate.activities = make_sym_list({"zz-custom"});
  f.ask("2026-09-01", "zz-custom");
  CHECK(f.codes("zz-custom", "2026-09-10") == std::vector<std::string>{"resting"});
  CHECK(f.codes("zz-custom", "2026-09-11").empty());
}

TEST_CASE("min-gap follows an ask of any type") {
  Fixture f;
  f.ask("2026-11-01", "webinar");
  CHECK(f.codes("reference-call", "2026-11-14") == std::vector<std::string>{"min-gap"});
  CHECK(f.check("reference-call", "2026-11-14").reasons[0].message == "asked 2026-11-01 (webinar); 14 days between asks");
  CHECK(f.codes("reference-call", "2026-11-15").empty());
}

TEST_CASE("a scheduled ask after the day blocks until the day after it") {
  Fixture f;
  f.ask("2026-12-10", "webinar");
  const Availability a = f.check("reference-call", "2026-11-20");
  REQUIRE(a.reasons.size() == 1);
  CHECK(to_string(a.reasons[0].code) == "scheduled");
  CHECK(a.reasons[0].clears_on.str() == "2026-12-11");
  // After it, the webinar's min-gap holds: next available is 14 days after it.
  CHECK(a.next_available.str() == "2026-12-24");
}

TEST_CASE("the quarter cap counts asks from D-89 to D") {
  Fixture f;
  f.settings.min_gap_days = 0;
  f.ask("2026-08-01", "webinar");
  f.ask("2026-09-15", "quote");
  // 2026-10-30 is 90 days after 2026-08-01: that ask has left the window.
  CHECK(f.codes("reference-call", "2026-10-29") == std::vector<std::string>{"cap-quarter"});
  CHECK(f.check("reference-call", "2026-10-29").reasons[0].clears_on.str() == "2026-10-30");
  CHECK(f.codes("reference-call", "2026-10-30").empty());
}

TEST_CASE("the year cap counts asks from D-364 to D and clears with the cap-th most recent") {
  Fixture f;
  f.settings.min_gap_days = 0;
  f.settings.per_quarter = 100;
  f.settings.per_year = 3;
  f.ask("2026-01-10", "webinar");
  f.ask("2026-03-10", "quote");
  f.ask("2026-06-10", "case-study");
  const Availability a = f.check("reference-call", "2026-11-01");
  REQUIRE(a.reasons.size() == 1);
  CHECK(to_string(a.reasons[0].code) == "cap-year");
  CHECK(a.reasons[0].message == "3 asks in the last 365 days (cap 3)");
  CHECK(a.reasons[0].clears_on.str() == "2027-01-10");
}

TEST_CASE("per-advocate limits override the caps and a limit of 0 never clears") {
  Fixture f;
  f.settings.min_gap_days = 0;
  f.advocate.limits.max_per_quarter = 1;
  f.ask("2026-10-01", "webinar");
  CHECK(f.codes("reference-call", "2026-10-20") == std::vector<std::string>{"cap-quarter"});
  f.advocate.limits.max_per_quarter = 5;
  CHECK(f.codes("reference-call", "2026-10-20").empty());
  f.advocate.limits.max_per_year = 0;
  const Availability a = f.check("reference-call", "2026-10-20");
  CHECK(a.reasons[0].message == "no asks allowed per year (limit 0)");
  CHECK_FALSE(a.next_available.valid());
}

TEST_CASE("gives and cancelled asks never count") {
  Settings settings;
  settings.types = default_activity_types();
  Engagement give = test::record_from<Engagement>("id: a\ndate: 2026-11-01\nadvocate: x\ntype: gift\noutcome: completed\n");
  Engagement cancelled = test::record_from<Engagement>(
      "id: b\ndate: 2026-11-01\nadvocate: x\ntype: webinar\noutcome: cancelled\n");
  Engagement declined = test::record_from<Engagement>(
      "id: c\ndate: 2026-11-01\nadvocate: x\ntype: webinar\noutcome: declined\n");
  Engagement unknown = test::record_from<Engagement>(
      "id: d\ndate: 2026-11-01\nadvocate: x\ntype: mystery\noutcome: completed\n");
  CHECK_FALSE(is_ask(give, settings));
  CHECK_FALSE(is_ask(cancelled, settings));
  CHECK(is_ask(declined, settings));
  CHECK(is_ask(unknown, settings));
  const Engagement* list[] = {&give, &cancelled, &declined};
  CHECK(asks_from(list, settings).size() == 1);
}

TEST_CASE("next available chains through several reasons") {
  Fixture f;
  f.advocate = test::record_from<Advocate>(
      "id: jane\nname: Jane\ncompany: Acme\nstage: active\nactivities: [reference-call, webinar]\n"
      "unavailable: [{from: 2026-11-20, to: 2026-11-30}]\n");
  f.ask("2026-10-01", "reference-call");  // resting until 2026-11-30
  f.ask("2026-11-25", "webinar");         // scheduled; then min-gap until 2026-12-09
  const Availability a = f.check("reference-call", "2026-11-10");
  CHECK(f.codes("reference-call", "2026-11-10") == std::vector<std::string>{"scheduled", "resting"});
  // On 2026-12-09 both asks are within 90 days: the quarter cap of 2 holds
  // until 90 days after the older one.
  CHECK(f.codes("reference-call", "2026-12-09") == std::vector<std::string>{"cap-quarter"});
  CHECK(a.next_available.str() == "2026-12-30");
}
