#include "advo/domain/story_usability.hpp"

#include <doctest/doctest.h>

#include "../test_records.hpp"

using namespace advo;

namespace {

// Featured people: active with consents (one quote grant ending
// 2026-06-30), alumni since 2026-09-01, declined with no stage_on, and
// active without any consent.
struct Fixture {
  Program program;

  Fixture() {
    auto advocate = [&](const std::string& yaml) { program.advocates.push_back(test::record_from<Advocate>(yaml)); };
    advocate("id: ana\nname: A\ncompany: C\nstage: active\n"
             "consent: {case-study: {granted: 2025-01-01}, quote: {granted: 2025-01-01, expires: 2026-06-30}}\n");
    advocate("id: ben\nname: B\ncompany: C\nstage: alumni\nstage_on: 2026-09-01\n"
             "consent: {case-study: {granted: 2025-01-01}}\n");
    advocate("id: dev\nname: D\ncompany: C\nstage: declined\n");
    advocate("id: eva\nname: E\ncompany: C\nstage: active\n");
    program.build_indexes();
  }

  static Story story(const std::string& yaml) { return test::record_from<Story>("id: s\ntitle: S\n" + yaml); }

  std::vector<std::string> reasons(const std::string& yaml, const char* day) const {
    std::vector<std::string> out;
    for (const StoryReason& r : story_unusable_reasons(program, story(yaml), *Date::parse(day)))
      out.push_back(std::string(to_string(r.code)) + ": " + r.message);
    return out;
  }
};

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("the consent a featured advocate needs follows the story's kind") {
  CHECK(consent_scope_for(StoryKind::case_study) == Scope::case_study);
  CHECK(consent_scope_for(StoryKind::video) == Scope::video);
  CHECK(consent_scope_for(StoryKind::quote) == Scope::quote);
  CHECK(consent_scope_for(StoryKind::press_release) == Scope::press);
  CHECK_FALSE(consent_scope_for(StoryKind::blog));
  CHECK_FALSE(consent_scope_for(StoryKind::webinar));
  CHECK_FALSE(consent_scope_for(StoryKind::review));
}

TEST_CASE("an approved or published story within its approval is usable") {
  Fixture f;
  const std::string body = "kind: case-study\nadvocates: [ana]\napprovals: [{date: 2026-01-15, expires: 2029-01-14}]\n";
  CHECK(f.reasons("status: published\n" + body, "2026-11-16").empty());
  CHECK(f.reasons("status: approved\n" + body, "2026-11-16").empty());
  // The approval holds on approved_on and on expires_on themselves.
  CHECK(f.reasons("status: approved\n" + body, "2026-01-15").empty());
  CHECK(f.reasons("status: approved\n" + body, "2029-01-14").empty());
  CHECK(story_usable(f.program, Fixture::story("status: approved\n" + body), *Date::parse("2026-11-16")));
}

TEST_CASE("a story that is not approved or published is not usable") {
  Fixture f;
  CHECK(f.reasons("kind: blog\nstatus: draft\n", "2026-11-16") == Lines{"not-approved: draft, not approved"});
  CHECK(f.reasons("kind: blog\nstatus: in-review\n", "2026-11-16") == Lines{"not-approved: in-review, not approved"});
  CHECK(f.reasons("kind: blog\nstatus: retired\napprovals: [{date: 2026-01-01}]\n", "2026-11-16") == Lines{"retired: retired"});
  // A retired story keeps the dates of its approval, or shows it had none.
  CHECK(f.reasons("kind: blog\nstatus: retired\n", "2026-11-16") ==
        Lines{"retired: retired", "no-approval-date: retired with no approved_on"});
}

TEST_CASE("the approval must have been given by the day and not have ended") {
  Fixture f;
  CHECK(f.reasons("kind: blog\nstatus: published\n", "2026-11-16") ==
        Lines{"no-approval-date: published with no approved_on"});
  CHECK(f.reasons("kind: blog\nstatus: approved\napprovals: [{date: 2026-12-01}]\n", "2026-11-16") ==
        Lines{"not-yet-approved: approved only on 2026-12-01"});
  // expires_on 2026-10-31 is the last day it holds: expired from 2026-11-01.
  const std::string ended = "kind: blog\nstatus: published\napprovals: [{date: 2024-01-10, expires: 2026-10-31}]\n";
  CHECK(f.reasons(ended, "2026-10-31").empty());
  CHECK(f.reasons(ended, "2026-11-01") == Lines{"expired: approval expired 2026-10-31"});
}

TEST_CASE("featured advocates who left make a story unusable from the day they left") {
  Fixture f;
  const std::string body = "kind: blog\nstatus: published\napprovals: [{date: 2025-01-01}]\nadvocates: [ben, dev]\n";
  // Ben is alumni since 2026-09-01; Dev declined with no date, so always.
  CHECK(f.reasons(body, "2026-08-31") == Lines{"advocate-gone: features dev, who is declined"});
  CHECK(f.reasons(body, "2026-09-01") ==
        Lines{"advocate-gone: features ben, alumni since 2026-09-01", "advocate-gone: features dev, who is declined"});
}

TEST_CASE("each featured advocate needs a consent of the story's kind covering the day") {
  Fixture f;
  const std::string quote = "kind: quote\nstatus: approved\napprovals: [{date: 2025-02-01}]\nadvocates: [ana, eva]\n";
  CHECK(f.reasons(quote, "2026-06-30") == Lines{"no-consent: eva has given no quote consent"});
  CHECK(f.reasons(quote, "2026-07-01") ==
        Lines{"no-consent: ana's quote consent expired 2026-06-30", "no-consent: eva has given no quote consent"});
  CHECK(f.reasons(quote, "2024-12-31") ==
        Lines{"not-yet-approved: approved only on 2025-02-01", "no-consent: ana's quote consent only from 2025-01-01",
              "no-consent: eva has given no quote consent"});
  // A blog needs no consent.
  CHECK(f.reasons("kind: blog\nstatus: approved\napprovals: [{date: 2025-02-01}]\nadvocates: [eva]\n", "2026-07-01").empty());
}

TEST_CASE("a featured advocate without a record makes the story unusable") {
  Fixture f;
  CHECK(f.reasons("kind: blog\nstatus: approved\napprovals: [{date: 2025-02-01}]\nadvocates: [zoe]\n", "2026-07-01") ==
        Lines{"unknown-advocate: features 'zoe', who has no record"});
}

TEST_CASE("expired and expiring look at expires_on only") {
  Settings settings;  // expiry_warn_days 30
  const Story s = Fixture::story("kind: blog\nstatus: retired\napprovals: [{expires: 2026-12-16}]\n");
  const Date day = *Date::parse("2026-11-16");
  CHECK(story_expiring(s, settings, day));            // 30 days left
  CHECK_FALSE(story_expiring(s, settings, day - 1));  // 31 days left
  CHECK_FALSE(story_expired(s, day));
  CHECK(story_expiring(s, settings, *Date::parse("2026-12-16")));  // the last day
  CHECK_FALSE(story_expiring(s, settings, *Date::parse("2026-12-17")));
  CHECK(story_expired(s, *Date::parse("2026-12-17")));
  const Story open = Fixture::story("kind: blog\nstatus: published\n");
  CHECK_FALSE(story_expiring(open, settings, day));
  CHECK_FALSE(story_expired(open, day));
}
