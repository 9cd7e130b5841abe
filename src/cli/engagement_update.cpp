// The shared steps of the commands that write engagements
// (engagement_update.hpp).
#include "cli/engagement_update.hpp"

#include <algorithm>
#include <optional>

#include <fmt/format.h>

#include "advo/domain/field_values.hpp"
#include "advo/domain/folding.hpp"
#include "advo/domain/rest.hpp"
#include "advo/domain/schema.hpp"
#include "advo/domain/suggest.hpp"
#include "advo/error.hpp"
#include "advo/render/terminal.hpp"
#include "advo/storage/files.hpp"
#include "advo/storage/loader.hpp"
#include "advo/storage/record_writer.hpp"
#include "cli/availability_text.hpp"

namespace advo::cli {
namespace {

std::string month_file_of(Date date) { return "engagements/" + date.month_key() + ".yaml"; }

// The engagements of one month file as loaded (by file, not by date, so a
// misplaced entry is kept where it is).
std::vector<Engagement> month_file_engagements(const Program& program, const std::string& relative) {
  std::vector<Engagement> out;
  for (const Engagement& e : program.engagements)
    if (e.origin.file < program.files.size() && program.files[e.origin.file] == relative) out.push_back(e);
  return out;
}

// The month file with a new entry, when it sorts last and the file holds
// exactly what advo writes for the entries loaded from it: the file's bytes
// kept and the entry's text added, which is what writing the whole file
// gives without laying out every entry again. Still written as a whole
// through the write transaction, never appended in place.
std::optional<std::string> appended_month_file(Context& ctx, const std::string& file,
                                               const std::vector<Engagement>& entries, const Engagement& added) {
  if (entries.empty()) return std::nullopt;
  const std::optional<FileStamp> loaded = ctx.loaded().stamp_of(file);
  if (!loaded || !loaded->exists) return std::nullopt;
  std::string existing;
  try {
    existing = read_file(ctx.root() / file, ctx.display(file), kMonthFileLimits.max_bytes);
  } catch (const Error&) {
    return std::nullopt;  // writing the whole file says what is wrong
  }
  // The bytes the entries were loaded from, or the whole file is written
  // (and the write finds that it changed).
  if (existing.size() != loaded->size || content_hash(existing) != loaded->hash) return std::nullopt;
  return append_to_month_file(existing, entries, added);
}

}  // namespace

const ActivityType& activity_type_arg(const Settings& settings, const std::string& name) {
  if (const ActivityType* t = settings.type(name)) return *t;
  throw UsageError(unknown_value("activity type", name, settings.type_names()));
}

const Engagement& engagement_arg(const Program& program, std::string_view text) {
  return program.engagements[resolve_id(program, text, {RecordKind::engagement}).index];
}

void store_engagement_field(Engagement& e, std::string_view field, std::string_view option, std::string_view text) {
  if (!valid_utf8(text)) throw UsageError(fmt::format("{} is not valid UTF-8 text", option));
  const auto resolved = resolve_path(schema_for<Engagement>(), field);
  const std::string error = store_scalar(*resolved->def, &e, resolved->offset, text);
  if (!error.empty()) throw UsageError(fmt::format("{}: {}", option, error));
}

void apply_rest_rules(Context& ctx, const Program& program, Engagement& e, const Engagement* replacing,
                      std::string_view what, std::string_view override_name) {
  const bool has_override = !e.override_reason.empty();
  const Advocate* advocate = program.find_advocate(e.advocate.view());
  const ActivityType* type = program.settings.type(e.type.view());
  if (!is_ask(e, program.settings) || advocate == nullptr || type == nullptr) {
    if (has_override)
      ctx.note(fmt::format("{} is never refused; {} not recorded",
                           type != nullptr && type->kind == ActivityKind::give ? "a give" : "a cancelled ask",
                           override_name));
    e.override_reason = Sym();
    return;
  }
  std::vector<Ask> asks;
  if (replacing == nullptr) {
    asks = asks_of(program, *advocate);
  } else {
    std::vector<const Engagement*> others;
    for (uint32_t i : program.engagements_of(*advocate))
      if (&program.engagements[i] != replacing) others.push_back(&program.engagements[i]);
    asks = asks_from(others, program.settings);
  }
  const Availability a = RestPolicy(program.settings).availability(*advocate, asks, *type, e.date);
  if (a.available()) {
    if (has_override) ctx.note(fmt::format("no rule of rest is broken; {} not recorded", override_name));
    e.override_reason = Sym();
    return;
  }
  if (!has_override) {
    std::string text = availability_text(advocate->id.view(), type->name, e.date, a);
    text += not_willing_hint(advocate->id.view(), type->name, a);
    // An override is for the rules of rest; not-willing is mended on the profile.
    text += "  nothing written";
    if (breaks_other_than_not_willing(a))
      text += fmt::format("; to {} anyway, give the reason with {} REASON", what, override_name);
    throw RefusedError("refused: " + text);
  }
  ctx.note(fmt::format("breaks {}; {} with the override", reason_codes(a.reasons),
                       replacing == nullptr ? "logged" : "changed"));
}

void update_answered_request(Context& ctx, const Program& program, const Request& request, const Engagement& e) {
  if (e.outcome != Outcome::completed && e.outcome != Outcome::scheduled) return;
  Request r = request;
  const RequestStatus was = r.status;
  if (r.type != e.type)
    ctx.note(fmt::format("request {} is for {}, not {}", terminal_safe(r.id.view()), terminal_safe(r.type.view()),
                         e.type.view()));
  if (!contains(r.advocates, e.advocate)) {
    std::vector<Sym> ids = r.advocates.to_vector();
    ids.push_back(e.advocate);
    r.advocates = SymList(ids);
  }
  if (e.outcome == Outcome::completed) {
    r.status = RequestStatus::fulfilled;
    if (was != RequestStatus::fulfilled || !r.fulfilled_on || e.date < r.fulfilled_on) r.fulfilled_on = e.date;
  } else if (was == RequestStatus::open || was == RequestStatus::matched) {
    r.status = RequestStatus::scheduled;
  }
  if (r.status != was)
    ctx.note(fmt::format("request {}: {} (was {})", r.id.view(), to_string(r.status), to_string(was)));
  ctx.write(program.files.at(r.origin.file), write_record(r));
}

const Engagement* scheduled_on_the_day(const Program& program, const Engagement& e) {
  for (uint32_t i : program.engagements_of_id(e.advocate.view())) {
    const Engagement& other = program.engagements[i];
    if (other.outcome == Outcome::scheduled && other.date == e.date && iequals(other.type.view(), e.type.view()))
      return &other;
  }
  return nullptr;
}

bool makes_new_ask(const Engagement& before, const Engagement& after, const Settings& settings) {
  return is_ask(after, settings) && (after.date != before.date || !is_ask(before, settings));
}

std::string future_outcome_error(const Engagement& after, Date today) {
  if (after.date > today && (after.outcome == Outcome::completed || after.outcome == Outcome::no_show))
    return fmt::format("an engagement dated after today ({}) cannot be {}; it would be scheduled", today.str(),
                       to_string(after.outcome));
  return {};
}

void save_engagement_correction(Context& ctx, const Program& program, const Engagement& before,
                                const Engagement& after) {
  write_engagement_change(ctx, program, &before, &after);
  const bool answers_anew = after.request != before.request || after.outcome != before.outcome;
  if (!after.request.empty() && answers_anew)
    if (const Request* r = program.find_request(after.request.view())) update_answered_request(ctx, program, *r, after);
}

void write_engagement_change(Context& ctx, const Program& program, const Engagement* before, const Engagement* after) {
  const std::string old_file = before != nullptr ? program.files.at(before->origin.file) : std::string();
  // A corrected entry stays in the file it is in while its month is the
  // same; a new or moved one goes to the file of its month.
  const std::string new_file =
      after == nullptr ? std::string()
                       : (before != nullptr && before->date.month_key() == after->date.month_key() ? old_file
                                                                                                   : month_file_of(after->date));
  std::vector<std::string> emptied;
  std::vector<std::string> touched;
  for (const std::string& file : {old_file, new_file})
    if (!file.empty() && std::find(touched.begin(), touched.end(), file) == touched.end()) touched.push_back(file);
  for (const std::string& file : touched) {
    std::vector<Engagement> entries;
    for (Engagement& e : month_file_engagements(program, file))
      if (before == nullptr || e.id != before->id) entries.push_back(std::move(e));
    std::optional<std::string> appended;
    if (before == nullptr && after != nullptr && file == new_file) appended = appended_month_file(ctx, file, entries, *after);
    if (after != nullptr && file == new_file) entries.push_back(*after);
    if (entries.empty()) {
      emptied.push_back(file);
    } else {
      ctx.write(file, appended ? *appended : write_month_file(entries));
      ctx.stage_entries(file, std::move(entries));
    }
  }
  for (const std::string& file : emptied) ctx.remove(file);
}

}  // namespace advo::cli
