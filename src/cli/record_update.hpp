// What the commands that change records share: finding the record named
// on the command line, writing it back to its own file, and refusing a
// change with every reason.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "advo/domain/assignment.hpp"
#include "advo/domain/program.hpp"
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

// The advocate an id or a unique id prefix names; UsageError otherwise.
const Advocate& advocate_arg(const Program& program, std::string_view text);

// Prints every invalid assignment ("advo: ASSIGNMENT: message"), then
// throws UsageError: nothing was written.
[[noreturn]] void refuse_assignments(Context& ctx, const std::vector<AssignmentError>& errors);

}  // namespace advo::cli
