#include <doctest/doctest.h>

#include "../test_records.hpp"
#include "cli/write_guard.hpp"

using namespace advo;

TEST_CASE("a refusal names each added error with its way out") {
  AddedError ask;
  ask.kind = RecordKind::engagement;
  ask.id = Sym("2026-11-29-chloe-speaking");
  ask.code = "rest-rule";
  ask.message = "ask breaks the rule of rest 'blackout' without an override: unavailable 2026-11-20 to 2026-12-05";
  ask.engagement = test::record_from<Engagement>(
      "id: 2026-11-29-chloe-speaking\ndate: 2026-11-29\nadvocate: chloe\ntype: speaking\noutcome: scheduled\n");
  AddedError use;
  use.kind = RecordKind::request;
  use.id = Sym("r1");
  use.code = "unusable-story";
  use.message = "uses story 'st' on 2026-03-05 (its fulfilled_on), when the story is not usable: draft, not approved";
  CHECK(cli::errors_added_text({ask, use}, true) ==
        "refused: the change would add 2 errors to what 'advo check' finds; nothing written\n"
        "  the speaking of 2026-11-29 (2026-11-29-chloe-speaking): ask breaks the rule of rest 'blackout' without an "
        "override: unavailable 2026-11-20 to 2026-12-05\n"
        "    cancel it first with 'advo engagement cancel 2026-11-29-chloe-speaking', or pass --override REASON\n"
        "  request r1: uses story 'st' on 2026-03-05 (its fulfilled_on), when the story is not usable: draft, not "
        "approved");
  // A command without --override names only the cancel.
  CHECK(cli::errors_added_text({ask}, false) ==
        "refused: the change would add an error to what 'advo check' finds; nothing written\n"
        "  the speaking of 2026-11-29 (2026-11-29-chloe-speaking): ask breaks the rule of rest 'blackout' without an "
        "override: unavailable 2026-11-20 to 2026-12-05\n"
        "    cancel it first with 'advo engagement cancel 2026-11-29-chloe-speaking'");
}
