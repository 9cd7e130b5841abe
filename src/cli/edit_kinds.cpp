// The record kinds `advo edit` opens (edit_kinds.hpp).
#include "cli/edit_kinds.hpp"

#include <algorithm>
#include <type_traits>

#include <fmt/format.h>

#include "advo/domain/duplicates.hpp"
#include "advo/domain/story_status.hpp"
#include "advo/storage/loader.hpp"
#include "advo/storage/record_writer.hpp"
#include "cli/engagement_update.hpp"
#include "cli/record_update.hpp"

namespace advo::cli {
namespace {

std::string edited_file_text(Context& ctx, const Program& program, const Origin& origin) {
  const std::string file = record_file(program, origin);
  return read_record_text(ctx.root() / file, ctx.display(file), kMaxRecordBytes);
}

void edit_error(RecordText& text, std::string_view path, int item, std::string code, std::string message) {
  text.problems.push_back(Problem{text.where(path, item), Severity::error, std::move(code), std::move(message)});
}

// The id may not change (it names the file, or the entry), and an id the
// edit brings into a reference field must name a record; one that was
// already there is left to `advo check`.
template <class R>
void check_edited_links(const Program& program, const R& before, const R& after, RecordText& text) {
  if (after.id != before.id)
    edit_error(text, "id", -1, "id",
               fmt::format("the id cannot be changed ({}); keep id: {}",
                           std::is_same_v<R, Engagement> ? "it names the entry" : "it is the file's name",
                           before.id.view()));
  for (const FieldDef& field : schema_for<R>().fields) {
    if (field.ref == RefKind::none) continue;
    const auto at = [&field](const R& r) { return reinterpret_cast<const char*>(&r) + field.offset; };
    auto check = [&](Sym id, int item, bool was_there) {
      if (id.empty() || was_there || names_record(program, field.ref, id.view())) return;
      const RecordSchema& target = schema_of(field.ref == RefKind::advocate ? RecordKind::advocate
                                             : field.ref == RefKind::story  ? RecordKind::story
                                                                            : RecordKind::request);
      edit_error(text, field.name, item, "reference", fmt::format("no {} '{}'", target.name, id.view()));
    };
    if (field.type == FieldType::text) {
      const Sym id = *reinterpret_cast<const Sym*>(at(after));
      check(id, -1, id == *reinterpret_cast<const Sym*>(at(before)));
    } else if (field.type == FieldType::text_list) {
      const SymList& ids = *reinterpret_cast<const SymList*>(at(after));
      const SymList& had = *reinterpret_cast<const SymList*>(at(before));
      for (size_t i = 0; i < ids.size(); ++i) check(ids[i], static_cast<int>(i), contains(had, ids[i]));
    }
  }
}

void finish_checks(RecordText& text) { sort_problems(text.problems); }

}  // namespace

std::string text_to_edit(Context& ctx, const Program& program, const Advocate& record) {
  return edited_file_text(ctx, program, record.origin);
}
std::string text_to_edit(Context& ctx, const Program& program, const Story& record) {
  return edited_file_text(ctx, program, record.origin);
}
std::string text_to_edit(Context& ctx, const Program& program, const Request& record) {
  return edited_file_text(ctx, program, record.origin);
}
std::string text_to_edit(Context&, const Program&, const Engagement& record) { return write_record(record); }

void check_edited(const Program& program, Date, const Advocate& before, const Advocate& after, RecordText& text) {
  check_edited_links(program, before, after, text);
  if (const Advocate* same = advocate_with_email(program, after.email.view(), before.id.view()))
    edit_error(text, "email", -1, "duplicate-email",
               fmt::format("e-mail {} is also the e-mail of advocate '{}'", after.email.view(), same->id.view()));
  finish_checks(text);
}

void check_edited(const Program& program, Date today, const Story& before, const Story& after, RecordText& text) {
  check_edited_links(program, before, after, text);
  // Rules the story already broke are left to `advo check`; the edit may
  // not add one.
  const std::vector<FieldIssue> had = story_rule_issues(before, today);
  for (const FieldIssue& issue : story_rule_issues(after, today)) {
    const bool old = std::any_of(had.begin(), had.end(), [&](const FieldIssue& h) {
      return h.code == issue.code && h.path == issue.path && h.message == issue.message;
    });
    if (!old) text.problems.push_back(Problem{text.where(issue.path, issue.item), issue.severity, issue.code, issue.message});
  }
  finish_checks(text);
}

void check_edited(const Program& program, Date, const Request& before, const Request& after, RecordText& text) {
  check_edited_links(program, before, after, text);
  if (after.type != before.type)
    if (const ActivityType* t = program.settings.type(after.type); t != nullptr && t->kind == ActivityKind::give)
      edit_error(text, "type", -1, "type", fmt::format("{} is a give; a request's type is an ask type", t->name));
  finish_checks(text);
}

void check_edited(const Program& program, Date today, const Engagement& before, const Engagement& after,
                  RecordText& text) {
  check_edited_links(program, before, after, text);
  // As `advo engagement set`: an entry for another advocate or type is
  // logged anew, and the mistaken one deleted.
  if (after.advocate != before.advocate)
    edit_error(text, "advocate", -1, "locked",
               fmt::format("the advocate cannot be changed; keep advocate: {} (log the engagement for the right "
                           "advocate and delete this one)",
                           before.advocate.view()));
  if (after.type != before.type)
    edit_error(text, "type", -1, "locked",
               fmt::format("the type cannot be changed; keep type: {} (log the engagement with the right type and "
                           "delete this one)",
                           before.type.view()));
  if (std::string error = future_outcome_error(after, today); !error.empty())
    edit_error(text, "outcome", -1, "outcome", std::move(error));
  finish_checks(text);
}

std::string save_edited(Context& ctx, const Program& program, const Advocate&, Advocate& after) {
  save_record(ctx, program, after);
  return ctx.display(record_file(program, after.origin));
}
std::string save_edited(Context& ctx, const Program& program, const Story&, Story& after) {
  save_record(ctx, program, after);
  return ctx.display(record_file(program, after.origin));
}
std::string save_edited(Context& ctx, const Program& program, const Request&, Request& after) {
  save_record(ctx, program, after);
  return ctx.display(record_file(program, after.origin));
}

std::string save_edited(Context& ctx, const Program& program, const Engagement& before, Engagement& after) {
  // The rules of rest, as `advo engagement set` applies them; the override
  // is the entry's own `override:`.
  if (makes_new_ask(before, after, program.settings))
    apply_rest_rules(ctx, program, after, &before, "save it", "override:");
  save_engagement_correction(ctx, program, before, after);
  const std::string old_file = record_file(program, before.origin);
  const std::string new_file = "engagements/" + after.date.month_key() + ".yaml";
  if (before.date.month_key() == after.date.month_key() || new_file == old_file) return ctx.display(old_file);
  return fmt::format("{} (moved from {})", ctx.display(new_file), ctx.display(old_file));
}

}  // namespace advo::cli
