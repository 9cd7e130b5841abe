// The table of advo's commands. A command is one file in commands/ that
// defines its Setup; adding a command is adding its line here.
#include "cli/command.hpp"

namespace advo::cli {

Runner setup_init(CommandOptions& app);
Runner setup_check(CommandOptions& app);
Runner setup_show(CommandOptions& app);
Runner setup_fmt(CommandOptions& app);
Runner setup_log_engagement(CommandOptions& app);
Runner setup_rest(CommandOptions& app);
Runner setup_nominate(CommandOptions& app);
Runner setup_advocates(CommandOptions& app);
Runner setup_set(CommandOptions& app);
Runner setup_edit(CommandOptions& app);
Runner setup_stage(CommandOptions& app);
Runner setup_verify(CommandOptions& app);
Runner setup_report(CommandOptions& app);
Runner setup_today(CommandOptions& app);
Runner setup_stories(CommandOptions& app);
Runner setup_story(CommandOptions& app);
Runner setup_import(CommandOptions& app);
Runner setup_export(CommandOptions& app);
Runner setup_request(CommandOptions& app);
Runner setup_requests(CommandOptions& app);
Runner setup_match(CommandOptions& app);
Runner setup_history(CommandOptions& app);
Runner setup_help(CommandOptions& app);
Runner setup_complete(CommandOptions& app);
Runner setup_forget(CommandOptions& app);
Runner setup_move(CommandOptions& app);
Runner setup_cache(CommandOptions& app);
Runner setup_merge_engagements(CommandOptions& app);
Runner setup_engagements(CommandOptions& app);
Runner setup_engagement(CommandOptions& app);

namespace {
const CommandSpec kCommands[] = {
    {"init", "Create a new program in DIR (default: here)", setup_init},
    {"nominate", "Nominate a new advocate (stage nominated)", setup_nominate},
    {"advocates", "List the advocates a query selects", setup_advocates},
    {"show", "Show one record by id or unique id prefix", setup_show},
    {"set", "Change fields of an advocate: FIELD=VALUE, LIST+=VALUE, LIST-=VALUE", setup_set},
    {"edit", "Edit any record in $VISUAL or $EDITOR, validated before it is saved", setup_edit},
    {"stage", "Move an advocate to another stage of the pipeline", setup_stage},
    {"verify", "Record that an advocate's profile was confirmed current today", setup_verify},
    {"stories", "List the stories a query selects; --for REQUEST ranks the usable ones", setup_stories},
    {"story", "Add a story, change its fields, or move it through its workflow", setup_story},
    {"request", "Create, change or close a request for an advocate: request new|set|close", setup_request},
    {"requests", "List the requests a query selects (also overdue:true, due:3d)", setup_requests},
    {"match", "Rank the advocates to ask for a request, and assign them", setup_match},
    {"check", "Validate every file and report every problem", setup_check},
    {"fmt", "Rewrite files in canonical form (--check: only list them)", setup_fmt},
    {"log-engagement", "Record an engagement; refuses an ask against the rules of rest", setup_log_engagement, {"log"}},
    {"engagements", "List the engagements a query selects (also by:WHO, past-scheduled:true)", setup_engagements},
    {"engagement", "Correct a logged engagement: engagement done|cancel|delete|set", setup_engagement},
    {"rest", "Who is unavailable and until when; 'rest check' for scripts", setup_rest},
    {"report", "The program's value for a period: health, requests, revenue, coverage…", setup_report},
    {"today", "What needs doing today, each with the command that deals with it", setup_today},
    {"import", "Import the rows of a CSV file as advocates, stories or requests", setup_import},
    {"export", "Export advocates, stories, requests or engagements as CSV or JSON", setup_export},
    {"history", "The changes of one record, from git log", setup_history},
    {"help", "Show the manual page of a command, or list the commands", setup_help},
    {"__complete", "Candidates for tab completion (used by the shell scripts)", setup_complete, {}, true},
    {"move", "A job change: a new record at the new company, the old one alumni, linked", setup_move},
    {"forget", "Erase a person's personal data everywhere (privacy requests), keeping counts", setup_forget},
    {"cache", "Manage the cache of parsed files in .advo/ (cache clear)", setup_cache},
    {"merge-engagements", "Git's merge driver for month files: merges engagements by id", setup_merge_engagements, {},
     true},
};
}  // namespace

std::span<const CommandSpec> command_table() { return kCommands; }

}  // namespace advo::cli
