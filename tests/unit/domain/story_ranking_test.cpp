#include "advo/domain/story_ranking.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include "../test_records.hpp"

using namespace advo;

namespace {

Criteria criteria(const std::string& yaml) {
  return test::record_from<Request>(
             "id: r\ntype: reference-call\nstatus: open\nrequested_by: s\nrequested_on: 2026-11-01\ncriteria: " + yaml +
             "\n")
      .criteria;
}

// Weights are the defaults: industry 3, segment 2, region 2, products 2,
// use_cases 1 (country, persona, languages and recency do not apply).
struct Fixture {
  Program program;
  Date today = *Date::parse("2026-11-16");

  Fixture() {
    program.advocates.push_back(
        test::record_from<Advocate>("id: ana\nname: A\ncompany: C\nstage: active\nconsent: {case-study: {granted: 2025-01-01}}\n"));
    auto story = [&](const std::string& id, const std::string& status, const std::string& yaml) {
      program.stories.push_back(test::record_from<Story>("id: " + id + "\ntitle: T\nkind: case-study\nstatus: " + status +
                                                         "\nadvocates: [ana]\n" +
                                                         (yaml.find("approvals:") == std::string::npos
                                                              ? yaml + "approvals: [{date: 2026-01-01}]\n"
                                                              : yaml)));
    };
    story("northwind", "published",
          "industry: healthcare\nregion: emea\nproducts: [analytics, dashboards]\nuse_cases: [patient-outcomes]\n");
    story("klinik", "published", "industry: healthcare\nregion: emea\nproducts: [analytics]\nuse_cases: [capacity]\n");
    story("alpha", "published", "industry: healthcare\nregion: emea\nproducts: [analytics]\nuse_cases: [capacity]\n");
    story("hooli", "approved", "industry: Healthcare\nregion: EMEA\nproducts: [analytics]\nuse_cases: [capacity]\n");
    story("initech", "published", "industry: retail\nregion: latam\nproducts: [dashboards]\n");
    story("globex", "published", "industry: financial-services\nregion: na\n");
    story("draft", "draft", "industry: healthcare\nregion: emea\nproducts: [analytics, dashboards]\n");
    story("expired", "published", "industry: healthcare\nregion: emea\napprovals: [{date: 2026-01-01, expires: 2026-10-31}]\n");
    program.build_indexes();
  }

  std::vector<std::string> ranked(const std::string& wanted, size_t limit = 0,
                                  const std::function<bool(const Story&)>& include = {}) const {
    std::vector<std::string> out;
    for (const RankedStory& r : rank_stories(program, criteria(wanted), today, limit, include))
      out.push_back(fmt::format("{} {:.1f}", r.story->id.view(), r.score));
    return out;
  }
};

using Lines = std::vector<std::string>;
const char* kHealthcare = "{industry: healthcare, region: emea, products: [analytics, dashboards], use_cases: [patient-outcomes]}";

}  // namespace

TEST_CASE("usable stories are ranked by score then published first then id") {
  Fixture f;
  // Σ weight = industry 3 + region 2 + products 2 + use_cases 1 = 8.
  //   northwind: 3 + 2 + 2×2/2 + 1×1 = 8 → 100 × 8/8 = 100.0
  //   alpha, klinik (published), hooli (approved; case ignored):
  //              3 + 2 + 2×1/2 + 0 = 6 → 100 × 6/8 = 75.0
  //   initech:   0 + 0 + 2×1/2 + 0 = 1 → 100 × 1/8 = 12.5
  //   globex scores 0 and does not fit; draft and expired are not usable.
  CHECK(f.ranked(kHealthcare) == Lines{"northwind 100.0", "alpha 75.0", "klinik 75.0", "hooli 75.0", "initech 12.5"});
}

TEST_CASE("the score is rounded to one decimal and comes with its breakdown") {
  Fixture f;
  // Σ weight = industry 3 + products 2 = 5; hooli has 1 of 3 products:
  // 3 + 2×1/3 = 3.667 → 100 × 3.667/5 = 73.33 → 73.3.
  const auto ranked = rank_stories(f.program, criteria("{industry: healthcare, products: [analytics, reporting, embedded]}"),
                                   f.today, 0, [](const Story& s) { return s.id.view() == "hooli"; });
  REQUIRE(ranked.size() == 1);
  CHECK(ranked[0].score == 73.3);
  REQUIRE(ranked[0].parts.size() == 2);
  CHECK(ranked[0].parts[0].criterion == Criterion::industry);
  CHECK(ranked[0].parts[0].points == 3.0);
  CHECK(ranked[0].parts[1].criterion == Criterion::products);
  CHECK(ranked[0].parts[1].match == doctest::Approx(1.0 / 3.0));
  CHECK(ranked[0].parts[1].wanted == "analytics, reporting, embedded");
  CHECK(ranked[0].parts[1].has == "analytics");
}

TEST_CASE("criteria stories do not have are left out of the score") {
  Fixture f;
  // country, persona and languages are not scored: industry alone counts,
  // 3 × 1 / 3 = 100.0 for every usable healthcare story.
  CHECK(f.ranked("{industry: healthcare, country: DE, persona: executive, languages: [de]}", 2) ==
        Lines{"alpha 100.0", "klinik 100.0"});
}

TEST_CASE("with no criterion stories are scored on every usable story fits with score 0") {
  Fixture f;
  CHECK(has_story_criteria(criteria("{industry: healthcare}"), MatchWeights{}));
  CHECK_FALSE(has_story_criteria(criteria("{persona: executive}"), MatchWeights{}));
  MatchWeights off;
  off.industry = 0;
  CHECK_FALSE(has_story_criteria(criteria("{industry: healthcare}"), off));
  CHECK(f.ranked("{persona: executive}") ==
        Lines{"alpha 0.0", "globex 0.0", "initech 0.0", "klinik 0.0", "northwind 0.0", "hooli 0.0"});
}

TEST_CASE("the limit and the filter narrow the ranking") {
  Fixture f;
  CHECK(f.ranked(kHealthcare, 2) == Lines{"northwind 100.0", "alpha 75.0"});
  CHECK(f.ranked(kHealthcare, 0, [](const Story& s) { return s.status == StoryStatus::approved; }) ==
        Lines{"hooli 75.0"});
}
