// What `advo check` finds beyond what reading the files finds: values out
// of format or vocabulary, ids that do not match their files, duplicates,
// references to records that do not exist, engagements in the wrong month
// file, asks against the rules of rest. Pure functions of the program and
// today.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "advo/domain/date.hpp"
#include "advo/domain/problem.hpp"
#include "advo/domain/program.hpp"

namespace advo {

// A problem with a record (or one of its fields) before it is placed at a
// line and column: the storage layer turns it into a Problem.
struct Finding {
  Origin origin;     // the record
  std::string path;  // dotted field path, "" for the whole record
  int item = -1;     // index in a list field, or -1
  Severity severity = Severity::error;
  std::string code;
  std::string message;
};
using Findings = std::vector<Finding>;

Findings check_program(const Program& program, Date today);

// The checks, one per concern; check_program runs them all.
void check_values(const Program& program, Date today, Findings& out);
void check_ids(const Program& program, Date today, Findings& out);
void check_references(const Program& program, Date today, Findings& out);
void check_months(const Program& program, Date today, Findings& out);
void check_emails(const Program& program, Date today, Findings& out);
// A request of a give type, needed_by or outcome.closed_on before
// requested_on, fulfilled_on on a
// request not fulfilled, matched or scheduled with nobody assigned.
void check_requests(const Program& program, Date today, Findings& out);
// An ask that broke a time-bound rule of rest (judged against the asks
// before it in the log) and has no `override:` → error.
void check_rest_rules(const Program& program, Date today, Findings& out);
// kFatigueAsks or more asks in kFatigueDays days → one warning per advocate.
void check_fatigue(const Program& program, Date today, Findings& out);
inline constexpr int32_t kFatigueDays = 120;
inline constexpr size_t kFatigueAsks = 5;

}  // namespace advo
