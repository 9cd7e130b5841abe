#include "advo/domain/engagement_merge.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include "../test_records.hpp"

using namespace advo;

namespace {

Engagement entry(const std::string& id, const std::string& date, const std::string& type = "reference-call",
                 const std::string& extra = "") {
  return test::record_from<Engagement>("id: " + id + "\ndate: " + date + "\nadvocate: jane-doe-acme\ntype: " + type +
                                       "\noutcome: completed\n" + extra);
}

std::vector<std::string> ids_of(std::vector<Engagement> list) {
  std::vector<std::string> out;
  for (const Engagement& e : list) out.push_back(e.id.str());
  std::sort(out.begin(), out.end());
  return out;
}

const Engagement* find(const std::vector<Engagement>& list, const std::string& id) {
  for (const Engagement& e : list)
    if (e.id.view() == id) return &e;
  return nullptr;
}

}  // namespace

TEST_CASE("entries added on either side are all kept") {
  const std::vector<Engagement> base = {entry("a", "2026-11-01")};
  // Both sides append after the last entry, on the same day, with the same
  // type and outcome: the entries share most of their lines.
  const std::vector<Engagement> ours = {base[0], entry("b", "2026-11-20")};
  const std::vector<Engagement> theirs = {base[0], entry("c", "2026-11-20")};
  const EngagementMerge m = merge_engagements(base, ours, theirs);
  CHECK(m.clean());
  CHECK(ids_of(m.merged) == std::vector<std::string>{"a", "b", "c"});
  REQUIRE(find(m.merged, "c") != nullptr);
  CHECK(find(m.merged, "c")->type.view() == "reference-call");
}

TEST_CASE("an entry added alike on both sides is kept once") {
  const std::vector<Engagement> ours = {entry("b", "2026-11-20")};
  const EngagementMerge m = merge_engagements({}, ours, ours);
  CHECK(m.clean());
  CHECK(ids_of(m.merged) == std::vector<std::string>{"b"});
}

TEST_CASE("a change on one side takes that side's version") {
  const std::vector<Engagement> base = {entry("a", "2026-11-01"), entry("b", "2026-11-02")};
  const std::vector<Engagement> ours = {entry("a", "2026-11-01", "reference-call", "notes: went well\n"), base[1]};
  const std::vector<Engagement> theirs = {base[0], entry("b", "2026-11-03")};
  const EngagementMerge m = merge_engagements(base, ours, theirs);
  CHECK(m.clean());
  REQUIRE(m.merged.size() == 2);
  CHECK(find(m.merged, "a")->notes.view() == "went well");
  CHECK(find(m.merged, "b")->date.str() == "2026-11-03");
}

TEST_CASE("the same change on both sides is no conflict") {
  const std::vector<Engagement> base = {entry("a", "2026-11-01")};
  const std::vector<Engagement> changed = {entry("a", "2026-11-01", "reference-call", "notes: x\n")};
  const EngagementMerge m = merge_engagements(base, changed, changed);
  CHECK(m.clean());
  CHECK(find(m.merged, "a")->notes.view() == "x");
}

TEST_CASE("an entry deleted on one side and unchanged on the other is deleted") {
  const std::vector<Engagement> base = {entry("a", "2026-11-01"), entry("b", "2026-11-02")};
  const std::vector<Engagement> ours = {base[1]};
  const std::vector<Engagement> theirs = base;
  CHECK(ids_of(merge_engagements(base, ours, theirs).merged) == std::vector<std::string>{"b"});
  CHECK(ids_of(merge_engagements(base, theirs, ours).merged) == std::vector<std::string>{"b"});
  CHECK(merge_engagements(base, ours, ours).merged.size() == 1);
}

TEST_CASE("different changes of one entry on both sides conflict with both versions") {
  const std::vector<Engagement> base = {entry("a", "2026-11-01"), entry("b", "2026-11-02")};
  const std::vector<Engagement> ours = {entry("a", "2026-11-01", "reference-call", "notes: ours\n"), base[1]};
  const std::vector<Engagement> theirs = {entry("a", "2026-11-01", "reference-call", "notes: theirs\n"), base[1]};
  const EngagementMerge m = merge_engagements(base, ours, theirs);
  CHECK_FALSE(m.clean());
  CHECK(ids_of(m.merged) == std::vector<std::string>{"b"});
  REQUIRE(m.conflicts.size() == 1);
  const EngagementConflict& c = m.conflicts[0];
  CHECK(c.kind == EngagementConflict::Kind::changed_on_both);
  CHECK(c.id.view() == "a");
  REQUIRE(c.ours);
  REQUIRE(c.theirs);
  CHECK(c.ours->notes.view() == "ours");
  CHECK(c.theirs->notes.view() == "theirs");
  CHECK(describe(c.kind) == "changed differently on both sides");
}

TEST_CASE("a change against a deletion conflicts and so does the same id added differently") {
  const std::vector<Engagement> base = {entry("a", "2026-11-01")};
  const std::vector<Engagement> changed = {entry("a", "2026-11-01", "thank-you")};
  EngagementMerge m = merge_engagements(base, {}, changed);
  REQUIRE(m.conflicts.size() == 1);
  CHECK(m.conflicts[0].kind == EngagementConflict::Kind::deleted_by_ours);
  CHECK_FALSE(m.conflicts[0].ours);
  CHECK(m.conflicts[0].theirs->type.view() == "thank-you");
  m = merge_engagements(base, changed, {});
  REQUIRE(m.conflicts.size() == 1);
  CHECK(m.conflicts[0].kind == EngagementConflict::Kind::deleted_by_theirs);
  CHECK_FALSE(m.conflicts[0].theirs);
  m = merge_engagements({}, base, changed);
  REQUIRE(m.conflicts.size() == 1);
  CHECK(m.conflicts[0].kind == EngagementConflict::Kind::added_on_both);
  CHECK(m.merged.empty());
}

TEST_CASE("an id held twice is found") {
  CHECK(first_duplicate_id(std::vector<Engagement>{entry("a", "2026-11-01"), entry("b", "2026-11-01")}).empty());
  CHECK(first_duplicate_id(std::vector<Engagement>{entry("a", "2026-11-01"), entry("b", "2026-11-01"),
                                                   entry("a", "2026-11-02")})
            .view() == "a");
}
