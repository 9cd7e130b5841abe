// Importing the rows of a sheet as advocates, stories or requests: what
// each row creates, updates or skips, and every problem, before anything
// is written.
//
// The rows come as values (ImportRow: what `io/sheet_values.hpp` makes of
// the cells of a CSV sheet); they are applied as `advo set` applies its
// assignments (assignment.hpp): the same conversions and the same
// validation as `advo check`.
//
// A row that matches a record of the program (duplicates.hpp: the same
// id; advocates the same e-mail or the same name at the same company;
// stories the same title; requests the same type, day, requester and
// opportunity) is skipped, or with `update` given the values of its
// non-empty cells (a list cell replaces the whole list). A row that matches
// an earlier row of the sheet is skipped. Other rows create records:
//
//   advocates  stage nominated when the row gives none; stage_on and
//              nominated.date today when no column gives them
//   stories    status draft when the row gives none
//   requests   status open and requested_on today when the row gives none
//
// with the id a row gives, or a new one (ids.hpp). A row's note lines are
// added to the record's notes unless they are there already.
#pragma once

#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "advo/domain/assignment.hpp"
#include "advo/domain/date.hpp"
#include "advo/domain/program.hpp"

namespace advo {

struct ImportOptions {
  Date today;
  bool update = false;  // rows that match a record update it
};

enum class RowAction : uint8_t { create, update, skip, invalid };

struct RowProblem {
  size_t column = 0;  // 1-based; 0: the row as a whole
  std::string message;
};

struct RowOutcome {
  size_t row = 0;  // as the spreadsheet numbers it
  RowAction action = RowAction::skip;
  std::string id;      // the record created, updated or matched
  std::string detail;  // create: what it is; update: the fields changed; skip: why
  std::vector<RowProblem> problems;  // for invalid rows
};

// What one row of the sheet says, as values.
struct ImportRow {
  size_t row = 0;           // as the spreadsheet numbers it
  bool unreadable = false;  // the row could not be read: `problems` says why
  std::vector<Assignment> assignments;  // each one's text: the 1-based column it comes from
  std::set<std::string> given;          // fields with a value in the row
  std::string id;                       // the id the row gives, if any
  size_t id_column = 0;
  std::vector<std::string> note_lines;  // "Heading: value" lines for notes
  std::vector<RowProblem> problems;     // found while turning cells into values
};

struct ImportSheet {
  std::vector<ImportRow> rows;  // in row order
  std::unordered_map<std::string, size_t> field_columns;  // field → 1-based column that fills it
};

template <class R>
struct ImportPlan {
  std::vector<RowOutcome> rows;  // every row that is not blank, in order
  std::vector<R> created;        // new records with their ids, in row order
  std::vector<R> updated;        // changed copies of records of the program

  size_t count(RowAction action) const {
    size_t n = 0;
    for (const RowOutcome& r : rows) n += r.action == action;
    return n;
  }
};

// Plans the import of the rows of `sheet` (an unreadable row is an invalid
// one) into the program.
template <class R>
ImportPlan<R> plan_import(const Program& program, const ImportSheet& sheet, const ImportOptions& options);

}  // namespace advo
