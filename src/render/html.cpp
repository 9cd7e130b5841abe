#include "advo/render/html.hpp"

#include "advo/domain/folding.hpp"

namespace advo {

std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    const auto u = static_cast<unsigned char>(c);
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default:
        if ((u < 0x20 && c != '\t' && c != '\n') || u == 0x7f) break;
        out += c;
    }
  }
  return out;
}

bool linkable_url(std::string_view url) {
  const std::string lower = lower_ascii(url.substr(0, 8));
  const bool web = lower.starts_with("https://") || lower.starts_with("http://");
  if (!web) return false;
  for (char c : url) {
    const auto u = static_cast<unsigned char>(c);
    if (u <= 0x20 || u == 0x7f || c == '"' || c == '\'' || c == '<' || c == '>' || c == '\\' || c == '`') return false;
  }
  return url.size() > (lower.starts_with("https://") ? 8U : 7U);
}

std::string html_link(std::string_view text, std::string_view url) {
  if (linkable_url(url))
    return "<a href=\"" + html_escape(url) + "\">" + html_escape(text) + "</a>";
  if (url.empty()) return html_escape(text);
  return html_escape(text) + " <span class=\"url\">(" + html_escape(url) + ")</span>";
}

}  // namespace advo
