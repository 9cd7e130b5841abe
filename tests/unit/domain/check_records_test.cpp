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
