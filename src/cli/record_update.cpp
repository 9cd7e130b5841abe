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

void refuse_assignments(Context& ctx, const std::vector<AssignmentError>& errors) {
  for (const AssignmentError& e : errors)
    ctx.err() << "advo: " << terminal_safe(e.assignment) << ": " << terminal_safe(e.message) << '\n';
  throw UsageError(fmt::format("nothing written ({} error{})", errors.size(), errors.size() == 1 ? "" : "s"));
}

}  // namespace advo::cli
