#include <doctest/doctest.h>
#include <fmt/format.h>

#include "../test_records.hpp"
#include "advo/domain/check.hpp"

using namespace advo;

namespace {

struct Fixture {
  Program program;
  Date today = *Date::parse("2026-11-16");

  Fixture() {
    auto advocate = [&](const std::string& yaml) { program.advocates.push_back(test::record_from<Advocate>(yaml)); };
    advocate("id: ana\nname: A\ncompany: C\nstage: active\nconsent: {quote: {granted: 2025-01-01, expires: 2026-06-30}}\n");
    advocate("id: ben\nname: B\ncompany: C\nstage: alumni\nstage_on: 2026-09-01\n");
    advocate("id: dev\nname: D\ncompany: C\nstage: declined\n");
    advocate("id: eva\nname: E\ncompany: C\nstage: active\n");
    auto story = [&](const std::string& yaml) { program.stories.push_back(test::record_from<Story>(yaml)); };
    story("id: ended\ntitle: T\nkind: blog\nstatus: published\napprovals: [{date: 2024-01-01, expires: 2026-10-31}]\n");
    story("id: ending\ntitle: T\nkind: blog\nstatus: approved\napprovals: [{date: 2024-01-01, expires: 2026-12-16}]\n");
    story("id: later\ntitle: T\nkind: blog\nstatus: published\napprovals: [{date: 2024-01-01, expires: 2026-12-17}]\n");
    story("id: left\ntitle: T\nkind: case-study\nstatus: published\napprovals: [{date: 2024-01-01}]\nadvocates: [ben, dev]\n");
    story("id: quoted\ntitle: T\nkind: quote\nstatus: approved\napprovals: [{date: 2024-01-01}]\nadvocates: [ana, eva]\n");
    story("id: old\ntitle: T\nkind: blog\nstatus: retired\napprovals: [{date: 2024-01-01, expires: 2026-01-01}]\n");
    story("id: draft\ntitle: T\nkind: blog\nstatus: draft\n");
    story("id: dropped\ntitle: T\nkind: blog\nstatus: retired\n");
    story("id: undated\ntitle: T\nkind: blog\nstatus: approved\n");
  }

  void request(const std::string& status, const std::string& stories, const std::string& extra = "") {
    program.requests.push_back(test::record_from<Request>(
        "id: r" + std::to_string(program.requests.size()) + "\ntype: reference-call\nstatus: " + status +
        "\nrequested_by: s\nrequested_on: 2026-08-01\nstories: [" + stories + "]\n" + extra));
  }

  std::vector<std::string> run(void (*check)(const Program&, Date, Findings&)) {
    program.build_indexes();
    Findings out;
    check(program, today, out);
    std::vector<std::string> lines;
    for (const Finding& f : out)
      lines.push_back(fmt::format("{} {}{} {}: {}", f.severity == Severity::error ? "error" : "warning", f.path,
                                  f.item >= 0 ? fmt::format("[{}]", f.item) : "", f.code, f.message));
    return lines;
  }
};

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("story rules: approval date and expiry of published stories") {
  Fixture f;
  CHECK(f.run(check_story_rules) ==
        Lines{"error approvals[0] story-expired: published story whose approval expired 2026-10-31: renew the approval "
              "or retire the story",
              "error status approval-date: a story that is approved needs approved_on, the day the customer signed it "
              "off"});
}

TEST_CASE("approved or published stories expiring within the warning days") {
  Fixture f;
  // ending: 2026-12-16 is 30 days after 2026-11-16; later (31 days) and the
  // retired one are not warned of.
  CHECK(f.run(check_story_expiry) ==
        Lines{"warning approvals[0] story-expiring: approval of this approved story expires 2026-12-16 (in 30 days), "
              "within the 30 days of staleness.expiry_warn_days"});
}

TEST_CASE("published stories featuring advocates who left") {
  Fixture f;
  // left features ben, alumni since 2026-09-01, and dev, declined; neither
  // gave a case-study consent, which check leaves to usable:false.
  CHECK(f.run(check_story_advocates) ==
        Lines{"warning advocates[0] story-advocate-gone: published story, not usable today: features ben, alumni "
              "since 2026-09-01",
              "warning advocates[1] story-advocate-gone: published story, not usable today: features dev, who is "
              "declined"});
}

TEST_CASE("open requests are judged today on every reason") {
  Fixture f;
  f.request("open", "ended, left, later");
  CHECK(f.run(check_story_uses) ==
        Lines{"error stories[0] unusable-story: uses story 'ended' on 2026-11-16 (today, the request being open), "
              "when the story is not usable: approval expired 2026-10-31",
              "error stories[1] unusable-story: uses story 'left' on 2026-11-16 (today, the request being open), when "
              "the story is not usable: features ben, alumni since 2026-09-01; ben has given no case-study consent; "
              "features dev, who is declined; dev has given no case-study consent"});
}

TEST_CASE("past uses are judged only on what the files date") {
  Fixture f;
  // 2026-09-05: ben left on 2026-09-01 (dated); dev's decline has no date
  // and neither has a case-study grant on file, so only ben's leaving
  // counts.
  f.request("fulfilled", "left", "fulfilled_on: 2026-09-05\n");
  // 2026-07-01: ana's quote grant on file ended 2026-06-30; eva has none.
  f.request("fulfilled", "quoted", "fulfilled_on: 2026-07-01\n");
  // Retired since an unknown day: a use is judged by its approval dates
  // only (old's had ended, dropped never had any); a draft was never
  // approved.
  f.request("cancelled", "old, draft, dropped");
  f.request("fulfilled", "old", "fulfilled_on: 2025-12-31\n");
  CHECK(f.run(check_story_uses) ==
        Lines{"error stories[0] unusable-story: uses story 'left' on 2026-09-05 (its fulfilled_on), when the story is "
              "not usable: features ben, alumni since 2026-09-01",
              "error stories[0] unusable-story: uses story 'quoted' on 2026-07-01 (its fulfilled_on), when the story "
              "is not usable: ana's quote consent expired 2026-06-30",
              "error stories[0] unusable-story: uses story 'old' on 2026-08-01 (its requested_on), when the story is "
              "not usable: approval expired 2026-01-01",
              "error stories[1] unusable-story: uses story 'draft' on 2026-08-01 (its requested_on), when the story is "
              "not usable: draft, not approved",
              "error stories[2] unusable-story: uses story 'dropped' on 2026-08-01 (its requested_on), when the story "
              "is not usable: retired with no approved_on"});
}

TEST_CASE("engagements are judged on their date unless they used nothing") {
  Fixture f;
  auto engagement = [&](const std::string& yaml) {
    f.program.engagements.push_back(test::record_from<Engagement>(yaml));
  };
  engagement("id: e1\ndate: 2026-11-02\nadvocate: eva\ntype: reference-call\noutcome: completed\nstory: ended\n");
  engagement("id: e2\ndate: 2026-11-03\nadvocate: eva\ntype: reference-call\noutcome: cancelled\nstory: ended\n");
  engagement("id: e3\ndate: 2026-12-20\nadvocate: eva\ntype: reference-call\noutcome: scheduled\nstory: later\n");
  engagement("id: e4\ndate: 2026-03-01\nadvocate: ben\ntype: case-study\noutcome: completed\nstory: left\n");
  CHECK(f.run(check_story_uses) ==
        Lines{"error story unusable-story: uses story 'ended' on 2026-11-02 (the engagement's date), when the story "
              "is not usable: approval expired 2026-10-31",
              "error story unusable-story: uses story 'later' on 2026-12-20 (the engagement's date), when the story is "
              "not usable: approval expired 2026-12-17"});
}
