// The canonical YAML form of advo-files(5): the schema's key order, 2-space
// block style, strings quoted where plain YAML would read another type,
// empty fields left out, a trailing newline. Writing the same record twice
// gives the same bytes, so an unchanged record never shows in a diff.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "advo/domain/records.hpp"
#include "advo/domain/schema.hpp"

namespace advo {

std::string write_record(const RecordSchema& schema, const void* record);

template <class R>
std::string write_record(const R& record) {
  return write_record(schema_for<R>(), &record);
}

// A month file: the engagements as a YAML sequence, sorted by date, then id.
std::string write_month_file(std::span<const Engagement> engagements);

// The month file of `entries` with `added` after them, made of `existing`
// as it is and the text of `added`: only when `existing` is exactly what
// write_month_file gives for `entries` (as loaded from it, in order) and
// `added` sorts last, so that the result is what write_month_file gives
// for all of them; nullopt otherwise (or over the reader's limits), for
// the caller to write the whole file.
std::optional<std::string> append_to_month_file(std::string_view existing, std::span<const Engagement> entries,
                                                const Engagement& added);

// True when a plain YAML scalar with this text would be read back as the
// same string by any YAML reader (1.1 or 1.2).
bool plain_scalar_safe(std::string_view text);

// The text as a YAML scalar for a value after "key: " at `indent` spaces
// (plain, double-quoted, or a literal block for multi-line text).
std::string yaml_scalar(std::string_view text, size_t indent);

// Sorts engagements as month files keep them: by date, then id.
void sort_engagements(std::span<Engagement> engagements);

}  // namespace advo
