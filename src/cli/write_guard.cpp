#include "cli/write_guard.hpp"

#include <algorithm>
#include <map>
#include <optional>

#include <fmt/format.h>

#include "advo/error.hpp"
#include "advo/render/terminal.hpp"
#include "advo/storage/record_files.hpp"
#include "advo/storage/record_writer.hpp"

namespace advo::cli {
namespace {

// The kind of record a file of the program holds; none for the settings.
std::optional<RecordKind> kind_of_file(std::string_view relative) {
  const std::string_view folder = relative.substr(0, relative.find('/'));
  if (folder == "advocates") return RecordKind::advocate;
  if (folder == "stories") return RecordKind::story;
  if (folder == "requests") return RecordKind::request;
  if (folder == "engagements") return RecordKind::engagement;
  return std::nullopt;
}

std::string record_text(const AddedError& e) {
  if (e.engagement)
    return fmt::format("the {} of {} ({})", e.engagement->type.view(), e.engagement->date.str(), e.id.view());
  switch (e.kind) {
    case RecordKind::advocate:
      return fmt::format("advocate {}", e.id.view());
    case RecordKind::story:
      return fmt::format("story {}", e.id.view());
    case RecordKind::request:
      return fmt::format("request {}", e.id.view());
    case RecordKind::engagement:
      break;
  }
  return fmt::format("engagement {}", e.id.view());
}

bool overridable(const AddedError& e) { return e.code == "rest-rule" && e.engagement.has_value(); }

// The way out of an error, when there is one to name.
std::string way_out(const AddedError& e, bool override_offered) {
  if (!overridable(e)) return "";
  std::string text = fmt::format("\n    cancel it first with 'advo engagement cancel {}'", e.id.view());
  if (override_offered) text += ", or pass --override REASON";
  return text;
}

// Records `reason` as the override of every ask in `errors` whose new
// errors are all breaks of a rule of rest: their month files are staged
// again with the override. Returns whether any was.
bool record_overrides(Context& ctx, const Program& program, const std::vector<FileAfterWrite>& files,
                      const std::vector<AddedError>& errors, const std::string& reason) {
  std::map<std::string, std::vector<Sym>> by_file;
  for (const AddedError& e : errors)
    if (overridable(e)) by_file[e.file].push_back(e.id);
  for (const AddedError& e : errors)
    if (!overridable(e) && e.kind == RecordKind::engagement)
      for (auto& [file, ids] : by_file) std::erase(ids, e.id);
  bool any = false;
  for (auto& [file, ids] : by_file) {
    if (ids.empty()) continue;
    std::vector<Engagement> entries;
    const auto staged = std::find_if(files.begin(), files.end(), [&](const FileAfterWrite& f) { return f.relative == file; });
    if (staged != files.end()) {
      entries = staged->engagements;
    } else {
      for (const Engagement& e : program.engagements)
        if (e.origin.file < program.files.size() && program.files[e.origin.file] == file) entries.push_back(e);
    }
    for (Engagement& e : entries)
      if (std::find(ids.begin(), ids.end(), e.id) != ids.end()) {
        e.override_reason = Sym(reason);
        ctx.note(fmt::format("{}: override recorded ({})", e.id.view(), reason));
        any = true;
      }
    ctx.write(file, write_month_file(entries));
    ctx.stage_entries(file, std::move(entries));
  }
  return any;
}

}  // namespace

std::vector<FileAfterWrite> staged_files(Context& ctx) {
  std::vector<FileAfterWrite> out;
  for (const auto& [relative, content] : ctx.staged()) {
    const std::optional<RecordKind> kind = kind_of_file(relative);
    if (!kind) continue;
    FileAfterWrite file;
    file.relative = relative;
    file.removed = !content.has_value();
    if (const std::vector<Engagement>* entries = ctx.staged_entries(relative)) {
      file.engagements = *entries;
    } else if (content) {
      ParsedFile parsed = parse_record_file_text(*kind, *content, ctx.display(relative));
      file.advocates = std::move(parsed.advocates);
      file.stories = std::move(parsed.stories);
      file.requests = std::move(parsed.requests);
      file.engagements = std::move(parsed.engagements);
    }
    out.push_back(std::move(file));
  }
  return out;
}

std::string errors_added_text(const std::vector<AddedError>& errors, bool override_offered) {
  std::string text = fmt::format("refused: the change would add {} to what 'advo check' finds; nothing written",
                                 errors.size() == 1 ? "an error" : fmt::format("{} errors", errors.size()));
  for (const AddedError& e : errors)
    text += fmt::format("\n  {}: {}{}", record_text(e), e.message, way_out(e, override_offered));
  return text;
}

void refuse_errors_added(Context& ctx, const Program& program) {
  std::vector<FileAfterWrite> files = staged_files(ctx);
  std::vector<AddedError> errors = errors_added(program, files, ctx.today());
  if (errors.empty()) return;
  if (ctx.override_offered() && !ctx.override_reason().empty() &&
      record_overrides(ctx, program, files, errors, ctx.override_reason())) {
    files = staged_files(ctx);
    errors = errors_added(program, files, ctx.today());
    if (errors.empty()) return;
  }
  throw RefusedError(terminal_safe(errors_added_text(errors, ctx.override_offered()), /*keep_newlines=*/true));
}

}  // namespace advo::cli
