// An activity type named on the command line that must be an ask.
#include "cli/ask_type_arg.hpp"

#include <doctest/doctest.h>

#include "advo/error.hpp"

using namespace advo;

TEST_CASE("an ask type named on the command line is found or refused with why") {
  Settings s;
  s.types = default_activity_types();
  CHECK(cli::ask_type_arg(s, "webinar", "", "asks only").name == "webinar");
  CHECK_THROWS_WITH_AS(cli::ask_type_arg(s, "webinr", "request r1: ", "asks only"),
                       "request r1: unknown activity type 'webinr' (did you mean 'webinar'?); known: advisory-board, "
                       "analyst, case-study, early-access, exec-call, gift, logo, press, quote, reference-call, "
                       "referral, review, site-visit, social, speaking, thank-you, training, video, webinar",
                       UsageError);
  CHECK_THROWS_WITH_AS(cli::ask_type_arg(s, "gift", "", "advocates are matched to asks"),
                       "gift is a give; advocates are matched to asks", UsageError);
}
