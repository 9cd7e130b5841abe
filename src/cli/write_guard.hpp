// The check before a command's changes land: the program as the staged
// writes leave it must not have an error of `advo check` it did not have
// before (errors already there do not block a change: a manager mends one
// thing at a time). Only the records the change can involve are checked
// (advo/domain/write_check.hpp), so a write stays as fast as it was.
#pragma once

#include <string>
#include <vector>

#include "advo/domain/program.hpp"
#include "advo/domain/write_check.hpp"
#include "cli/context.hpp"

namespace advo::cli {

// The files staged in `ctx`, read back into records.
std::vector<FileAfterWrite> staged_files(Context& ctx);

// Refuses (RefusedError, exit 4: nothing written) the changes staged in
// `ctx` when they add errors to `program`, naming each record and the way
// out. When the command offers --override and the reason was given, an ask
// the change leaves breaking a rule of rest gets the reason recorded as its
// `override:` (its month file staged too) instead.
void refuse_errors_added(Context& ctx, const Program& program);

// The refusal's text for `errors` (one line each, with the way out).
std::string errors_added_text(const std::vector<AddedError>& errors, bool override_offered);

}  // namespace advo::cli
