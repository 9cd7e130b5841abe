// Sentences wrapped to a terminal width at spaces.
#pragma once

#include <string>
#include <string_view>

namespace advo {

// `text` wrapped at spaces to `width` columns: the first line indented by
// `indent`, the others by `hanging`; each line ends in a newline. A word
// longer than the line stands alone on its line.
std::string wrap_words(std::string_view text, size_t width, size_t indent, size_t hanging);

// As wrap_words, but a phrase in parentheses ("(625 days ago)") stays on one
// line when it fits one: for short items whose parentheses say when.
std::string wrap_phrases(std::string_view text, size_t width, size_t indent, size_t hanging);

}  // namespace advo
