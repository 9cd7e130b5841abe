// advo move ID --company NEW [--title T] [--email E] [--on DATE]
// [--keep-stage] [--dry-run]: a job change. The record at the old company
// becomes alumni with moved_to, a new record at the new company carries what
// describes the person with moved_from; both land in one change.
// Engagements stay on the old record, so reports keep the old company.
#include <filesystem>

#include <fmt/format.h>

#include "advo/domain/assignment.hpp"
#include "advo/domain/duplicates.hpp"
#include "advo/domain/folding.hpp"
#include "advo/domain/ids.hpp"
#include "advo/domain/list_text.hpp"
#include "advo/domain/job_move.hpp"
#include "advo/domain/schema.hpp"
#include "advo/error.hpp"
#include "advo/render/terminal.hpp"
#include "cli/command.hpp"
#include "cli/date_option.hpp"
#include "cli/record_update.hpp"

namespace advo::cli {
namespace {

struct MoveOptions {
  std::string id;
  std::string company;
  std::string title;
  std::string email;
  std::string on;
  bool keep_stage = false;
  bool dry_run = false;
};

Date move_day(Context& ctx, const std::string& text) {
  if (text.empty()) return ctx.today();
  return date_option("--on", text, ctx.today());
}

// The new e-mail address, checked and written as `set email=…` would.
Sym moved_email(Context& ctx, const Program& program, const std::string& text) {
  if (trim(text).empty()) return Sym();
  Advocate scratch{};
  const Assignment email{"--email " + text, "email", AssignOp::set, std::string(trim(text))};
  const auto errors = apply_assignments(scratch, std::span<const Assignment>(&email, 1), program.settings);
  if (!errors.empty()) refuse_assignments(ctx, errors);
  return scratch.email;
}

void refuse_impossible_move(const Program& program, const Advocate& advocate, const JobMove& move) {
  const std::string_view id = advocate.id.view();
  if (!advocate.moved_to.empty())
    throw RefusedError(fmt::format("{} already moved to {}; move that record instead; nothing written",
                                   terminal_safe(id), terminal_safe(advocate.moved_to.view())));
  if (same_text_folded(advocate.company.view(), move.company.view()))
    throw RefusedError(fmt::format("{} already works at {}; a new title or e-mail at the same company is "
                                   "'advo set {} title=…'; nothing written",
                                   terminal_safe(id), terminal_safe(advocate.company.view()), terminal_safe(id)));
  if (move.email.empty()) return;
  // The old record may keep its own address only until it is gone.
  if (const Advocate* same = advocate_with_email(program, move.email.view(), id))
    throw RefusedError(fmt::format("advocate '{}' ({}, {}) already has the e-mail address {}; nothing written",
                                   terminal_safe(same->id.view()), terminal_safe(same->name.view()),
                                   terminal_safe(same->company.view()), terminal_safe(move.email.view())));
}

int run_move(Context& ctx, const MoveOptions& o) {
  const std::string_view company = trim(o.company);
  if (company.empty()) throw UsageError("--company is empty");
  const Program& program = ctx.program_for_write();
  const Advocate& advocate = advocate_arg(program, o.id);

  JobMove move;
  move.company = Sym(company);
  move.title = Sym(trim(o.title));
  move.email = moved_email(ctx, program, o.email);
  move.on = move_day(ctx, o.on);
  move.keep_stage = o.keep_stage;
  refuse_impossible_move(program, advocate, move);

  const std::filesystem::path folder = ctx.root() / "advocates";
  const std::string new_id = unique_id(advocate_slug(advocate.name.view(), company), [&](std::string_view candidate) {
    std::error_code ec;
    return program.find_advocate(candidate) != nullptr ||
           std::filesystem::exists(folder / fmt::format("{}.yaml", candidate), ec);
  });
  const JobMovePlan plan = plan_job_move(advocate, move, new_id);
  const std::string old_file = record_file(program, advocate.origin);
  const std::string new_file = fmt::format("advocates/{}.yaml", new_id);

  ctx.out() << new_id << '\n';
  ctx.out() << fmt::format("{}: stage {} → alumni, moved_to {}\n", terminal_safe(old_file),
                           advocate.stage == Stage::none ? "none" : to_string(advocate.stage), new_id);
  ctx.out() << fmt::format("{}: {} at {}, stage {}, moved_from {}\n", new_file, terminal_safe(advocate.name.view()),
                           terminal_safe(company), to_string(plan.new_record.stage), terminal_safe(advocate.id.view()));
  if (!plan.dropped_consents.empty())
    ctx.note(fmt::format("consent given under {} does not carry over: {}; ask again at {}",
                         terminal_safe(advocate.company.view()), fmt::join(plan.dropped_consents, ", "),
                         terminal_safe(company)));
  if (o.dry_run) {
    ctx.note("dry run: nothing written");
    return 0;
  }
  // Both records land together when the command ends (Context::land).
  ctx.write(old_file, write_record(plan.old_record));
  ctx.write(new_file, write_record(plan.new_record));
  ctx.describe_change(fmt::format("move: {} now at {} as {}", advocate.id.view(), company, new_id));
  return 0;
}

}  // namespace

Runner setup_move(CommandOptions& app) {
  auto o = std::make_shared<MoveOptions>();
  app.add_option("ID", o->id, "Id or unique id prefix of the advocate").required();
  app.add_option("--company", o->company, "The new company").required().value_name("COMPANY");
  app.add_option("--title", o->title, "Job title at the new company").value_name("TITLE");
  app.add_option("--email", o->email, "Work e-mail address at the new company").value_name("E");
  app.add_option("--on", o->on, "The day of the move (default: today)").value_name("DATE");
  app.add_flag("--keep-stage", o->keep_stage, "The new record keeps the old stage instead of starting nominated");
  app.add_flag("--dry-run", o->dry_run, "Print what would change; write nothing");
  return [o](Context& ctx) { return run_move(ctx, *o); };
}

}  // namespace advo::cli
