// What `advo check` finds beyond what reading the files finds: values out
// of format or vocabulary, ids that do not match their files, duplicates,
// references to records that do not exist, engagements in the wrong month
// file, asks against the rules of rest, stories out of approval or used
// when they were not usable. Pure functions of the program and
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

// check_program in two parts, so a caller may keep what the first finds
// per file: the checks of one record on its own (values out of format or
// vocabulary), whose findings depend only on the record and the settings,
// then every check that spans records or depends on today.
// check_program gives the findings of check_record for every record (the
// advocates, stories, requests, engagements, each in program order), then
// those of check_across_records.
Findings check_record(const Advocate& record, const Settings& settings);
Findings check_record(const Story& record, const Settings& settings);
Findings check_record(const Request& record, const Settings& settings);
Findings check_record(const Engagement& record, const Settings& settings);
void check_across_records(const Program& program, Date today, Findings& out);

// The checks, one per concern; check_program runs them all.
void check_values(const Program& program, Date today, Findings& out);
void check_ids(const Program& program, Date today, Findings& out);
void check_references(const Program& program, Date today, Findings& out);
void check_months(const Program& program, Date today, Findings& out);
void check_emails(const Program& program, Date today, Findings& out);
// An engagement still `scheduled` though its date is before today → warning
// naming the commands that record what happened.
void check_past_scheduled(const Program& program, Date today, Findings& out);
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

// The story library (check_stories.cpp):
// The rules of story_status.hpp: approved or published without
// approved_on, expiry before approval, a published story whose approval
// has expired → error.
void check_story_rules(const Program& program, Date today, Findings& out);
// An approved or published story whose approval ends within
// expiry_warn_days → warning.
void check_story_expiry(const Program& program, Date today, Findings& out);
// A published story featuring an advocate in stage alumni or declined
// (since stage_on, or with none) → warning.
void check_story_advocates(const Program& program, Date today, Findings& out);
// A request or engagement using a story on a day it was not usable
// (story_usage.hpp) → error.
void check_story_uses(const Program& program, Date today, Findings& out);

}  // namespace advo
