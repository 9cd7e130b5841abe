#include <doctest/doctest.h>

#include "../test_records.hpp"
#include "advo/domain/check.hpp"

using namespace advo;

namespace {

Program with(const char* advocate, std::initializer_list<const char*> engagements) {
  Program p;
  p.settings.types = default_activity_types();
  p.advocates.push_back(test::record_from<Advocate>(advocate));
  uint32_t item = 0;
  for (const char* line : engagements) {
    p.engagements.push_back(test::record_from<Engagement>(line));
    p.engagements.back().origin.item = item++;
  }
  p.build_indexes();
  return p;
}

const char* kJane =
    "id: jane\nname: Jane\ncompany: Acme\nstage: active\nactivities: [reference-call, webinar, quote]\n"
    "consent: {quote: {granted: 2026-01-01, expires: 2026-06-30}}\n"
    "unavailable: [{from: 2026-08-01, to: 2026-08-10}]\n";

std::vector<std::string> messages(const Findings& findings) {
  std::vector<std::string> out;
  for (const Finding& f : findings) out.push_back(f.code + " " + std::to_string(f.origin.item) + ": " + f.message);
  return out;
}

Findings rules(const Program& p) {
  Findings out;
  check_rest_rules(p, *Date::parse("2026-11-20"), out);
  return out;
}

Findings fatigue(const Program& p) {
  Findings out;
  check_fatigue(p, *Date::parse("2026-11-20"), out);
  return out;
}

}  // namespace

TEST_CASE("an ask is judged against the asks before it") {
  const Program p = with(kJane, {
      "id: a\ndate: 2026-03-01\nadvocate: jane\ntype: reference-call\noutcome: completed\n",
      "id: b\ndate: 2026-03-10\nadvocate: jane\ntype: webinar\noutcome: completed\n",         // min-gap
      "id: c\ndate: 2026-04-20\nadvocate: jane\ntype: reference-call\noutcome: completed\n",  // resting
  });
  CHECK(messages(rules(p)) ==
        std::vector<std::string>{
            "rest-rule 1: ask breaks the rule of rest 'min-gap' without an override: asked 2026-03-01 "
            "(reference-call); 14 days between asks",
            "rest-rule 2: ask breaks the rule of rest 'resting' without an override: resting after the "
            "reference-call of 2026-03-01 (60 days)",
            "rest-rule 2: ask breaks the rule of rest 'cap-quarter' without an override: 2 asks in the last 90 days "
            "(cap 2)"});
}

TEST_CASE("two asks on one day: the later id breaks the min-gap") {
  const Program p = with(kJane, {
      "id: x-2\ndate: 2026-03-01\nadvocate: jane\ntype: webinar\noutcome: completed\n",
      "id: x\ndate: 2026-03-01\nadvocate: jane\ntype: reference-call\noutcome: completed\n",
  });
  const Findings f = rules(p);
  REQUIRE(f.size() == 1);
  CHECK(f[0].origin.item == 0);  // "x-2" sorts after "x"
  CHECK(f[0].message.find("'min-gap'") != std::string::npos);
}

TEST_CASE("an override or a cancelled ask or a give is never an error") {
  const Program p = with(kJane, {
      "id: a\ndate: 2026-03-01\nadvocate: jane\ntype: reference-call\noutcome: completed\n",
      "id: b\ndate: 2026-03-02\nadvocate: jane\ntype: webinar\noutcome: completed\noverride: asked by the CEO\n",
      "id: c\ndate: 2026-03-03\nadvocate: jane\ntype: webinar\noutcome: cancelled\n",
      "id: d\ndate: 2026-03-04\nadvocate: jane\ntype: gift\noutcome: completed\n",
  });
  CHECK(rules(p).empty());
}

TEST_CASE("blackouts and consent dates are judged but the state of today is not") {
  const Program p = with(
      "id: jane\nname: Jane\ncompany: Acme\nstage: paused\ndo_not_contact: true\nactivities: [quote]\n"
      "consent: {quote: {granted: 2026-01-01, expires: 2026-06-30}}\n"
      "unavailable: [{from: 2026-08-01, to: 2026-08-10}]\n",
      {
          "id: a\ndate: 2025-12-31\nadvocate: jane\ntype: quote\noutcome: completed\n",           // before the grant
          "id: b\ndate: 2026-04-01\nadvocate: jane\ntype: quote\noutcome: completed\n",           // fine then
          "id: c\ndate: 2026-07-01\nadvocate: jane\ntype: quote\noutcome: completed\n",           // expired
          "id: d\ndate: 2026-08-05\nadvocate: jane\ntype: reference-call\noutcome: completed\n",  // blackout
      });
  std::vector<std::string> codes;
  for (const Finding& f : rules(p)) {
    const size_t open = f.message.find('\'');
    codes.push_back(std::to_string(f.origin.item) + " " +
                    f.message.substr(open + 1, f.message.find('\'', open + 1) - open - 1));
  }
  CHECK(codes == std::vector<std::string>{"0 no-consent", "2 no-consent", "3 blackout"});
}

TEST_CASE("an ask of a scope with no grant on file is not judged") {
  const Program p = with("id: jane\nname: Jane\ncompany: Acme\nstage: active\nactivities: [quote]\n",
                         {"id: a\ndate: 2026-03-01\nadvocate: jane\ntype: quote\noutcome: completed\n"});
  CHECK(rules(p).empty());
}

TEST_CASE("fatigue: five asks in 120 days warn once at the latest such ask") {
  const char* jane = "id: jane\nname: Jane\ncompany: Acme\nstage: active\nlimits: {max_per_quarter: 9}\n";
  // The 120 days to 2026-05-01 are (2026-01-01, 2026-05-01]: a to e, five
  // asks. The 120 days to 2026-05-02 start after 2026-01-02: b to f, five
  // again, and the latest; g is alone in its window.
  const Program p = with(jane, {
      "id: a\ndate: 2026-01-02\nadvocate: jane\ntype: webinar\noutcome: completed\n",
      "id: b\ndate: 2026-02-01\nadvocate: jane\ntype: quote\noutcome: completed\n",
      "id: c\ndate: 2026-03-01\nadvocate: jane\ntype: review\noutcome: no-show\n",
      "id: d\ndate: 2026-04-01\nadvocate: jane\ntype: social\noutcome: completed\n",
      "id: e\ndate: 2026-05-01\nadvocate: jane\ntype: referral\noutcome: completed\n",
      "id: f\ndate: 2026-05-02\nadvocate: jane\ntype: analyst\noutcome: completed\n",
      "id: g\ndate: 2026-09-01\nadvocate: jane\ntype: analyst\noutcome: completed\n",
  });
  const Findings f = fatigue(p);
  REQUIRE(f.size() == 1);
  CHECK(f[0].severity == Severity::warning);
  CHECK(f[0].path == "advocate");
  CHECK(f[0].origin.item == 5);
  CHECK(f[0].message ==
        "jane has 5 asks in the 120 days to 2026-05-02 (the first on 2026-02-01); 5 or more is a sign of fatigue");
}

TEST_CASE("fatigue: the window is 120 days and cancelled asks and gives do not count") {
  const char* jane = "id: jane\nname: Jane\ncompany: Acme\nstage: active\n";
  const Program p = with(jane, {
      "id: a\ndate: 2026-01-01\nadvocate: jane\ntype: webinar\noutcome: completed\n",  // 120 days before e
      "id: b\ndate: 2026-02-01\nadvocate: jane\ntype: quote\noutcome: completed\n",
      "id: c\ndate: 2026-03-01\nadvocate: jane\ntype: review\noutcome: cancelled\n",
      "id: c2\ndate: 2026-03-02\nadvocate: jane\ntype: gift\noutcome: completed\n",
      "id: d\ndate: 2026-04-01\nadvocate: jane\ntype: social\noutcome: completed\n",
      "id: d2\ndate: 2026-04-15\nadvocate: jane\ntype: analyst\noutcome: completed\n",
      "id: e\ndate: 2026-05-01\nadvocate: jane\ntype: referral\noutcome: completed\n",
  });
  CHECK(fatigue(p).empty());
}
