#include "cli/record_update.hpp"

#include <fmt/format.h>

#include "advo/error.hpp"
#include "advo/render/terminal.hpp"

namespace advo::cli {

std::string record_file(const Program& program, const Origin& origin) {
  if (origin.file >= program.files.size()) throw std::logic_error("record without a file");
  return program.files[origin.file];
}

std::string changed_fields(const RecordSchema& schema, const void* before, const void* after) {
  std::string out;
  for (const FieldDef& field : schema.fields) {
    const RecordSchema one{schema.kind, schema.name, schema.folder, std::span<const FieldDef>(&field, 1)};
    if (same_values(one, before, after)) continue;
    out += (out.empty() ? "" : ", ") + std::string(field.name);
  }
  return out;
}

const Advocate& advocate_arg(const Program& program, std::string_view text) {
  const RecordRef ref = resolve_id(program, text, {RecordKind::advocate});
  return program.advocates[ref.index];
}

const Request& request_arg(const Program& program, std::string_view text) {
  const RecordRef ref = resolve_id(program, text, {RecordKind::request});
  return program.requests[ref.index];
}

void refuse_assignments(Context& ctx, const std::vector<AssignmentError>& errors) {
  for (const AssignmentError& e : errors)
    ctx.err() << "advo: " << terminal_safe(e.assignment) << ": " << terminal_safe(e.message, /*keep_newlines=*/true) << '\n';
  throw UsageError(fmt::format("nothing written ({} error{})", errors.size(), errors.size() == 1 ? "" : "s"));
}

std::vector<Assignment> assignments_arg(Context& ctx, const std::vector<std::string>& words) {
  std::vector<Assignment> assignments;
  std::vector<AssignmentError> errors;
  for (const std::string& text : words) {
    if (auto a = parse_assignment(text))
      assignments.push_back(std::move(*a));
    else
      errors.push_back({text, "not an assignment: write FIELD=VALUE, LIST+=VALUE or LIST-=VALUE"});
  }
  if (!errors.empty()) refuse_assignments(ctx, errors);
  return assignments;
}

}  // namespace advo::cli
