// advo forget ID [--retire-stories] [--dry-run]: a person's request to be
// forgotten. Their personal data is removed and the record renamed to an
// anonymous id in every file that names it; counts and dates stay, so
// reports add up. The record leaves every pool (alumni, do not contact);
// stories featuring the person must be retired, in the same change.
#include <algorithm>
#include <map>
#include <optional>

#include <fmt/format.h>

#include "advo/domain/forget.hpp"
#include "advo/domain/schema.hpp"
#include "advo/error.hpp"
#include "advo/os/git.hpp"
#include "advo/storage/record_text.hpp"
#include "advo/storage/record_versions.hpp"
#include "advo/storage/record_writer.hpp"
#include "cli/command.hpp"
#include "cli/history_purge.hpp"
#include "cli/record_update.hpp"

namespace advo::cli {
namespace {

struct ForgetOptions {
  std::string id;
  bool dry_run = false;
  bool retire_stories = false;
};

// Every name, e-mail address and phone the person's file ever held, from
// each version git's history has of it, and the values of the record now.
PersonalValues history_values(const Program& program, const Advocate& advocate,
                              const std::vector<RecordVersion>& versions, const std::string& file) {
  PersonalValues values;
  values.add(advocate);
  for (const RecordVersion& version : versions) {
    Advocate earlier;
    parse_record_text(version.text, schema_for<Advocate>(), program.settings, file, &earlier);
    values.add(earlier);
  }
  return values;
}

// In a git repository, the history still holds what was removed: the
// command that purges it from every version of the person's file and from
// commit messages, leaving every other file as it is.
void explain_history(Context& ctx, const Program& program, const Advocate& advocate, const std::string& old_file,
                     const std::string& new_id) {
  const std::optional<GitRepo> git = GitRepo::find(ctx.root());
  if (!git) return;
  const std::vector<RecordVersion> versions = record_versions(*git, old_file);
  if (versions.empty()) return;  // the file was never committed
  std::vector<std::string> blobs;
  for (const RecordVersion& v : versions) blobs.push_back(v.blob);
  const PersonalValues values = history_values(program, advocate, versions, old_file);
  ctx.note(fmt::format("git history still holds the removed data; once this change is committed, purge it from "
                       "every commit by running, at the top of a fresh clone of the repository (git clone --no-local):\n"
                       "{}\n"
                       "then force-push and have every clone replaced",
                       history_purge_command(values, blobs, new_id)));
}

// Refused while a story featuring the person is not retired, unless the
// run retires them.
void refuse_unretired_stories(const ForgetPlan& plan, const ForgetOptions& o) {
  if (plan.unretired_stories.empty() || o.retire_stories) return;
  std::string stories;
  for (const auto& [index, s] : plan.stories) {
    if (s.status == StoryStatus::retired) continue;
    stories += fmt::format("{}{} ({})", stories.empty() ? "" : ", ", terminal_safe(s.id.view()), to_string(s.status));
  }
  throw RefusedError(fmt::format("{} features in stories that are not retired: {}\n"
                                 "  a story cannot go on featuring someone who asked to be forgotten; "
                                 "--retire-stories retires them in the same change\n  nothing written",
                                 terminal_safe(plan.old_id), stories));
}

// "stage active → alumni; " when the stage changes, else "".
std::string forget_stage_text(const Advocate& before, const Advocate& after) {
  if (before.stage == after.stage) return {};
  const std::string_view from = before.stage == Stage::none ? "none" : to_string(before.stage);
  return fmt::format("stage {} → {}; ", from, to_string(after.stage));
}

void print_forget_stories(Context& ctx, const Program& program, const ForgetPlan& plan, bool relinked) {
  for (const auto& [index, s] : plan.stories) {
    const StoryStatus before = program.stories[index].status;
    const std::string what = relinked ? "advocates relinked" : "";
    const std::string retired =
        before == s.status ? std::string()
                           : fmt::format("{}{} → {}", relinked ? "; " : "", to_string(before), to_string(s.status));
    ctx.out() << fmt::format("{}: {}{}\n", record_file(program, s.origin), what, retired);
  }
}

// A job move made the person more than one record: each holds their data
// until it is forgotten too.
void note_same_person(Context& ctx, const ForgetPlan& plan) {
  for (const std::string& id : plan.same_person)
    ctx.note(fmt::format("{} is the same person (a job move) and still holds their data: forget it too with "
                         "'advo forget {}'",
                         terminal_safe(id), terminal_safe(id)));
}

std::string retired_stories_text(const ForgetPlan& plan) {
  const size_t n = plan.unretired_stories.size();
  return n == 0 ? std::string() : fmt::format("; {} stor{} retired", n, n == 1 ? "y" : "ies");
}

// A record forgotten before forgetting took it out of the pools: it keeps
// its id and only leaves them now.
int forget_anonymous_again(Context& ctx, const Program& program, const Advocate& advocate, const ForgetPlan& plan,
                           bool dry_run) {
  const Advocate& after = plan.advocate;
  const bool changed = after.stage != advocate.stage || after.do_not_contact != advocate.do_not_contact;
  if (!changed && plan.stories.empty()) {
    ctx.note(fmt::format("{} is already an anonymous record; nothing to forget", advocate.id.view()));
    return 0;
  }
  ctx.out() << fmt::format("{} is already an anonymous record; it {} every pool\n", advocate.id.view(),
                           dry_run ? "would leave" : "leaves");
  if (changed) {
    std::string text = forget_stage_text(advocate, after);
    if (!advocate.do_not_contact) text += "do_not_contact set; ";
    text.resize(text.size() - 2);
    ctx.out() << fmt::format("{}: {}\n", record_file(program, advocate.origin), text);
  }
  print_forget_stories(ctx, program, plan, false);
  note_same_person(ctx, plan);
  if (dry_run) {
    ctx.note("dry run: nothing written");
    return 0;
  }
  if (changed) save_record(ctx, program, after);
  for (const auto& [index, s] : plan.stories) save_record(ctx, program, s);
  ctx.describe_change(fmt::format("forget: {} leaves every pool{}", advocate.id.view(), retired_stories_text(plan)));
  return 0;
}

int run_forget(Context& ctx, const ForgetOptions& o) {
  const Program& program = ctx.program_for_write();
  const Advocate& advocate = advocate_arg(program, o.id);
  const ForgetPlan plan = plan_forget(program, advocate, ctx.today(), o.retire_stories);
  refuse_unretired_stories(plan, o);
  if (is_forgotten(advocate)) return forget_anonymous_again(ctx, program, advocate, plan, o.dry_run);
  const std::string old_file = record_file(program, advocate.origin);
  const std::string new_file = fmt::format("advocates/{}.yaml", plan.new_id);

  const std::string_view becomes = o.dry_run ? "would become" : "is now";
  ctx.out() << fmt::format("{} {} {}\n", terminal_safe(plan.old_id), becomes, plan.new_id);
  ctx.out() << fmt::format("{}: renamed to {}; removed {}; {}do_not_contact set\n", terminal_safe(old_file), new_file,
                           fmt::join(plan.removed, ", "), forget_stage_text(advocate, plan.advocate));
  std::map<std::string, size_t> relinked;  // month file → engagements
  for (const auto& [index, e] : plan.engagements) ++relinked[record_file(program, program.engagements[index].origin)];
  for (const auto& [file, n] : relinked)
    ctx.out() << fmt::format("{}: {} engagement{} renamed, notes removed\n", file, n, n == 1 ? "" : "s");
  for (const auto& [index, r] : plan.requests)
    ctx.out() << fmt::format("{}: advocates relinked\n", record_file(program, r.origin));
  for (const auto& [index, a] : plan.moves)
    ctx.out() << fmt::format("{}: job move relinked\n", record_file(program, a.origin));
  print_forget_stories(ctx, program, plan, true);
  note_same_person(ctx, plan);

  if (o.dry_run) {
    ctx.note("dry run: nothing written");
    return 0;
  }
  // Every change lands together when the command ends (Context::land):
  // the new record is there exactly when the old one is gone.
  ctx.write(new_file, write_record(plan.advocate));
  for (const auto& [file, n] : relinked) {
    std::vector<Engagement> month;
    for (size_t i = 0; i < program.engagements.size(); ++i) {
      const Engagement& e = program.engagements[i];
      if (record_file(program, e.origin) != file) continue;
      auto changed = std::find_if(plan.engagements.begin(), plan.engagements.end(),
                                  [&](const auto& p) { return p.first == i; });
      month.push_back(changed == plan.engagements.end() ? e : changed->second);
    }
    ctx.write(file, write_month_file(month));
  }
  for (const auto& [index, r] : plan.requests) save_record(ctx, program, r);
  for (const auto& [index, s] : plan.stories) save_record(ctx, program, s);
  for (const auto& [index, a] : plan.moves) save_record(ctx, program, a);
  ctx.remove(old_file);
  // The message names only the anonymous id: history must not gain what
  // was just erased.
  ctx.describe_change(fmt::format("forget: personal data erased, the record is now {}{}", plan.advocate.id.view(),
                                  retired_stories_text(plan)));
  if (!plan.requests.empty() || !plan.stories.empty())
    ctx.note("the notes of the requests and stories listed were not changed: read them for anything about this person");
  explain_history(ctx, program, advocate, old_file, plan.new_id);
  return 0;
}

}  // namespace

Runner setup_forget(CommandOptions& app) {
  auto o = std::make_shared<ForgetOptions>();
  app.add_option("ID", o->id, "Id or unique id prefix of the advocate").required();
  app.add_flag("--retire-stories", o->retire_stories,
               "Retire the stories featuring the person in the same change (forget refuses while any is not retired)");
  app.add_flag("--dry-run", o->dry_run, "Print what would change; write nothing");
  return [o](Context& ctx) { return run_forget(ctx, *o); };
}

}  // namespace advo::cli
