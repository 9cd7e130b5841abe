// advo today's items on the report fixture, on 2026-11-16. The working is
// in the comments.
#include "advo/domain/today_view.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include "../report_fixture.hpp"
#include "../test_records.hpp"

using namespace advo;
using test::day;

namespace {

// The action in words a test can compare: its kind and the values it needs.
std::string action_words(const TodayAction& a) {
  std::string kind;
  switch (a.kind) {
    case TodayActionKind::match_request: kind = "match-request"; break;
    case TodayActionKind::log_engagement: kind = "log-engagement"; break;
    case TodayActionKind::close_request: kind = "close-request"; break;
    case TodayActionKind::engagement_done: kind = "engagement-done"; break;
    case TodayActionKind::engagement_cancel: kind = "engagement-cancel"; break;
    case TodayActionKind::show_rest: kind = "show-rest"; break;
    case TodayActionKind::qualify_nomination: kind = "qualify-nomination"; break;
    case TodayActionKind::verify_profile: kind = "verify-profile"; break;
    case TodayActionKind::edit_advocate: kind = "edit-advocate"; break;
    case TodayActionKind::renew_story_approval: kind = "renew-story-approval"; break;
    case TodayActionKind::retire_story: kind = "retire-story"; break;
  }
  std::string words = kind + " " + a.id;
  if (!a.advocate.empty()) words += " advocate=" + a.advocate;
  if (!a.type.empty()) words += " type=" + a.type;
  return words;
}

}  // namespace

TEST_CASE("the morning view lists what needs doing with the action for each") {
  const std::vector<TodayItem> items = morning_view(test::report_fixture(), day("2026-11-16"));
  std::vector<std::string> lines;
  for (const TodayItem& i : items)
    lines.push_back(std::string(to_string(i.kind)) + " " + i.id + " " + i.date.str() + " | " + i.message + " | " +
                    action_words(i.action));
  CHECK(lines == std::vector<std::string>{
                     // iris was needed by 11-12: 4 days overdue, still open: match it.
                     "request-overdue 2026-11-10-iris-ag-reference-call 2026-11-12 | open reference-call request for "
                     "Iris AG, needed by 2026-11-12 (4 days overdue) | match-request 2026-11-10-iris-ag-reference-call",
                     // echo (open) by 11-18 and jade (matched with jo) by 11-19: within 72 hours.
                     "request-due 2026-09-15-echo-ltd-reference-call 2026-11-18 | open reference-call request for Echo "
                     "Ltd, needed by 2026-11-18 (due in 2 days) | match-request 2026-09-15-echo-ltd-reference-call",
                     "request-due 2026-11-12-jade-llc-reference-call 2026-11-19 | matched reference-call request for "
                     "Jade LLC, needed by 2026-11-19 (due in 3 days) | log-engagement "
                     "2026-11-12-jade-llc-reference-call advocate=jo-judd-kappa type=reference-call",
                     // Next the published story whose approval has ended.
                     "story-expired gamma-retail-video 2026-09-01 | published video expired 2026-09-01 (76 days ago); "
                     "renew the approval or retire it | retire-story gamma-retail-video",
                     // Then what is coming: ivy's quote consent ends 12-01; ada's and gus's have already ended.
                     "consent-expiring ivy-irwin-iota 2026-12-01 | quote consent expires 2026-12-01 (in 15 days) | "
                     "edit-advocate ivy-irwin-iota",
                     "story-expiring iota-webinar 2026-12-10 | published webinar expires 2026-12-10 (in 24 days) | "
                     "renew-story-approval iota-webinar",
                     // dee: 09-20 to 11-16 is 10 + 31 + 16 = 57 days.
                     "nomination-aging dee-dunn-delta 2026-09-20 | nominated on 2026-09-20, untriaged for 57 days | "
                     "qualify-nomination dee-dunn-delta",
                     // ivy's quote of 08-20 rests quotes 90 days: until 11-18.
                     "off-rest ivy-irwin-iota 2026-11-18 | free again for quote on 2026-11-18 | show-rest ivy-irwin-iota",
                     // cy never verified; bo verified 03-01, 260 days ago. hal (06-01) is 168 days: fresh.
                     "profile-stale cy-cole-gamma  | profile never verified | verify-profile cy-cole-gamma",
                     "profile-stale bo-berg-beta 2026-03-01 | profile last verified 2026-03-01 (260 days ago) | "
                     "verify-profile bo-berg-beta",
                 });
}

TEST_CASE("the morning view of a quiet day is empty") {
  Program p;
  p.build_indexes();
  CHECK(morning_view(p, day("2026-11-16")).empty());
}

TEST_CASE("an engagement still scheduled after its day is listed with done or else cancel") {
  Program p;
  p.engagements.push_back(test::record_from<Engagement>(
      "id: 2026-11-14-ada-reference-call\ndate: 2026-11-14\nadvocate: ada\ntype: reference-call\noutcome: scheduled\n"));
  p.engagements.push_back(test::record_from<Engagement>(
      "id: 2026-11-16-bo-webinar\ndate: 2026-11-16\nadvocate: bo\ntype: webinar\noutcome: scheduled\n"));
  p.engagements.push_back(test::record_from<Engagement>(
      "id: 2026-11-10-cy-quote\ndate: 2026-11-10\nadvocate: cy\ntype: quote\noutcome: completed\n"));
  p.build_indexes();
  const std::vector<TodayItem> items = morning_view(p, day("2026-11-16"));
  // bo's webinar is today and cy's quote was recorded: only ada's call.
  REQUIRE(items.size() == 1);
  CHECK(items[0].kind == TodayKind::engagement_unrecorded);
  CHECK(items[0].id == "2026-11-14-ada-reference-call");
  CHECK(items[0].message == "reference-call with ada still scheduled for 2026-11-14 (2 days ago)");
  CHECK(action_words(items[0].action) == "engagement-done 2026-11-14-ada-reference-call");
  REQUIRE(items[0].otherwise);
  CHECK(action_words(*items[0].otherwise) == "engagement-cancel 2026-11-14-ada-reference-call");
}

TEST_CASE("an engagement still scheduled names its advocate as people know them") {
  Program p;
  p.advocates.push_back(test::record_from<Advocate>("id: ada\nname: Ada Ames\ncompany: Alpha\nstage: active\nverified_on: 2026-11-01\n"));
  p.engagements.push_back(test::record_from<Engagement>(
      "id: 2026-11-14-ada-reference-call\ndate: 2026-11-14\nadvocate: ada\ntype: reference-call\noutcome: scheduled\n"));
  p.build_indexes();
  const std::vector<TodayItem> items = morning_view(p, day("2026-11-16"));
  REQUIRE(items.size() == 1);
  CHECK(items[0].message == "reference-call with Ada Ames still scheduled for 2026-11-14 (2 days ago)");
  // The action keeps the id: the command must work.
  CHECK(action_words(items[0].action) == "engagement-done 2026-11-14-ada-reference-call");
}

TEST_CASE("open requests nobody is matched to are listed after the due ones with the match action") {
  Program p;
  auto request = [&](const char* id, const char* status, const char* needed_by, const char* advocates = "") {
    std::string yaml =
        fmt::format("id: {}\ntype: reference-call\nstatus: {}\nrequested_by: kim\nrequested_on: 2026-11-01\n", id, status);
    if (*needed_by != '\0') yaml += fmt::format("needed_by: {}\n", needed_by);
    if (*advocates != '\0') yaml += fmt::format("advocates: [{}]\n", advocates);
    p.requests.push_back(test::record_from<Request>(yaml));
  };
  request("r-later", "open", "2026-12-20");
  request("r-no-day", "open", "");
  request("r-soon", "open", "2026-11-18");
  request("r-sooner-later", "open", "2026-11-30");
  request("r-matched", "matched", "2026-12-01", "ada");
  request("r-closed", "fulfilled", "2026-12-01");
  p.build_indexes();
  auto listed = [&] {
    std::vector<std::string> out;
    for (const TodayItem& i : morning_view(p, day("2026-11-16")))
      out.push_back(std::string(to_string(i.kind)) + " " + i.id + " | " + i.message + " | " + action_words(i.action));
    return out;
  };
  // r-soon is due (within 3 days) and listed once; the soonest needed
  // first, the one without a day last.
  CHECK(listed() == std::vector<std::string>{
                        "request-due r-soon | open reference-call request, needed by 2026-11-18 (due in 2 days) | "
                        "match-request r-soon",
                        "request-unmatched r-sooner-later | reference-call request not matched yet, needed by "
                        "2026-11-30 (in 14 days) | match-request r-sooner-later",
                        "request-unmatched r-later | reference-call request not matched yet, needed by 2026-12-20 (in "
                        "34 days) | match-request r-later",
                        "request-unmatched r-no-day | reference-call request not matched yet, no needed_by day | "
                        "match-request r-no-day",
                    });
  // [today] due_within_days = 0: r-soon is no longer due, only unmatched.
  p.settings.today.due_within_days = 0;
  const std::vector<std::string> narrow = listed();
  REQUIRE(narrow.size() == 4);
  CHECK(narrow[0].rfind("request-unmatched r-soon |", 0) == 0);
}
