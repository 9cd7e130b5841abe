// Importing the rows of a sheet as advocates, stories or requests: what
// each row creates, updates or skips, and every problem, before anything
// is written.
//
// A cell becomes a field value as `advo set` makes one (assignment.hpp):
// the same conversions and the same validation as `advo check`. Before
// that, a leading apostrophe that neutralises a formula ("'=1") is dropped,
// lists are split at ';' or '|' (split_cell_list), a window list holds
// FROM..TO REASON items, enumerations are taken in any case ("Enterprise"),
// and countries may be names or codes in any case (country_names.hpp).
// Empty cells give no value.
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
// with the id a row gives, or a new one (ids.hpp). Columns that map to no
// field can be kept in notes as "Heading: value" lines.
#pragma once

#include <span>
#include <string>
#include <vector>

#include "advo/domain/column_mapping.hpp"
#include "advo/domain/csv_reader.hpp"
#include "advo/domain/date.hpp"
#include "advo/domain/program.hpp"

namespace advo {

struct ImportOptions {
  Date today;
  bool update = false;             // rows that match a record update it
  bool unmapped_to_notes = false;  // unmapped columns go into notes
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

// Plans the import of `table` (whose problems are invalid rows) with the
// column mapping `columns` (one per header column) into the program.
template <class R>
ImportPlan<R> plan_import(const Program& program, const CsvTable& table, std::span<const ColumnTarget> columns,
                          const ImportOptions& options);

// The value of a cell: without the apostrophe that neutralises a formula
// ("'=SUM(A1)" → "=SUM(A1)"), the reverse of csv_field.
std::string_view cell_value(std::string_view cell);

}  // namespace advo
