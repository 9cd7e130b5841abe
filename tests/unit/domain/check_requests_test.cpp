#include <doctest/doctest.h>
#include <fmt/format.h>

#include "../test_records.hpp"
#include "advo/domain/check.hpp"

using namespace advo;

namespace {

std::vector<std::string> findings_of(const char* request) {
  Program p;
  p.settings.types = default_activity_types();
  p.requests.push_back(test::record_from<Request>(request));
  p.build_indexes();
  Findings out;
  check_requests(p, *Date::parse("2026-11-20"), out);
  std::vector<std::string> lines;
  for (const Finding& f : out)
    lines.push_back(fmt::format("{} {} {}", f.severity == Severity::error ? "error" : "warning", f.code, f.path));
  return lines;
}

const char* kHead = "id: r\nrequested_by: sam\nrequested_on: 2026-11-10\n";

std::string request(const char* rest) { return std::string(kHead) + rest; }

}  // namespace

TEST_CASE("a request made by the commands has no findings") {
  CHECK(findings_of(request("type: reference-call\nstatus: open\nneeded_by: 2026-11-10\n").c_str()).empty());
  CHECK(findings_of(request("type: reference-call\nstatus: matched\nadvocates: [ada]\n").c_str()).empty());
  CHECK(findings_of(request("type: reference-call\nstatus: fulfilled\nfulfilled_on: 2026-11-12\n"
                            "outcome: {deal: won, closed_on: 2026-11-12}\n")
                        .c_str())
            .empty());
  // An unknown type is for the check of values.
  CHECK(findings_of(request("type: nothing\nstatus: open\n").c_str()).empty());
}

TEST_CASE("a give is not a request's type") {
  CHECK(findings_of(request("type: thank-you\nstatus: open\n").c_str()) ==
        std::vector<std::string>{"error give-request type"});
}

TEST_CASE("a request is not needed or closed before it was requested") {
  CHECK(findings_of(request("type: logo\nstatus: fulfilled\nneeded_by: 2026-11-09\nfulfilled_on: 2026-11-01\n"
                            // fulfilled by a call logged before the request was made
                            "outcome: {closed_on: 2026-11-02}\n")
                        .c_str()) == std::vector<std::string>{"error before-requested needed_by",
                                                              "error before-requested outcome.closed_on"});
}

TEST_CASE("fulfilled_on goes with fulfilled and matched with an advocate") {
  CHECK(findings_of(request("type: logo\nstatus: unfulfilled\nfulfilled_on: 2026-11-12\n").c_str()) ==
        std::vector<std::string>{"warning fulfilled-on-status fulfilled_on"});
  CHECK(findings_of(request("type: logo\nstatus: scheduled\n").c_str()) ==
        std::vector<std::string>{"warning no-advocate-assigned status"});
  CHECK(findings_of(request("type: logo\nstatus: open\n").c_str()).empty());
}
