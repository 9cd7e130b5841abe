// Placing findings about records at the line and column of the value they
// are about: from the places kept beside the cache for files that did not
// change (storage/cache/check_places.hpp), else by reading the files they
// came from again. A load through the cache keeps the places it used.
#pragma once

#include "advo/domain/check.hpp"
#include "advo/storage/loader.hpp"

namespace advo {

Problems place_findings(const LoadedProgram& loaded, const Findings& findings);

}  // namespace advo
