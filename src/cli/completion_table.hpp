// Which live values each command argument completes to, in one table
// (completion_table.cpp): one line per command and argument or option,
//
//   {"rest check", "ID", ids({RecordKind::advocate})},
//   {"log", "--request", ids({RecordKind::request})},
//   {"request new", "--status", field_values(RecordKind::request, "status")},
//
// so a new command gets id completion by adding its lines there, without
// touching its own file. Commands are named as typed (a path of words,
// aliases allowed), arguments by their name ("ID") and options by a long
// or short name ("--type").
#pragma once

#include <initializer_list>
#include <span>
#include <string>
#include <string_view>

#include <CLI/CLI.hpp>

#include "cli/completion.hpp"

namespace advo::cli {

struct CompletionRule {
  std::string_view command;
  std::string_view argument;
  Completion completion;
};

// What a rule completes to: ids of these kinds from the program's folders;
// activity types from advo.toml; the values of a record field (as
// complete_field: enumerations, [vocab], ids it refers to); the words of a
// query or of assignments for a record type.
Completion ids(std::initializer_list<RecordKind> kinds);
Completion activity_types(ActivityTypes which);
Completion field_values(RecordKind record, std::string path);
Completion query_words(RecordKind record);
Completion assignment_words(RecordKind record);
Completion fixed_values(std::vector<std::string> values);
Completion file_names();

std::span<const CompletionRule> completion_table();

// Declares every rule of the table on the parser `root`. A rule naming a
// command or argument the parser does not have is a mistake in the table:
// std::logic_error, so that any run of advo shows it.
void apply_completion_table(CLI::App& root);

}  // namespace advo::cli
