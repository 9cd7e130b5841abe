#include "advo/domain/engagement_index.hpp"

#include <memory>
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "../test_records.hpp"

using namespace advo;

namespace {

std::vector<uint32_t> positions(std::span<const uint32_t> s) { return {s.begin(), s.end()}; }

struct Records {
  std::vector<Advocate> advocates;
  std::vector<Engagement> engagements;
  Records() {
    for (const char* id : {"ann", "bo"})
      advocates.push_back(test::record_from<Advocate>(std::string("id: ") + id + "\nname: N\ncompany: C\nstage: active\n"));
    // In program order: by date.
    for (const char* line : {"id: e-b\ndate: 2026-01-01\nadvocate: bo\ntype: gift\noutcome: completed\n",
                             "id: a-x\ndate: 2026-02-01\nadvocate: ann\ntype: gift\noutcome: completed\n",
                             "id: c\ndate: 2026-03-01\nadvocate: zed\ntype: gift\noutcome: completed\n",
                             "id: b\ndate: 2026-04-01\nadvocate: bo\ntype: gift\noutcome: completed\n"})
      engagements.push_back(test::record_from<Engagement>(line));
  }
};

}  // namespace

TEST_CASE("the engagement index orders engagements by id and groups them by advocate") {
  const Records r;
  const EngagementIndex index = EngagementIndex::build(r.advocates, r.engagements);
  CHECK(index.fits(2, 4));
  CHECK_FALSE(index.fits(2, 3));
  CHECK(positions(index.arrays().by_id) == std::vector<uint32_t>{1, 3, 2, 0});  // a-x, b, c, e-b
  CHECK(positions(index.of_advocate(0)) == std::vector<uint32_t>{1});
  CHECK(positions(index.of_advocate(1)) == std::vector<uint32_t>{0, 3});  // by date
  CHECK(positions(index.of_advocate(2)) == std::vector<uint32_t>{2});     // naming no advocate
  CHECK(index.of_advocate(3).empty());
  CHECK(EngagementIndex().of_advocate(0).empty());
}

TEST_CASE("an index of arrays kept from an earlier build stands in for building it") {
  const Records r;
  const EngagementIndex built = EngagementIndex::build(r.advocates, r.engagements);
  auto kept = std::make_shared<std::vector<uint32_t>>();
  for (auto part : {built.arrays().by_id, built.arrays().by_advocate, built.arrays().by_advocate_start})
    kept->insert(kept->end(), part.begin(), part.end());
  const std::span<const uint32_t> all(*kept);
  const EngagementIndex index =
      EngagementIndex::from_arrays(EngagementIndex::Arrays{all.subspan(0, 4), all.subspan(4, 4), all.subspan(8)}, kept);
  kept.reset();  // the index keeps the arrays alive
  CHECK(index.fits(2, 4));
  CHECK(positions(index.of_advocate(1)) == std::vector<uint32_t>{0, 3});
  CHECK(positions(index.arrays().by_id) == std::vector<uint32_t>{1, 3, 2, 0});
}
