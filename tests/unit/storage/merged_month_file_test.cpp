#include "advo/storage/merged_month_file.hpp"

#include <string>

#include "../test_records.hpp"

using namespace advo;

namespace {

Engagement entry(const std::string& id, const std::string& date, const std::string& notes = "") {
  return test::record_from<Engagement>("id: " + id + "\ndate: " + date +
                                       "\nadvocate: jane-doe-acme\ntype: thank-you\noutcome: completed\n" +
                                       (notes.empty() ? "" : "notes: " + notes + "\n"));
}

}  // namespace

TEST_CASE("a clean merge is the canonical month file sorted by date then id") {
  EngagementMerge m;
  m.merged = {entry("c", "2026-11-20"), entry("a", "2026-11-01"), entry("b", "2026-11-20")};
  CHECK(write_merged_month_file(m) ==
        "- id: a\n  date: 2026-11-01\n  advocate: jane-doe-acme\n  type: thank-you\n  outcome: completed\n"
        "- id: b\n  date: 2026-11-20\n  advocate: jane-doe-acme\n  type: thank-you\n  outcome: completed\n"
        "- id: c\n  date: 2026-11-20\n  advocate: jane-doe-acme\n  type: thank-you\n  outcome: completed\n");
  CHECK(write_merged_month_file(EngagementMerge{}).empty());
}

TEST_CASE("a conflict shows both versions between markers at its place") {
  EngagementMerge m;
  m.merged = {entry("a", "2026-11-01"), entry("c", "2026-11-09")};
  m.conflicts.push_back(EngagementConflict{EngagementConflict::Kind::changed_on_both, Sym("b"),
                                           entry("b", "2026-11-05", "ours"), entry("b", "2026-11-05", "theirs")});
  m.conflicts.push_back(EngagementConflict{EngagementConflict::Kind::deleted_by_theirs, Sym("d"),
                                           entry("d", "2026-11-30"), std::nullopt});
  CHECK(write_merged_month_file(m) ==
        "- id: a\n  date: 2026-11-01\n  advocate: jane-doe-acme\n  type: thank-you\n  outcome: completed\n"
        "<<<<<<< ours\n"
        "- id: b\n  date: 2026-11-05\n  advocate: jane-doe-acme\n  type: thank-you\n  outcome: completed\n"
        "  notes: ours\n"
        "=======\n"
        "- id: b\n  date: 2026-11-05\n  advocate: jane-doe-acme\n  type: thank-you\n  outcome: completed\n"
        "  notes: theirs\n"
        ">>>>>>> theirs\n"
        "- id: c\n  date: 2026-11-09\n  advocate: jane-doe-acme\n  type: thank-you\n  outcome: completed\n"
        "<<<<<<< ours\n"
        "- id: d\n  date: 2026-11-30\n  advocate: jane-doe-acme\n  type: thank-you\n  outcome: completed\n"
        "=======\n"
        ">>>>>>> theirs\n");
}
