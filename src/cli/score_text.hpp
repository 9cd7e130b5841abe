// How the scores of `advo match` and `advo stories --for` are written, so
// both commands write them alike.
#pragma once

#include <string>

namespace advo::cli {

// A score of 0..100 for text, CSV and Markdown: one decimal, "87.5".
std::string score_text(double score);

// A fraction or points for JSON: rounded to four decimals, so that the
// output does not carry the noise of floating point (0.6667, not
// 0.66666666666666663).
double json_rounded(double x);

}  // namespace advo::cli
