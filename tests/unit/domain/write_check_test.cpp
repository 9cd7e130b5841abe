#include <doctest/doctest.h>

#include "../test_records.hpp"
#include "advo/domain/write_check.hpp"

using namespace advo;

namespace {

const char* kChloe =
    "id: chloe\nname: Chloe\ncompany: Maison\nstage: active\nactivities: [speaking, reference-call]\n"
    "email: chloe@maison.example\n";
const char* kBob = "id: bob\nname: Bob\ncompany: Beta\nstage: active\nactivities: [speaking]\n";
const char* kSpeaking = "id: s1\ndate: 2026-11-29\nadvocate: chloe\ntype: speaking\noutcome: scheduled\n";

// A program as loaded: the advocates each in their file, the engagements in
// month files.
Program loaded(std::initializer_list<const char*> advocates, std::initializer_list<const char*> engagements) {
  Program p;
  p.settings.types = default_activity_types();
  p.files.push_back("advo.toml");
  for (const char* yaml : advocates) {
    Advocate a = test::record_from<Advocate>(yaml);
    a.origin.file = static_cast<uint32_t>(p.files.size());
    p.files.push_back("advocates/" + std::string(a.id.view()) + ".yaml");
    p.advocates.push_back(a);
  }
  uint32_t item = 0;
  for (const char* yaml : engagements) {
    Engagement e = test::record_from<Engagement>(yaml);
    const std::string file = "engagements/" + e.date.month_key() + ".yaml";
    auto it = std::find(p.files.begin(), p.files.end(), file);
    if (it == p.files.end()) it = p.files.insert(p.files.end(), file);
    e.origin.file = static_cast<uint32_t>(it - p.files.begin());
    e.origin.item = item++;
    p.engagements.push_back(e);
  }
  p.build_indexes();
  return p;
}

FileAfterWrite advocate_file(const char* yaml) {
  FileAfterWrite f;
  f.advocates.push_back(test::record_from<Advocate>(yaml));
  f.relative = "advocates/" + std::string(f.advocates[0].id.view()) + ".yaml";
  return f;
}

std::vector<std::string> codes(const std::vector<AddedError>& errors) {
  std::vector<std::string> out;
  for (const AddedError& e : errors) out.push_back(std::string(e.id.view()) + " " + e.code);
  return out;
}

const Date kToday = *Date::parse("2026-11-16");

}  // namespace

TEST_CASE("a blackout over a scheduled ask adds an error on that ask") {
  const Program p = loaded({kChloe, kBob}, {kSpeaking});
  const std::string blackout =
      std::string(kChloe) + "unavailable: [{from: 2026-11-20, to: 2026-12-05, reason: leave}]\n";
  const std::vector<AddedError> added = errors_added(p, {advocate_file(blackout.c_str())}, kToday);
  REQUIRE(codes(added) == std::vector<std::string>{"s1 rest-rule"});
  CHECK(added[0].kind == RecordKind::engagement);
  CHECK(added[0].file == "engagements/2026-11.yaml");
  REQUIRE(added[0].engagement.has_value());
  CHECK(added[0].engagement->type.view() == "speaking");
}

TEST_CASE("a blackout that misses every ask adds nothing") {
  const Program p = loaded({kChloe, kBob}, {kSpeaking});
  const std::string blackout = std::string(kChloe) + "unavailable: [{from: 2026-12-01, to: 2026-12-05}]\n";
  CHECK(errors_added(p, {advocate_file(blackout.c_str())}, kToday).empty());
}

TEST_CASE("an error already there before the write does not count as added") {
  // The speaking already falls in a blackout; the write changes only the title.
  const std::string with_blackout =
      std::string(kChloe) + "unavailable: [{from: 2026-11-20, to: 2026-12-05}]\n";
  const Program p = loaded({with_blackout.c_str(), kBob}, {kSpeaking});
  const std::string retitled = with_blackout + "title: CTO\n";
  CHECK(errors_added(p, {advocate_file(retitled.c_str())}, kToday).empty());
  // A second ask inside the blackout is new errors (the blackout, and the
  // rest after the first ask), though the first one's stays as it was.
  FileAfterWrite month;
  month.relative = "engagements/2026-11.yaml";
  month.engagements.push_back(test::record_from<Engagement>(kSpeaking));
  month.engagements.push_back(
      test::record_from<Engagement>("id: s2\ndate: 2026-11-30\nadvocate: chloe\ntype: reference-call\n"
                                    "outcome: scheduled\n"));
  const std::vector<AddedError> added = errors_added(p, {month}, kToday);
  CHECK(codes(added) == std::vector<std::string>{"s2 rest-rule", "s2 rest-rule"});
  REQUIRE(added.size() == 2);
  CHECK(added[0].message.find("'blackout'") != std::string::npos);
  CHECK(added[1].message.find("'min-gap'") != std::string::npos);
}

TEST_CASE("an override on the ask answers its rule of rest") {
  const Program p = loaded({kChloe, kBob}, {kSpeaking});
  const std::string blackout = std::string(kChloe) + "unavailable: [{from: 2026-11-20, to: 2026-12-05}]\n";
  FileAfterWrite month;
  month.relative = "engagements/2026-11.yaml";
  month.engagements.push_back(test::record_from<Engagement>(std::string(kSpeaking) + "override: agreed\n"));
  CHECK(errors_added(p, {advocate_file(blackout.c_str()), month}, kToday).empty());
}

TEST_CASE("an e-mail taken by another advocate is an added error") {
  const Program p = loaded({kChloe, kBob}, {});
  const std::string bob = std::string(kBob) + "email: CHLOE@maison.example\n";
  CHECK(codes(errors_added(p, {advocate_file(bob.c_str())}, kToday)) ==
        std::vector<std::string>{"chloe duplicate-email"});
}

TEST_CASE("removing an advocate adds the references left dangling") {
  const Program p = loaded({kChloe, kBob}, {kSpeaking});
  FileAfterWrite removed;
  removed.relative = "advocates/chloe.yaml";
  removed.removed = true;
  CHECK(codes(errors_added(p, {removed}, kToday)) == std::vector<std::string>{"s1 dangling-ref"});
}

TEST_CASE("a story's approval rewritten after a request used it adds an error on the request") {
  Program p = loaded({kChloe, kBob}, {});
  const char* story =
      "id: st\ntitle: T\nkind: blog\nstatus: published\nadvocates: [chloe]\napprovals: [{date: 2026-01-01, expires: 2030-01-01}]\n";
  p.stories.push_back(test::record_from<Story>(story));
  p.stories.back().origin.file = static_cast<uint32_t>(p.files.size());
  p.files.push_back("stories/st.yaml");
  p.requests.push_back(test::record_from<Request>(
      "id: r1\ntype: reference-call\nstatus: fulfilled\nrequested_by: kate\nrequested_on: 2026-03-01\n"
      "fulfilled_on: 2026-03-05\nstories: [st]\n"));
  p.requests.back().origin.file = static_cast<uint32_t>(p.files.size());
  p.files.push_back("requests/r1.yaml");
  p.build_indexes();
  FileAfterWrite renewed;
  renewed.relative = "stories/st.yaml";
  renewed.stories.push_back(test::record_from<Story>(std::string(story) + "notes: renewed\n"));
  CHECK(errors_added(p, {renewed}, kToday).empty());
  // A renewal keeps the approval the request used.
  renewed.stories[0] = test::record_from<Story>(
      "id: st\ntitle: T\nkind: blog\nstatus: published\nadvocates: [chloe]\n"
      "approvals: [{date: 2026-01-01, expires: 2030-01-01}, {date: 2026-06-01}]\n");
  CHECK(errors_added(p, {renewed}, kToday).empty());
  // Rewriting the only approval leaves the earlier use without one.
  renewed.stories[0] = test::record_from<Story>(
      "id: st\ntitle: T\nkind: blog\nstatus: published\nadvocates: [chloe]\napprovals: [{date: 2026-06-01}]\n");
  CHECK(codes(errors_added(p, {renewed}, kToday)) == std::vector<std::string>{"r1 unusable-story"});
  // A featured advocate who left before the use makes it unusable too.
  const std::string gone = std::string(kChloe) + "stage_on: 2026-02-01\n";
  std::string alumni = gone;
  alumni.replace(alumni.find("stage: active"), 13, "stage: alumni");
  CHECK(codes(errors_added(p, {advocate_file(alumni.c_str())}, kToday)) ==
        std::vector<std::string>{"r1 unusable-story"});
}

TEST_CASE("a month file rewritten as it was adds nothing") {
  const Program p = loaded({kChloe, kBob}, {kSpeaking});
  FileAfterWrite month;
  month.relative = "engagements/2026-11.yaml";
  month.engagements.push_back(test::record_from<Engagement>(kSpeaking));
  CHECK(errors_added(p, {month}, kToday).empty());
}

TEST_CASE("engagements compare by value") {
  const Engagement a = test::record_from<Engagement>(kSpeaking);
  Engagement b = a;
  b.origin.item = 7;
  CHECK(same_engagement(a, b));
  b.outcome = Outcome::cancelled;
  CHECK_FALSE(same_engagement(a, b));
}
