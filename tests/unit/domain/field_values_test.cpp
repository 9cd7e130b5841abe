#include "advo/domain/field_values.hpp"

#include <doctest/doctest.h>

#include "../test_records.hpp"

using namespace advo;

// Every default activity type, as an unknown type is told with them.
const std::string kAllTypes =
    "advisory-board, analyst, case-study, early-access, exec-call, gift, logo, press, quote, reference-call, referral, "
    "review, site-visit, social, speaking, thank-you, training, video, webinar";

TEST_CASE("scalars convert to their field types or say why not") {
  Advocate a{};
  const RecordSchema& s = schema_for<Advocate>();
  auto stage = resolve_path(s, "stage");
  REQUIRE(stage);
  CHECK(store_scalar(*stage->def, &a, stage->offset, "active").empty());
  CHECK(a.stage == Stage::active);
  CHECK(store_scalar(*stage->def, &a, stage->offset, "Active") ==
        "unknown stage 'Active' (did you mean 'active'?); known: nominated, qualified, active, paused, alumni, declined");
  auto score = resolve_path(s, "nps.score");
  REQUIRE(score);
  CHECK(store_scalar(*score->def, &a, score->offset, "9").empty());
  CHECK(a.nps.score == 9);
  CHECK(store_scalar(*score->def, &a, score->offset, "11") == "score must be between 0 and 10, not 11");
  CHECK(store_scalar(*score->def, &a, score->offset, "nine") == "score must be a whole number, not 'nine'");
  auto granted = resolve_path(s, "consent.logo.granted");
  REQUIRE(granted);
  CHECK(store_scalar(*granted->def, &a, granted->offset, "2026-05-01").empty());
  CHECK(a.grant(Scope::logo).granted.str() == "2026-05-01");
  CHECK(store_scalar(*granted->def, &a, granted->offset, "May 1") == "invalid date 'May 1' (expected YYYY-MM-DD)");
  auto dnc = resolve_path(s, "do_not_contact");
  CHECK(store_scalar(*dnc->def, &a, dnc->offset, "yes") == "do_not_contact must be true or false, not 'yes'");
  CHECK(store_scalar(*dnc->def, &a, dnc->offset, "true").empty());
  CHECK(a.do_not_contact);
}

TEST_CASE("numbers and their canonical text") {
  Request r{};
  auto amount = resolve_path(schema_for<Request>(), "opportunity.amount");
  REQUIRE(amount);
  CHECK(store_scalar(*amount->def, &r, amount->offset, "250000").empty());
  CHECK(scalar_text(*amount->def, &r, amount->offset) == "250000");
  CHECK(store_scalar(*amount->def, &r, amount->offset, "1234.5").empty());
  CHECK(scalar_text(*amount->def, &r, amount->offset) == "1234.5");
  CHECK_FALSE(store_scalar(*amount->def, &r, amount->offset, "inf").empty());
  CHECK_FALSE(store_scalar(*amount->def, &r, amount->offset, "-5").empty());
  CHECK_FALSE(store_scalar(*amount->def, &r, amount->offset, "0x10").empty());
  // An exponent is written with a point, which YAML 1.1 readers need to see
  // a number, and its sign is read back.
  CHECK(store_scalar(*amount->def, &r, amount->offset, "10000000000000000").empty());
  CHECK(scalar_text(*amount->def, &r, amount->offset) == "1.0e+16");
  CHECK(store_scalar(*amount->def, &r, amount->offset, "1.0e+15").empty());
  CHECK(r.opportunity.amount == 1e15);
  CHECK(store_scalar(*amount->def, &r, amount->offset, "0.00001").empty());
  CHECK(scalar_text(*amount->def, &r, amount->offset) == "1.0e-05");
  CHECK_FALSE(store_scalar(*amount->def, &r, amount->offset, "1e5+").empty());
}

TEST_CASE("formats of countries and e-mails and URLs and vocabularies") {
  CHECK(valid_country("DE"));
  CHECK_FALSE(valid_country("XX"));
  CHECK_FALSE(valid_country("de"));
  CHECK(valid_email("jane@acme.example"));
  CHECK_FALSE(valid_email("jane.acme.example"));
  CHECK_FALSE(valid_email("jane@localhost"));
  CHECK(valid_url("https://example.com/story"));
  CHECK_FALSE(valid_url("javascript:alert(1)"));
  CHECK_FALSE(valid_url("https://exa mple.com"));

  Settings settings;
  settings.types = default_activity_types();
  settings.vocab["industry"] = {"healthcare", "retail"};
  Advocate a = test::record_from<Advocate>(
      "id: x\nname: X\ncompany: Y\nstage: active\ncountry: de\nindustry: helthcare\nactivities: [reference-cal]\n"
      "consent: {logo: {granted: 2026-05-01, expires: 2026-01-01}}\n");
  const auto issues = validate_values(schema_for<Advocate>(), &a, settings);
  REQUIRE(issues.size() == 4);
  CHECK(issues[0].path == "industry");
  CHECK(issues[0].message == "unknown industry 'helthcare' (did you mean 'healthcare'?); known: healthcare, retail");
  CHECK(issues[1].message == "country 'de' must be upper case ('DE')");
  CHECK(issues[2].path == "activities");
  CHECK(issues[2].item == 0);
  CHECK(issues[2].message == "unknown activity type 'reference-cal' (did you mean 'reference-call'?); "
        "known: " + kAllTypes);
  CHECK(issues[3].path == "consent.logo.expires");
}

TEST_CASE("a value typed in another case or with spaces has the spelling of the known values") {
  Settings settings;
  settings.vocab["industry"] = {"healthcare", "financial-services"};
  const FieldDef& industry = *resolve_path(schema_for<Advocate>(), "industry")->def;
  const FieldDef& segment = *resolve_path(schema_for<Advocate>(), "segment")->def;
  const FieldDef& title = *resolve_path(schema_for<Advocate>(), "title")->def;
  CHECK(known_spelling(industry, "Financial Services", settings) == "financial-services");
  CHECK(known_spelling(industry, "FINANCIAL_SERVICES", settings) == "financial-services");
  CHECK(known_spelling(industry, "fintech", settings) == "fintech");
  CHECK(known_spelling(segment, "Mid Market", settings) == "mid-market");
  CHECK(known_spelling(segment, "SMB", settings) == "smb");
  CHECK(known_spelling(title, "Vice President", settings) == "Vice President");  // no list of values
  CHECK(spelling_among({"Data Studio", "analytics"}, "data-studio") == "Data Studio");
  CHECK(spelling_among({"Data Studio", "analytics"}, "Analytics") == "analytics");
}
