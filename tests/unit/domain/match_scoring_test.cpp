#include "advo/domain/match_scoring.hpp"

#include <doctest/doctest.h>

#include "../test_records.hpp"

using namespace advo;

namespace {
Criteria criteria(const std::string& yaml) {
  const Request r = test::record_from<Request>(
      "id: r\ntype: reference-call\nstatus: open\nrequested_by: s\nrequested_on: 2026-11-01\ncriteria: " + yaml + "\n");
  return r.criteria;
}
Profile advocate(const std::string& extra) {
  return profile_of(test::record_from<Advocate>("id: a\nname: A\ncompany: C\nstage: active\n" + extra));
}
}  // namespace

TEST_CASE("single values match ignoring case") {
  const auto parts = score_criteria(criteria("{industry: Healthcare, region: emea}"),
                                    advocate("industry: healthcare\nregion: na\n"), MatchWeights{}, kAdvocateCriteria);
  REQUIRE(parts.size() == 2);
  CHECK(parts[0].criterion == Criterion::industry);
  CHECK(parts[0].match == 1.0);
  CHECK(parts[0].points == 3.0);
  CHECK(parts[1].match == 0.0);
  CHECK(parts[1].wanted == "emea");
  CHECK(parts[1].has == "na");
}

TEST_CASE("products and use cases score the share of requested values held") {
  const auto parts = score_criteria(criteria("{products: [analytics, reporting, embedded], use_cases: [churn]}"),
                                    advocate("products: [Analytics, embedded, dashboards]\n"), MatchWeights{},
                                    kAdvocateCriteria);
  REQUIRE(parts.size() == 2);
  CHECK(parts[0].match == doctest::Approx(2.0 / 3.0));
  CHECK(parts[0].points == doctest::Approx(4.0 / 3.0));
  CHECK(parts[1].match == 0.0);
}

TEST_CASE("languages match when one is shared") {
  const auto parts = score_criteria(criteria("{languages: [de, fr]}"), advocate("languages: [en, fr]\n"),
                                    MatchWeights{}, kAdvocateCriteria);
  REQUIRE(parts.size() == 1);
  CHECK(parts[0].match == 1.0);
}

TEST_CASE("recency grows with the days since the last ask up to a year") {
  const Date day = *Date::parse("2026-11-20");
  CHECK(score_recency(std::nullopt, day, MatchWeights{}).match == 1.0);
  CHECK(score_recency(day - 73, day, MatchWeights{}).match == doctest::Approx(0.2));
  CHECK(score_recency(day - 400, day, MatchWeights{}).match == 1.0);
  CHECK(score_recency(day, day, MatchWeights{}).points == 0.0);
}

TEST_CASE("the score is 100 times points over weights of the given criteria plus recency") {
  // industry 3×1 + region 2×0 + recency 2×0.2 = 3.4 over 3 + 2 + 2 = 7 → 48.57 → 48.6
  const Date day = *Date::parse("2026-11-20");
  auto parts = score_criteria(criteria("{industry: healthcare, region: emea}"),
                              advocate("industry: healthcare\nregion: na\n"), MatchWeights{}, kAdvocateCriteria);
  parts.push_back(score_recency(day - 73, day, MatchWeights{}));
  CHECK(total_score(parts) == doctest::Approx(48.6));
}

TEST_CASE("weights of 0 switch criteria off and no weight scores 0") {
  MatchWeights w;
  w.industry = 0;
  w.recency = 0;
  auto parts = score_criteria(criteria("{industry: healthcare, region: emea}"), advocate("region: emea\n"), w,
                              kAdvocateCriteria);
  parts.push_back(score_recency(std::nullopt, *Date::parse("2026-11-20"), w));
  CHECK(total_score(parts) == 100.0);
  w.region = 0;
  parts = score_criteria(criteria("{industry: healthcare, region: emea}"), advocate(""), w, kAdvocateCriteria);
  CHECK(total_score(parts) == 0.0);
}

TEST_CASE("stories are scored only on what they can have") {
  const Story s = test::record_from<Story>(
      "id: s\ntitle: T\nkind: quote\nstatus: published\nindustry: retail\nproducts: [analytics]\n");
  const auto parts = score_criteria(criteria("{industry: retail, persona: executive, products: [analytics]}"),
                                    profile_of(s), MatchWeights{}, kStoryCriteria);
  REQUIRE(parts.size() == 2);
  CHECK(total_score(parts) == 100.0);
}

TEST_CASE("the criteria lists and weights are derived from the criteria table") {
  CHECK(kAdvocateCriteria == std::array{Criterion::industry, Criterion::segment, Criterion::region,
                                        Criterion::country, Criterion::products, Criterion::use_cases,
                                        Criterion::persona, Criterion::languages});
  CHECK(kStoryCriteria == std::array{Criterion::industry, Criterion::segment, Criterion::region, Criterion::products,
                                     Criterion::use_cases});
  CHECK(to_string(Criterion::use_cases) == "use_cases");
  CHECK(to_string(Criterion::recency) == "recency");
  MatchWeights w;
  w.use_cases = 7;
  w.recency = 5;
  CHECK(weight_of(w, Criterion::use_cases) == 7);
  CHECK(weight_of(w, Criterion::recency) == 5);
  CHECK(weight_of(w, Criterion::industry) == 3);
}

TEST_CASE("a request's languages match when one is shared") {
  MatchWeights w;
  const auto parts = score_criteria(criteria("{languages: [fr, de]}"), advocate("languages: [de]\n"), w,
                                    kAdvocateCriteria);
  REQUIRE(parts.size() == 1);
  CHECK(parts[0].criterion == Criterion::languages);
  CHECK(parts[0].match == 1.0);
  CHECK(parts[0].wanted == "fr, de");
}
