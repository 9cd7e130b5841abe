// advo story add|set|status: the sub-commands that write stories, one file
// each, and what they share.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "advo/domain/assignment.hpp"
#include "advo/domain/program.hpp"
#include "cli/command.hpp"

namespace advo::cli {

struct StorySubcommand {
  CommandOptions app;
  Runner run;
};

StorySubcommand setup_story_add(CommandOptions& story);
StorySubcommand setup_story_set(CommandOptions& story);
StorySubcommand setup_story_status(CommandOptions& story);

// The story an id or a unique id prefix names; UsageError otherwise.
const Story& story_arg(const Program& program, std::string_view text);

// Advocate ids or unique id prefixes, comma-separated, as the full ids
// joined by commas. Each that names no advocate, or several, adds an error
// for `assignment` (the option or assignment as written).
std::string featured_advocates(const Program& program, std::string_view value, const std::string& assignment,
                               std::vector<AssignmentError>& errors);

// The rules every story write keeps: known featured advocates, and the
// rules of story_status.hpp on `today`.
AssignmentRules story_rules(const Program& program, Date today);

}  // namespace advo::cli
