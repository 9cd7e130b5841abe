// Countries as people write them in spreadsheets and CRM exports: ISO 3166-1
// alpha-2 codes in any case ("de"), alpha-3 codes ("DEU"), the English short
// names of ISO 3166 ("Germany", "Korea, Republic of") and the common forms
// of some of them ("South Korea", "UK", "USA", "Vietnam").
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace advo {

// The alpha-2 code `text` names, or nullopt. Names are compared ignoring
// case, accents, punctuation, spaces and a leading "the".
std::optional<std::string_view> country_code(std::string_view text);

// The ISO 3166 English short name of an alpha-2 code, or "".
std::string_view country_name(std::string_view code);

// Every name country_code knows, for suggestions.
std::vector<std::string> country_names();

}  // namespace advo
