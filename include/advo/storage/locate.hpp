// Placing findings about records at the line and column of the value they
// are about, by reading the files they came from again.
#pragma once

#include "advo/domain/check.hpp"
#include "advo/storage/loader.hpp"

namespace advo {

Problems place_findings(const LoadedProgram& loaded, const Findings& findings);

}  // namespace advo
