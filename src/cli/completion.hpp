// Tab completion: what the value of an option or a positional argument
// completes to.
//
// The shell scripts in completions/ only call the hidden command
// `advo __complete WORD…`, which reads the parser's own tree: commands,
// sub-commands, aliases, options and whether an option takes a value all
// complete with no work for a new command. Only *values* need a
// declaration, one line where the option is added in a command's setup
// function (each call returns the option, so it wraps add_option of
// command_options.hpp):
//
//   complete_field(app.add_option("--status", o->status, "…"), RecordKind::request, "status");
//   complete_field(app.add_option("--deal", o->deal, "…"), RecordKind::request, "outcome.deal");
//   complete_activity_types(app.add_option("--type", o->type, "…"), ActivityTypes::asks);
//   complete_query(app.add_option("QUERY", o->query, "…"), RecordKind::story);
//   complete_assignments(app.add_option("ASSIGNMENT", o->set, "…"), RecordKind::story);
//   complete_values(app.add_option("--into", o->into, "…"), {"advocates", "stories", "requests"});
//   complete_files(app.add_option("FILE", o->file, "…"));
//
// complete_field takes the values from the schema: an enumeration's values
// (stages, statuses, outcomes, deals, segments, sources, story kinds), the
// consent scopes, activity types from advo.toml, the ids of the record kind
// a field refers to, [vocab] values from advo.toml. add_format_option
// declares its formats itself.
#pragma once

#include <functional>
#include <initializer_list>
#include <string>
#include <vector>

#include "advo/domain/date.hpp"
#include "advo/domain/program.hpp"
#include "advo/domain/query.hpp"
#include "cli/command_options.hpp"

namespace advo::cli {

enum class ActivityTypes { all, asks };

// The virtual fields of a record type's queries, as advocate_query_fields.
using VirtualFields = std::function<std::vector<VirtualField>(const Program&, Date)>;

struct Completion {
  enum class Kind { values, field, ids, activity_types, query, assignments, files, folders, commands };
  Kind kind = Kind::values;
  std::vector<std::string> values;   // values
  RecordKind record = RecordKind::advocate;  // field, query, assignments
  std::string path;                  // field: the dotted path in the record
  std::vector<RecordKind> kinds;     // ids
  ActivityTypes types = ActivityTypes::all;
  VirtualFields virtual_fields;      // query
};

OptionRef complete_values(OptionRef option, std::vector<std::string> values);
OptionRef complete_field(OptionRef option, RecordKind record, std::string path);
OptionRef complete_activity_types(OptionRef option, ActivityTypes which = ActivityTypes::all);
OptionRef complete_query(OptionRef option, RecordKind record, VirtualFields virtual_fields = {});
OptionRef complete_assignments(OptionRef option, RecordKind record);
OptionRef complete_files(OptionRef option);
OptionRef complete_folders(OptionRef option);
// The names of advo's commands and `topics` (for `advo help COMMAND`).
OptionRef complete_commands(OptionRef option, std::vector<std::string> topics = {});

// Declares `c` for the parser's `option` (what the complete_* functions and
// the table of completion_table.cpp do).
void declare_completion(const CLI::Option* option, Completion c);
// What was declared for `option`, or nullptr.
const Completion* completion_of(const CLI::Option* option);
// Forgets every declaration; the parser is built anew for each run.
void clear_completions();

}  // namespace advo::cli
