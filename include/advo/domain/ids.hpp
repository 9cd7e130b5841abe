// Record ids (advo-files(5)): readable slugs, never a shared counter.
#pragma once

#include <functional>
#include <string>
#include <string_view>

namespace advo {

inline constexpr size_t kMaxIdLength = 80;

// [a-z0-9][a-z0-9-]*, at most 80 characters. Anything else never reaches a
// path.
bool valid_id(std::string_view id);

// Lower-case ASCII words joined by '-', accents folded, everything else
// dropped, cut to `max` characters at a word boundary where possible.
// May return "" when nothing is left.
std::string slugify(std::string_view text, size_t max = kMaxIdLength);

// base, or base-2, base-3 … : the first that `taken` refuses. The result
// never exceeds the id length limit.
std::string unique_id(std::string_view base, const std::function<bool(std::string_view)>& taken);

// The id of a new advocate, story, request or engagement (before making it
// unique). Fallbacks keep an id when the text has no letters.
std::string advocate_slug(std::string_view name, std::string_view company);
std::string story_slug(std::string_view title);
std::string request_slug(std::string_view requested_on, std::string_view account, std::string_view type);
std::string engagement_slug(std::string_view date, std::string_view advocate, std::string_view type);

}  // namespace advo
