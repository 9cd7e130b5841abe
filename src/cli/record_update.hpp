// What the commands that change records share: finding the record named
// on the command line, writing it back to its own file, and refusing a
// change with every reason.
#pragma once

#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include <fmt/format.h>

#include "advo/domain/assignment.hpp"
#include "advo/domain/program.hpp"
#include "advo/domain/story_approvals.hpp"
#include "advo/storage/record_writer.hpp"
#include "cli/context.hpp"

namespace advo::cli {

// The file a loaded record came from, relative to the program root.
std::string record_file(const Program& program, const Origin& origin);

// Writes the record in canonical form to the file it came from; false when
// the file already holds exactly that text.
template <class R>
bool save_record(Context& ctx, const Program& program, const R& record) {
  return ctx.write(record_file(program, record.origin), write_record(record));
}

// The names of the top-level fields whose values differ, in file order
// ("nps", "products"), for describing a change.
std::string changed_fields(const RecordSchema& schema, const void* before, const void* after);
template <class R>
std::string changed_fields(const R& before, const R& after) {
  return changed_fields(schema_for<R>(), &before, &after);
}

// The advocate / request an id or a unique id prefix names; UsageError
// otherwise.
const Advocate& advocate_arg(const Program& program, std::string_view text);
const Request& request_arg(const Program& program, std::string_view text);

// Prints every invalid assignment ("advo: ASSIGNMENT: message"), then
// throws UsageError: nothing was written.
[[noreturn]] void refuse_assignments(Context& ctx, const std::vector<AssignmentError>& errors);

// The assignments FIELD=VALUE, LIST+=VALUE, LIST-=VALUE of the command
// line; refuses them all when one word is not an assignment.
std::vector<Assignment> assignments_arg(Context& ctx, const std::vector<std::string>& words);

// Further checks of a changed record (against the rest of the program),
// adding an error per offending assignment.
template <class R>
using RecordCheck = std::function<void(const R& before, const R& after, std::span<const Assignment> assignments,
                                       std::vector<AssignmentError>& errors)>;

// `advo set` and `advo request set`: applies the assignments to a copy of
// `before`, all or nothing; refuses every invalid one (exit 2); writes the
// record to its file when it changed and says so.
template <class R>
void update_record(Context& ctx, const Program& program, const R& before, std::span<const Assignment> assignments,
                   const AssignmentRules& rules, const RecordCheck<R>& check = {}) {
  R after = before;
  std::vector<AssignmentError> errors = apply_assignments(after, assignments, program.settings, rules);
  if constexpr (std::is_same_v<R, Story>) settle_assigned_approvals(before, after);
  if (errors.empty() && check) check(before, after, assignments, errors);
  if (!errors.empty()) refuse_assignments(ctx, errors);
  if (same_record(before, after)) {
    ctx.note(before.id.str() + ": nothing changed");
    return;
  }
  save_record(ctx, program, after);
  ctx.note("updated " + ctx.display(record_file(program, before.origin)));
}

}  // namespace advo::cli
