#include "advo/domain/rest.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

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

TEST_CASE("consent holds from granted to expires inclusive and without expiry is open-ended") {
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

TEST_CASE("the quarter cap counts asks in the 90 days up to and including D") {
  Fixture f;
  f.settings.min_gap_days = 0;
  f.ask("2026-08-01", "webinar");
  f.ask("2026-09-15", "quote");
  // 2026-10-30 is 90 days after 2026-08-01: that ask has left the window.
  CHECK(f.codes("reference-call", "2026-10-29") == std::vector<std::string>{"cap-quarter"});
  CHECK(f.check("reference-call", "2026-10-29").reasons[0].clears_on.str() == "2026-10-30");
  CHECK(f.codes("reference-call", "2026-10-30").empty());
}

TEST_CASE("the year cap counts asks in the 365 days up to D and clears with the cap-th most recent") {
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

TEST_CASE("every stage but active is not-active") {
  Fixture f;
  for (Stage s : {Stage::nominated, Stage::qualified, Stage::paused, Stage::alumni, Stage::declined, Stage::none}) {
    f.advocate.stage = s;
    CHECK(f.codes("reference-call", "2026-11-20") == std::vector<std::string>{"not-active"});
  }
  f.advocate.stage = Stage::active;
  CHECK(f.codes("reference-call", "2026-11-20").empty());
}

TEST_CASE("consent of another scope does not count and a grant in the future is not yet consent") {
  Fixture f;
  f.advocate = test::record_from<Advocate>(
      "id: jane\nname: Jane\ncompany: Acme\nstage: active\nactivities: [video, quote]\n"
      "consent: {quote: {granted: 2026-12-01}, case-study: {granted: 2020-01-01}}\n");
  CHECK(f.codes("video", "2026-11-20") == std::vector<std::string>{"no-consent"});
  CHECK(f.check("video", "2026-11-20").reasons[0].message == "no video consent");
  const Availability a = f.check("quote", "2026-11-30");
  REQUIRE(a.reasons.size() == 1);
  CHECK(a.reasons[0].message == "quote consent only from 2026-12-01");
  CHECK_FALSE(a.reasons[0].timed());
  CHECK_FALSE(a.next_available.valid());
  CHECK(f.codes("quote", "2026-12-01").empty());
}

TEST_CASE("resting counts from the latest ask of the type") {
  Fixture f;
  f.settings.min_gap_days = 0;
  f.settings.per_quarter = 100;
  f.ask("2026-08-01", "reference-call");
  f.ask("2026-09-01", "reference-call");
  const Availability a = f.check("reference-call", "2026-10-15");
  REQUIRE(a.reasons.size() == 1);
  CHECK(a.reasons[0].message == "resting after the reference-call of 2026-09-01 (60 days)");
  CHECK(a.reasons[0].clears_on.str() == "2026-10-31");
  CHECK(a.next_available.str() == "2026-10-31");
}

TEST_CASE("min-gap holds on the day of an ask and clears min_gap_days later") {
  Fixture f;
  f.ask("2026-11-01", "webinar");
  CHECK(f.codes("reference-call", "2026-11-01") == std::vector<std::string>{"min-gap"});
  CHECK(f.check("reference-call", "2026-11-01").next_available.str() == "2026-11-15");
  f.settings.min_gap_days = 0;
  CHECK(f.codes("reference-call", "2026-11-01").empty());
}

TEST_CASE("scheduled holds up to the day before the planned ask") {
  Fixture f;
  f.ask("2026-12-10", "webinar");
  CHECK(f.codes("reference-call", "2026-12-09") == std::vector<std::string>{"scheduled"});
  // On its own day the ask is no longer after D; the min-gap then holds.
  CHECK(f.codes("reference-call", "2026-12-10") == std::vector<std::string>{"min-gap"});
  // Of several planned asks the latest one counts.
  f.ask("2027-01-20", "quote");
  const Availability a = f.check("reference-call", "2026-11-20");
  CHECK(a.reasons[0].message == "quote already planned for 2027-01-20");
  CHECK(a.reasons[0].clears_on.str() == "2027-01-21");
}

TEST_CASE("with no minimum gap an advocate is free on the day of a planned ask") {
  Fixture f;
  f.settings.min_gap_days = 0;
  f.ask("2026-12-10", "webinar");
  const Availability a = f.check("reference-call", "2026-11-20");
  REQUIRE(a.reasons.size() == 1);
  CHECK(a.reasons[0].clears_on.str() == "2026-12-11");
  CHECK(f.codes("reference-call", "2026-12-10").empty());
  CHECK(a.next_available.str() == "2026-12-10");
}

TEST_CASE("the quarter cap counts an ask on D itself and clears 90 days after the cap-th most recent") {
  Fixture f;
  f.settings.min_gap_days = 0;
  f.ask("2026-09-01", "webinar");
  CHECK(f.codes("reference-call", "2026-10-01").empty());  // 1 ask, cap 2
  f.ask("2026-10-01", "quote");
  f.ask("2026-10-05", "review");
  const Availability a = f.check("reference-call", "2026-10-05");
  REQUIRE(a.reasons.size() == 1);
  CHECK(a.reasons[0].message == "3 asks in the last 90 days (cap 2)");
  // The 2nd most recent is 2026-10-01: the window holds fewer than two from 2026-12-30.
  CHECK(a.reasons[0].clears_on.str() == "2026-12-30");
  CHECK(f.codes("reference-call", "2026-12-29") == std::vector<std::string>{"cap-quarter"});
  CHECK(f.codes("reference-call", "2026-12-30").empty());
}

TEST_CASE("the year cap holds to the day before it clears") {
  Fixture f;
  f.settings.min_gap_days = 0;
  f.settings.per_quarter = 100;
  f.settings.per_year = 3;
  f.ask("2026-01-10", "webinar");
  f.ask("2026-03-10", "quote");
  f.ask("2026-06-10", "case-study");
  CHECK(f.codes("reference-call", "2027-01-09") == std::vector<std::string>{"cap-year"});
  CHECK(f.codes("reference-call", "2027-01-10").empty());
  // The day before the third ask only two count (the third is planned).
  CHECK(f.codes("reference-call", "2026-06-09") == std::vector<std::string>{"scheduled"});
}

TEST_CASE("a per-advocate year limit overrides the program cap") {
  Fixture f;
  f.settings.min_gap_days = 0;
  f.settings.per_quarter = 100;
  f.ask("2026-01-10", "webinar");
  f.ask("2026-03-10", "quote");
  CHECK(f.codes("reference-call", "2026-04-01").empty());
  f.advocate.limits.max_per_year = 2;
  const Availability a = f.check("reference-call", "2026-04-01");
  REQUIRE(a.reasons.size() == 1);
  CHECK(a.reasons[0].message == "2 asks in the last 365 days (cap 2)");
  CHECK(a.reasons[0].clears_on.str() == "2027-01-10");
  f.advocate.limits.max_per_year = 10;
  f.settings.per_year = 1;
  CHECK(f.codes("reference-call", "2026-04-01").empty());
}

TEST_CASE("gives and cancelled asks leave an advocate available") {
  Program p;
  p.settings.types = default_activity_types();
  p.advocates.push_back(test::record_from<Advocate>(
      "id: jane\nname: Jane\ncompany: Acme\nstage: active\nactivities: [reference-call]\n"));
  for (const char* line : {"id: a\ndate: 2026-11-01\nadvocate: jane\ntype: gift\noutcome: completed\n",
                           "id: b\ndate: 2026-11-02\nadvocate: jane\ntype: reference-call\noutcome: cancelled\n",
                           "id: c\ndate: 2026-12-20\nadvocate: jane\ntype: webinar\noutcome: cancelled\n",
                           "id: d\ndate: 2026-12-21\nadvocate: jane\ntype: thank-you\noutcome: scheduled\n"})
    p.engagements.push_back(test::record_from<Engagement>(line));
  p.build_indexes();
  const Advocate& jane = p.advocates.front();
  const std::vector<Ask> asks = asks_of(p, jane);
  CHECK(asks.empty());
  const Availability a = RestPolicy(p.settings).availability(jane, asks, *p.settings.type("reference-call"),
                                                             day("2026-11-03"));
  CHECK(a.available());
  // A declined or no-show ask counts like any other.
  p.engagements.push_back(test::record_from<Engagement>(
      "id: e\ndate: 2026-11-02\nadvocate: jane\ntype: reference-call\noutcome: no-show\n"));
  p.build_indexes();
  REQUIRE(asks_of(p, p.advocates.front()) == std::vector<Ask>{Ask{day("2026-11-02"), Sym("reference-call")}});
}

TEST_CASE("the ask table gives each advocate the asks asks_of gives") {
  Program p;
  p.settings.types = default_activity_types();
  for (const char* id : {"ann", "bo", "cy"})
    p.advocates.push_back(test::record_from<Advocate>(fmt::format("id: {}\nname: X\ncompany: Acme\nstage: active\n", id)));
  // Out of date order, gives, cancelled asks, an unknown type (counts as
  // an ask), two on one day, and one naming no advocate of the program.
  for (const char* line : {"id: a\ndate: 2026-11-05\nadvocate: bo\ntype: reference-call\noutcome: completed\n",
                           "id: b\ndate: 2026-10-01\nadvocate: bo\ntype: case-study\noutcome: completed\n",
                           "id: c\ndate: 2026-10-02\nadvocate: bo\ntype: gift\noutcome: completed\n",
                           "id: d\ndate: 2026-10-03\nadvocate: cy\ntype: webinar\noutcome: cancelled\n",
                           "id: e\ndate: 2026-11-05\nadvocate: bo\ntype: mystery-type\noutcome: scheduled\n",
                           "id: f\ndate: 2026-09-09\nadvocate: cy\ntype: quote\noutcome: no-show\n",
                           "id: g\ndate: 2026-09-01\nadvocate: zed\ntype: reference-call\noutcome: completed\n"})
    p.engagements.push_back(test::record_from<Engagement>(line));
  p.build_indexes();
  const AskTable table(p);
  for (size_t position = 0; position < p.advocates.size(); ++position) {
    const Advocate& a = p.advocates[position];
    const std::span<const Ask> got = table.of(position);
    CHECK(std::vector<Ask>(got.begin(), got.end()) == asks_of(p, a));
  }
  CHECK(table.of(0).empty());
  REQUIRE(table.of(1).size() == 3);
  CHECK(table.of(1)[0] == Ask{day("2026-10-01"), Sym("case-study")});
  CHECK(table.of(1)[2].type == Sym("mystery-type"));
  REQUIRE(table.of(2).size() == 1);
  // An advocate held elsewhere (a copy) is found by id.
  const Advocate copy = p.advocates[2];
  REQUIRE(p.advocate_position(copy) == 2u);
  CHECK(table.of(*p.advocate_position(copy)).size() == 1);
}

TEST_CASE("next available chains through adjacent blackouts and rest") {
  Fixture f;
  f.advocate = test::record_from<Advocate>(
      "id: jane\nname: Jane\ncompany: Acme\nstage: active\nactivities: [reference-call]\n"
      "unavailable: [{from: 2026-11-01, to: 2026-11-10}, {from: 2026-11-11, to: 2026-11-20}]\n");
  f.ask("2026-10-01", "reference-call");  // resting until 2026-11-30
  const Availability a = f.check("reference-call", "2026-11-05");
  CHECK(f.codes("reference-call", "2026-11-05") == std::vector<std::string>{"blackout", "resting"});
  CHECK(a.reasons[0].clears_on.str() == "2026-11-11");
  CHECK(a.next_available.str() == "2026-11-30");
  // Without the rest, the second window still follows the first.
  f.asks.clear();
  CHECK(f.check("reference-call", "2026-11-05").next_available.str() == "2026-11-21");
}

TEST_CASE("no next available day when a consent runs out while the advocate rests") {
  Fixture f;  // case-study consent expires 2026-12-31
  f.ask("2026-10-01", "case-study");  // resting 180 days, until 2027-03-30
  const Availability a = f.check("case-study", "2026-11-20");
  CHECK(f.codes("case-study", "2026-11-20") == std::vector<std::string>{"resting"});
  CHECK_FALSE(a.next_available.valid());
  CHECK(a.blocked_from.str() == "2027-03-30");
  REQUIRE(a.blocking.size() == 1);
  CHECK(to_string(a.blocking[0].code) == "no-consent");
  // An untimed reason on D itself blocks from D.
  f.advocate.do_not_contact = true;
  const Availability b = f.check("reference-call", "2026-11-20");
  CHECK(b.blocked_from.str() == "2026-11-20");
  REQUIRE(b.blocking.size() == 1);
  CHECK(to_string(b.blocking[0].code) == "do-not-contact");
}

TEST_CASE("willing ask types leave out gives and undefined types") {
  Fixture f;
  f.advocate.activities = make_sym_list({"webinar", "gift", "no-such-type", "case-study", "webinar"});
  std::vector<std::string> names;
  for (const ActivityType* t : willing_ask_types(f.advocate, f.settings)) names.push_back(t->name);
  CHECK(names == std::vector<std::string>{"case-study", "webinar"});
}

TEST_CASE("a reason that clears after 9999-12-31 gives no date past it") {
  Fixture f;
  f.ask("9999-12-20", "reference-call");
  const Availability a = f.check("reference-call", "9999-12-31");
  REQUIRE_FALSE(a.available());
  for (const RestReason& r : a.reasons) {
    CHECK_FALSE(r.clears_on.valid());
    CHECK(r.after_last_day);
  }
  CHECK_FALSE(a.next_available.valid());
  CHECK(a.after_last_day());
  // A reason that never clears is not one that clears after the last day.
  f.advocate.do_not_contact = true;
  CHECK_FALSE(f.check("reference-call", "9999-12-31").after_last_day());
  // Earlier, the same ask gives real days.
  Fixture g;
  g.ask("2026-11-02", "reference-call");
  CHECK(g.check("reference-call", "2026-11-03").next_available.str() == "2027-01-01");
}

TEST_CASE("the asks of the records a person moved from count for the new record") {
  Program p;
  p.settings.types = default_activity_types();
  for (const char* text : {"id: old\nname: A\ncompany: One\nstage: alumni\nmoved_to: mid\n",
                           "id: mid\nname: A\ncompany: Two\nstage: alumni\nmoved_from: old\nmoved_to: new\n",
                           "id: new\nname: A\ncompany: Three\nstage: active\nmoved_from: mid\n",
                           "id: other\nname: B\ncompany: One\nstage: active\n"})
    p.advocates.push_back(test::record_from<Advocate>(text));
  for (const char* line : {"id: a\ndate: 2026-11-05\nadvocate: mid\ntype: reference-call\noutcome: completed\n",
                           "id: b\ndate: 2026-10-01\nadvocate: old\ntype: case-study\noutcome: completed\n",
                           "id: c\ndate: 2026-10-20\nadvocate: new\ntype: webinar\noutcome: completed\n",
                           "id: d\ndate: 2026-10-21\nadvocate: other\ntype: webinar\noutcome: completed\n"})
    p.engagements.push_back(test::record_from<Engagement>(line));
  p.build_indexes();
  const auto of = [&](const char* id) { return asks_of(p, *p.find_advocate(id)); };
  const std::vector<Ask> asks = of("new");
  CHECK(asks == std::vector<Ask>{Ask{day("2026-10-01"), Sym("case-study")}, Ask{day("2026-10-20"), Sym("webinar")},
                                 Ask{day("2026-11-05"), Sym("reference-call")}});
  // Only earlier jobs count: the old record does not gain the later asks.
  CHECK(of("old").size() == 1);
  CHECK(of("mid").size() == 2);
  CHECK(of("other").size() == 1);
  const AskTable table(p);
  for (size_t position = 0; position < p.advocates.size(); ++position) {
    const Advocate& a = p.advocates[position];
    const std::span<const Ask> got = table.of(position);
    CHECK(std::vector<Ask>(got.begin(), got.end()) == asks_of(p, a));
  }
}

TEST_CASE("an ask type is one advo.toml defines as an ask") {
  Settings s;
  s.types = default_activity_types();
  REQUIRE(ask_type(s, "reference-call") != nullptr);
  CHECK(ask_type(s, "reference-call")->name == "reference-call");
  CHECK(ask_type(s, "gift") == nullptr);          // a give
  CHECK(ask_type(s, "no-such-type") == nullptr);  // not defined
}

TEST_CASE("an engagement counts as an ask unless its type is a give") {
  Settings s;
  s.types = default_activity_types();
  CHECK(counts_as_ask(s.type("webinar")));
  CHECK_FALSE(counts_as_ask(s.type("thank-you")));
  // A type advo.toml does not define counts: check reports it, rest holds.
  CHECK(counts_as_ask(s.type("no-such-type")));
}

TEST_CASE("the ask table sees the asks of a program whose indexes were never built") {
  Program p;
  p.settings.types = default_activity_types();
  for (const char* id : {"ann", "bo"})
    p.advocates.push_back(test::record_from<Advocate>(
        fmt::format("id: {}\nname: N\ncompany: Acme\nstage: active\nactivities: [reference-call]\n", id)));
  for (const char* line : {"id: a\ndate: 2026-09-01\nadvocate: bo\ntype: reference-call\noutcome: completed\n",
                           "id: b\ndate: 2026-10-01\nadvocate: bo\ntype: webinar\noutcome: completed\n",
                           "id: c\ndate: 2026-10-02\nadvocate: ann\ntype: gift\noutcome: completed\n"})
    p.engagements.push_back(test::record_from<Engagement>(line));
  // No build_indexes(): the records are in program order as they are.
  const AskTable table(p);
  const std::span<const Ask> bo = table.of(1);
  CHECK(std::vector<Ask>(bo.begin(), bo.end()) ==
        std::vector<Ask>{Ask{day("2026-09-01"), Sym("reference-call")}, Ask{day("2026-10-01"), Sym("webinar")}});
  CHECK(table.of(0).empty());  // a gift is no ask
  CHECK(table.of(2).empty());  // past the advocates
}
