#include <doctest/doctest.h>

#include "../test_records.hpp"
#include "advo/domain/check.hpp"

using namespace advo;

TEST_CASE("an engagement still scheduled after its day is a warning naming done and cancel") {
  Program p;
  p.files = {"advo.toml", "engagements/2026-11.yaml"};
  for (const char* yaml :
       {"id: 2026-11-14-ada-webinar\ndate: 2026-11-14\nadvocate: ada\ntype: webinar\noutcome: scheduled\n",
        "id: 2026-11-20-ada-quote\ndate: 2026-11-20\nadvocate: ada\ntype: quote\noutcome: scheduled\n",
        "id: 2026-11-02-ada-call\ndate: 2026-11-02\nadvocate: ada\ntype: reference-call\noutcome: completed\n"}) {
    p.engagements.push_back(test::record_from<Engagement>(yaml));
    p.engagements.back().origin.file = 1;
  }
  p.build_indexes();
  Findings out;
  check_past_scheduled(p, *Date::parse("2026-11-20"), out);
  // The quote is today, the call was recorded: only the webinar.
  REQUIRE(out.size() == 1);
  CHECK(out[0].severity == Severity::warning);
  CHECK(out[0].code == "past-scheduled");
  CHECK(out[0].path == "outcome");
  CHECK(out[0].message ==
        "still scheduled, but 2026-11-14 has passed; run: advo engagement done 2026-11-14-ada-webinar (it took place) "
        "or advo engagement cancel 2026-11-14-ada-webinar (it did not)");
}

TEST_CASE("check_program is check_record of every record then the checks across records") {
  Program p;
  p.files = {"advo.toml", "advocates/ada.yaml", "engagements/2026-11.yaml"};
  p.advocates.push_back(
      test::record_from<Advocate>("id: ada\nname: \"Ada \\e[2J\"\ncompany: \"Evil\\rCorp\"\nstage: active\n"));
  p.advocates.back().origin.file = 1;
  for (const char* yaml : {"id: 2026-11-14-ada-webinar\ndate: 2026-11-14\nadvocate: ada\ntype: webinar\noutcome: scheduled\n",
                           "id: 2026-10-02-bob-call\ndate: 2026-10-02\nadvocate: bob\ntype: reference-call\n"
                           "outcome: completed\nnotes: \"two \\x9b31m\"\n"}) {
    p.engagements.push_back(test::record_from<Engagement>(yaml));
    p.engagements.back().origin.file = 2;
  }
  p.engagements.back().origin.item = 1;
  p.build_indexes();
  const Date today = *Date::parse("2026-11-20");
  Findings split;
  for (const Advocate& a : p.advocates)
    for (Finding& f : check_record(a, p.settings)) split.push_back(std::move(f));
  for (const Engagement& e : p.engagements)
    for (Finding& f : check_record(e, p.settings)) split.push_back(std::move(f));
  const size_t of_records = split.size();
  CHECK(of_records >= 3);  // the control characters of the name, company and notes
  check_across_records(p, today, split);
  CHECK(split.size() > of_records);  // the wrong month, the dangling advocate
  const Findings whole = check_program(p, today);
  REQUIRE(whole.size() == split.size());
  for (size_t i = 0; i < whole.size(); ++i) {
    CHECK(whole[i].origin.file == split[i].origin.file);
    CHECK(whole[i].origin.item == split[i].origin.item);
    CHECK(whole[i].path == split[i].path);
    CHECK(whole[i].code == split[i].code);
    CHECK(whole[i].message == split[i].message);
  }
}

TEST_CASE("an engagement id used again in another month file is a duplicate naming the first") {
  Program p;
  p.files = {"advo.toml", "engagements/2026-10.yaml", "engagements/2026-11.yaml"};
  const char* yaml = "id: 2026-10-02-ada-call\ndate: 2026-10-02\nadvocate: ada\ntype: reference-call\noutcome: completed\n";
  for (uint32_t file : {1u, 2u, 2u}) {
    p.engagements.push_back(test::record_from<Engagement>(yaml));
    p.engagements.back().origin.file = file;
  }
  p.engagements.push_back(test::record_from<Engagement>(
      "id: 2026-11-03-ada-call\ndate: 2026-11-03\nadvocate: ada\ntype: reference-call\noutcome: completed\n"));
  p.engagements.back().origin.file = 2;
  p.build_indexes();
  Findings out;
  check_ids(p, *Date::parse("2026-11-20"), out);
  Findings duplicates;
  for (const Finding& f : out)
    if (f.code == "duplicate-id") duplicates.push_back(f);
  REQUIRE(duplicates.size() == 2);
  for (const Finding& f : duplicates) {
    CHECK(f.origin.file == 2);
    CHECK(f.message == "duplicate id '2026-10-02-ada-call' (also in engagements/2026-10.yaml)");
  }
}
