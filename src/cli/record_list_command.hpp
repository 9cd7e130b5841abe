// The list commands `advo advocates`, `advo requests` and `advo stories`:
// the records of one kind that a query selects, as a table, JSON, CSV or
// Markdown. What differs between them is described once per kind
// (RecordListKind, in each command's file); the options they share
// (QUERY, --format, --sort, --reverse, --limit) and the list itself
// (select, sort, limit, render, and under a table the count) are here.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "advo/domain/program.hpp"
#include "advo/domain/query.hpp"
#include "advo/render/record_list.hpp"
#include "cli/command.hpp"
#include "cli/completion.hpp"

namespace advo::cli {

// What a list command shows of one kind of record.
template <class R>
struct RecordListKind {
  std::string_view singular;    // "advocate", "story": for the count under a table
  std::string_view plural;      // "advocates", "stories"
  std::string_view query_help;  // the help of QUERY
  std::string_view sort_help;   // the help of --sort
  std::vector<ListColumn<R>> (*columns)() = nullptr;  // the table's columns
  VirtualFields query_fields;   // the virtual fields of the kind's queries
  // QUERY (with the virtual fields) and --sort (with the field paths)
  // complete through the command itself; otherwise QUERY completes through
  // the completion table (completion_table.cpp).
  bool completes_itself = false;
};

// The options every list command has.
struct RecordListOptions {
  std::vector<std::string> query;
  std::string format;
  std::string sort;
  bool reverse = false;
  size_t limit = 0;
};

// Declares QUERY on `app`.
template <class R>
void add_query_argument(CommandOptions& app, RecordListOptions& o, const RecordListKind<R>& kind);

// Declares --format (table, json, csv, md), --sort, --reverse and --limit
// on `app`, in that order.
template <class R>
void add_list_options(CommandOptions& app, RecordListOptions& o, const RecordListKind<R>& kind);

// The records a list shows: the query's, and whatever a command adds.
template <class R>
using RecordFilter = std::function<bool(const R&)>;

// Prints the records of `program` that `wanted` selects, sorted and limited
// as `o` says, in the kind's columns (or `columns` when given); under a
// table, how many there are.
template <class R>
int list_records(Context& ctx, const Program& program, const RecordFilter<R>& wanted, const RecordListOptions& o,
                 const RecordListKind<R>& kind, std::vector<ListColumn<R>> columns = {});

// A whole list command: QUERY and the list options, and a runner that
// lists the records the query selects. `kind` must outlive the runner.
template <class R>
Runner record_list_command(CommandOptions& app, const RecordListKind<R>& kind);

}  // namespace advo::cli
