// What `advo check` finds beyond what reading the files finds: values out
// of format or vocabulary, ids that do not match their files, duplicates,
// references to records that do not exist, engagements in the wrong month
// file. Pure functions of the program and today.
#pragma once

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

}  // namespace advo
