// Id prefixes in queries: `advocate:jane-doe` selects the engagements of
// `jane-doe-northwind-health` when that is the only advocate id starting so,
// as a unique prefix names a record on the command line.
#pragma once

#include <string>
#include <string_view>

#include "advo/domain/program.hpp"
#include "advo/domain/query.hpp"

namespace advo {

// The id `value` stands for among the records of `kind`: the value itself
// when it is an id or no id starts with it (so it matches what it matches,
// such as an id no longer in the program), else the one id it is a prefix
// of. Throws DomainError listing the candidates when there are several.
std::string expand_reference(const Program& program, RefKind kind, std::string_view value);

// expand_reference for Query::parse; `program` must outlive the lookup.
ReferenceLookup reference_lookup(const Program& program);

}  // namespace advo
