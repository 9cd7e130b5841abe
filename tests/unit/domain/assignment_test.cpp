#include "advo/domain/assignment.hpp"

#include <doctest/doctest.h>

#include "../test_records.hpp"
#include "advo/domain/list_text.hpp"
#include "advo/storage/record_writer.hpp"

using namespace advo;

// Every default activity type, as an unknown type is told with them.
const std::string kAllTypes =
    "advisory-board, analyst, case-study, early-access, exec-call, gift, logo, press, quote, reference-call, referral, "
    "review, site-visit, social, speaking, thank-you, training, video, webinar";

namespace {

struct Fixture {
  Settings settings;
  Advocate advocate;

  Fixture() {
    settings.types = default_activity_types();
    settings.vocab["industry"] = {"healthcare", "retail"};
    advocate = test::record_from<Advocate>(
        "id: jane-doe-acme\nname: Jane Doe\ncompany: Acme\nindustry: healthcare\nproducts: [analytics, dashboards]\n"
        "activities: [reference-call]\nstage: active\nnps: {score: 7, date: 2026-01-01}\n"
        "consent: {logo: {granted: 2026-01-01, expires: 2027-01-01}}\n"
        "unavailable: [{from: 2026-12-20, to: 2027-01-05, reason: Holidays}]\n");
  }

  std::vector<Assignment> parse(std::vector<std::string> texts) const {
    std::vector<Assignment> out;
    for (const auto& t : texts) {
      auto a = parse_assignment(t);
      REQUIRE(a);
      out.push_back(*a);
    }
    return out;
  }

  // Applies; returns "assignment: message" lines.
  std::vector<std::string> set(std::vector<std::string> texts, const AssignmentRules& rules = {}) {
    std::vector<std::string> out;
    for (const AssignmentError& e : apply_assignments(advocate, parse(texts), settings, rules))
      out.push_back(e.assignment + ": " + e.message);
    return out;
  }
};

using Lines = std::vector<std::string>;

std::vector<std::string> items(const SymList& list) {
  std::vector<std::string> out;
  for (Sym s : list) out.push_back(s.str());
  return out;
}

}  // namespace

TEST_CASE("assignments parse as FIELD=VALUE and LIST+= or LIST-=") {
  auto a = parse_assignment("nps.score=9");
  REQUIRE(a);
  CHECK(a->path == "nps.score");
  CHECK(a->op == AssignOp::set);
  CHECK(a->value == "9");
  a = parse_assignment("products+=x=y");
  REQUIRE(a);
  CHECK(a->path == "products");
  CHECK(a->op == AssignOp::add);
  CHECK(a->value == "x=y");
  a = parse_assignment("tags-=old");
  REQUIRE(a);
  CHECK(a->op == AssignOp::remove);
  a = parse_assignment("email=");
  REQUIRE(a);
  CHECK(a->value.empty());
  CHECK_FALSE(parse_assignment("nps.score"));
  CHECK_FALSE(parse_assignment("=9"));
  CHECK_FALSE(parse_assignment("+=9"));
}

TEST_CASE("scalars and dotted paths are stored as the file reader stores them") {
  Fixture f;
  CHECK(f.set({"nps.score=9", "consent.logo.granted=2026-05-01", "limits.max_per_quarter=1", "segment=enterprise",
               "title= CTO ", "do_not_contact=true", "verified_on=2026-11-16"}) == Lines{});
  CHECK(f.advocate.nps.score == 9);
  CHECK(f.advocate.grant(Scope::logo).granted.str() == "2026-05-01");
  CHECK(f.advocate.limits.max_per_quarter == 1);
  CHECK(f.advocate.segment == Segment::enterprise);
  CHECK(f.advocate.title.view() == "CTO");
  CHECK(f.advocate.do_not_contact);
  CHECK(f.advocate.verified_on.str() == "2026-11-16");
}

TEST_CASE("an empty value clears an optional field or a whole group") {
  Fixture f;
  CHECK(f.set({"industry=", "nps.date=", "do_not_contact="}) == Lines{});
  CHECK(f.advocate.industry.empty());
  CHECK(f.advocate.nps.score == 7);
  CHECK_FALSE(f.advocate.nps.on.valid());
  CHECK(f.set({"nps="}) == Lines{});
  CHECK(f.advocate.nps.score == kNoInt);
  CHECK(f.set({"consent.logo="}) == Lines{});
  CHECK_FALSE(f.advocate.grant(Scope::logo).granted.valid());
  CHECK(f.set({"products=", "unavailable="}) == Lines{});
  CHECK(f.advocate.products.empty());
  CHECK(f.advocate.unavailable.empty());
}

TEST_CASE("required fields and the id cannot be cleared or set") {
  Fixture f;
  CHECK(f.set({"name=", "stage=", "id=jane"}) ==
        Lines{"name=: name is required; it cannot be cleared", "stage=: stage is required; it cannot be cleared",
              "id=jane: the id cannot be changed: it is the name of the record's file"});
}

TEST_CASE("lists are replaced added to and removed from") {
  Fixture f;
  CHECK(f.set({"products+=forecasting,Analytics", "tags=vip, beta ,vip", "activities-=reference-call"}) == Lines{});
  CHECK(items(f.advocate.products) == Lines{"analytics", "dashboards", "forecasting"});
  CHECK(items(f.advocate.tags) == Lines{"vip", "beta"});
  CHECK(f.advocate.activities.empty());
  CHECK(f.set({"products-=ANALYTICS"}) == Lines{});
  CHECK(items(f.advocate.products) == Lines{"dashboards", "forecasting"});
  CHECK(f.set({"outcomes=a"}).size() == 1);
  CHECK(f.set({"tags=one\\, two,three"}) == Lines{});
  CHECK(items(f.advocate.tags) == Lines{"one, two", "three"});
}

TEST_CASE("removing a value that is not there is an error") {
  Fixture f;
  CHECK(f.set({"products-=forecasting,dashboards"}) ==
        Lines{"products-=forecasting,dashboards: 'forecasting' not in products (it holds: analytics, dashboards)"});
  CHECK(items(f.advocate.products) == Lines{"analytics", "dashboards"});
  CHECK(f.set({"tags-=x"}) == Lines{"tags-=x: 'x' not in tags (it is empty)"});
}

TEST_CASE("windows are added and removed with FROM..TO and a reason") {
  Fixture f;
  CHECK(f.set({"unavailable+=2026-08-01..2026-08-15 Summer break", "unavailable+=2027-02-01"}) == Lines{});
  REQUIRE(f.advocate.unavailable.size() == 3);
  CHECK(window_text(f.advocate.unavailable[0]) == "2026-08-01..2026-08-15 Summer break");
  CHECK(window_text(f.advocate.unavailable[1]) == "2026-12-20..2027-01-05 Holidays");
  CHECK(window_text(f.advocate.unavailable[2]) == "2027-02-01..2027-02-01");
  CHECK(f.set({"unavailable-=2026-12-20..2027-01-05", "unavailable-=2027-02-01"}) == Lines{});
  REQUIRE(f.advocate.unavailable.size() == 1);
  CHECK(f.set({"unavailable-=2026-08-02"}) ==
        Lines{"unavailable-=2026-08-02: no window 2026-08-02 in unavailable (it holds: 2026-08-01..2026-08-15)"});
  CHECK(f.set({"unavailable+=2026-09-10..2026-09-01"}) ==
        Lines{"unavailable+=2026-09-10..2026-09-01: invalid window '2026-09-10..2026-09-01' "
              "(expected FROM..TO or FROM..TO REASON, dates YYYY-MM-DD)"});
  CHECK(f.set({"unavailable=2026-10-01..2026-10-02"}) == Lines{});
  CHECK(f.advocate.unavailable.size() == 1);
}

TEST_CASE("a consent grant is set in one go or by its dates") {
  Fixture f;
  CHECK(f.set({"consent.quote=2026-02-01..2031-02-01", "consent.video=2026-03-01"}) == Lines{});
  CHECK(f.advocate.grant(Scope::quote).expires.str() == "2031-02-01");
  CHECK(f.advocate.grant(Scope::video).granted.str() == "2026-03-01");
  CHECK_FALSE(f.advocate.grant(Scope::video).expires.valid());
  CHECK(f.set({"consent.logo.expires=2025-01-01"}) ==
        Lines{"consent.logo.expires=2025-01-01: consent expires (2025-01-01) before it was granted (2026-01-01)"});
  CHECK(f.set({"consent.logo.granted="}) ==
        Lines{"consent.logo.granted=: consent.logo has an expiry but no granted date "
              "(set consent.logo.granted, or withdraw it with consent.logo=)"});
  CHECK(f.set({"consent=x"}).size() == 1);
  CHECK(f.set({"consent="}) == Lines{});
  CHECK_FALSE(f.advocate.grant(Scope::logo).granted.valid());
}

TEST_CASE("values are validated as check validates them and nothing changes on an error") {
  Fixture f;
  const Advocate before = f.advocate;
  CHECK(f.set({"nps.score=11", "email=jane", "country=de", "activities+=refrence-call", "industry=helthcare",
               "segment=huge", "title=CTO"}) ==
        Lines{"nps.score=11: score must be between 0 and 10, not 11", "email=jane: invalid e-mail address 'jane'",
              "country=de: country 'de' must be upper case ('DE')",
              "activities+=refrence-call: unknown activity type 'refrence-call' (did you mean 'reference-call'?); "
        "known: " + kAllTypes,
              "industry=helthcare: unknown industry 'helthcare' (did you mean 'healthcare'?); known: healthcare, retail",
              "segment=huge: unknown segment 'huge'; known: smb, mid-market, enterprise"});
  CHECK(same_record(before, f.advocate));
}

TEST_CASE("unknown fields wrong operators and locked fields are refused") {
  Fixture f;
  AssignmentRules rules;
  rules.locked.emplace_back("stage", "use advo stage");
  CHECK(f.set({"emial=x", "nps=9", "nps.score+=1", "consent.logo+=2026-01-01", "stage=paused", "nps.score+="}, rules) ==
        Lines{"emial=x: unknown field 'emial' in advocate (did you mean 'email'?)",
              "nps=9: nps is a group of fields (nps.score, nps.date); set one of them, or clear them all with nps=",
              "nps.score+=1: nps.score holds one value, not a list: write nps.score=VALUE",
              "consent.logo+=2026-01-01: consent.logo is one grant, not a list: write "
              "consent.logo=GRANTED[..EXPIRES], or consent.logo= to withdraw it",
              "stage=paused: stage cannot be set here: use advo stage",
              "nps.score+=: nps.score holds one value, not a list: write nps.score=VALUE"});
}

TEST_CASE("problems already in the record are not blamed on an assignment") {
  Fixture f;
  f.advocate.activities = make_sym_list({"no-such-type"});
  CHECK(f.set({"activities+=quote"}) == Lines{});
  CHECK(items(f.advocate.activities) == Lines{"no-such-type", "quote"});
}

TEST_CASE("references can be required to exist") {
  Story story = test::record_from<Story>("id: s\ntitle: T\nkind: quote\nstatus: draft\n");
  AssignmentRules rules;
  rules.exists = [](RefKind kind, std::string_view id) { return kind == RefKind::advocate && id == "jane"; };
  std::vector<Assignment> a = {*parse_assignment("advocates+=jane,bob")};
  const auto errors = apply_assignments(story, a, Settings{}, rules);
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].message == "no advocate 'bob'");
  CHECK(story.advocates.empty());
}

TEST_CASE("a set changes only the lines of the fields set") {
  Fixture f;
  const std::string before = write_record(f.advocate);
  CHECK(f.set({"nps.score=9"}) == Lines{});
  const std::string after = write_record(f.advocate);
  CHECK(after.size() == before.size());
  size_t differing = 0;
  for (size_t i = 0; i < before.size(); ++i)
    if (before[i] != after[i]) ++differing;
  CHECK(differing == 1);
}

TEST_CASE("a field is set by its old name too") {
  Fixture f;
  CHECK(f.set({"nps.on=2026-03-04", "nominated.on=2026-01-02"}) == Lines{});
  CHECK(f.advocate.nps.on.str() == "2026-03-04");
  CHECK(f.advocate.nominated.on.str() == "2026-01-02");
}

TEST_CASE("a value over 64 KiB is refused and named by its start") {
  Fixture f;
  const std::string big(70'000, 'x');
  const Lines errors = f.set({"notes=" + big});
  REQUIRE(errors.size() == 1);
  CHECK(errors[0] == "notes=" + std::string(54, 'x') +
                         "…: the value of notes is 70000 bytes, over the limit of 65536 bytes (64 KiB) for one value");
  CHECK(f.advocate.notes.empty());
}

TEST_CASE("a known value typed in another case is written as it is known") {
  Fixture f;
  CHECK(f.set({"industry=HealthCare", "segment=Mid Market", "email=Jane.Doe@Acme.Example"}) == Lines{});
  CHECK(f.advocate.industry.view() == "healthcare");
  CHECK(f.advocate.segment == Segment::mid_market);
  CHECK(f.advocate.email.view() == "jane.doe@acme.example");
  // A value that is not known stays as typed, for its error to name it.
  CHECK(f.set({"industry=Fintech"}) != Lines{});
  AssignmentRules rules;
  rules.values_in_use = [](std::string_view path) {
    return path == "products" ? std::vector<std::string>{"analytics", "data-studio"} : std::vector<std::string>{};
  };
  CHECK(f.set({"products=Analytics, Data Studio, Reporting"}, rules) == Lines{});
  CHECK(f.advocate.products.to_vector() == std::vector<Sym>{Sym("analytics"), Sym("data-studio"), Sym("Reporting")});
}
