// "did you mean …?" for unknown keys, fields, values and commands.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace advo {

size_t edit_distance(std::string_view a, std::string_view b);

// The candidate closest to `word` when it is close enough to be a likely
// typo (or `word` is a prefix of it); nullopt otherwise.
std::optional<std::string> nearest(std::string_view word, std::span<const std::string> candidates);
std::optional<std::string> nearest(std::string_view word, std::span<const std::string_view> candidates);

// " (did you mean 'x'?)" or "".
std::string did_you_mean(std::string_view word, std::span<const std::string> candidates);
std::string did_you_mean(std::string_view word, std::span<const std::string_view> candidates);

// How every refused enumerated value is told, `what` naming the list:
//   unknown industry 'fintech' (did you mean 'financial-services'?); known: healthcare, financial-services, …
// The suggestion is the nearest value, else the one value that starts with
// the same three letters.
std::string unknown_value(std::string_view what, std::string_view value, std::span<const std::string> known);
std::string unknown_value(std::string_view what, std::string_view value, std::span<const std::string_view> known);

}  // namespace advo
