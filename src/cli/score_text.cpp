// How scores are written (score_text.hpp).
#include "cli/score_text.hpp"

#include <cmath>

#include <fmt/format.h>

namespace advo::cli {

std::string score_text(double score) { return fmt::format("{:.1f}", score); }

double json_rounded(double x) { return std::round(x * 10000.0) / 10000.0; }

}  // namespace advo::cli
