// Text bound for an HTML page: escaped so that no record value can add
// markup, and links only to web addresses.
#pragma once

#include <string>
#include <string_view>

namespace advo {

// Escapes & < > " ' so the text is safe in element content and in quoted
// attribute values; control characters other than tab and newline are
// dropped.
std::string html_escape(std::string_view text);

// Whether `url` may become a link: http:// or https:// (any case), with no
// space, quote, angle bracket, backslash or control character in it.
bool linkable_url(std::string_view url);

// <a href="url">text</a> when the URL is linkable, else the escaped text
// alone (with the URL after it in brackets when it is not empty).
std::string html_link(std::string_view text, std::string_view url);

}  // namespace advo
