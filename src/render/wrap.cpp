// Sentences wrapped at spaces, or only outside phrases in parentheses.
#include "advo/render/wrap.hpp"

#include <vector>

#include "advo/render/terminal.hpp"

namespace advo {
namespace {

// The words of `text`; with `keep_phrases`, a phrase in parentheses
// ("(625 days ago)") joined into one unless it is wider than `longest`
// columns.
std::vector<std::string> units(std::string_view text, size_t longest, bool keep_phrases) {
  std::vector<std::string_view> words;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find(' ', start);
    if (end == std::string_view::npos) end = text.size();
    if (end > start) words.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  std::vector<std::string> out;
  for (size_t i = 0; i < words.size(); ++i) {
    const std::string_view w = words[i];
    size_t close = i;
    if (keep_phrases && w.front() == '(' && w.find(')') == std::string_view::npos) {
      close = i + 1;
      while (close < words.size() && words[close].find(')') == std::string_view::npos) ++close;
    }
    std::string phrase(w);
    for (size_t k = i + 1; close < words.size() && k <= close; ++k) phrase += " " + std::string(words[k]);
    if (close > i && close < words.size() && display_width(phrase) <= longest) {
      out.push_back(std::move(phrase));
      i = close;
    } else {
      out.emplace_back(w);
    }
  }
  return out;
}

std::string wrap(std::string_view text, size_t width, size_t indent, size_t hanging, bool keep_phrases) {
  std::string out, line;
  size_t line_width = 0;
  bool first = true;
  auto flush = [&] {
    out += std::string(first ? indent : hanging, ' ') + line + "\n";
    first = false;
    line.clear();
    line_width = 0;
  };
  const size_t longest = width > hanging ? width - hanging : 0;
  for (const std::string& word : units(text, longest, keep_phrases)) {
    const size_t w = display_width(word);
    const size_t lead = first ? indent : hanging;
    if (line_width > 0 && lead + line_width + 1 + w > width) flush();
    if (line_width > 0) {
      line += ' ';
      ++line_width;
    }
    line += word;
    line_width += w;
  }
  if (line_width > 0 || first) flush();
  return out;
}

}  // namespace

std::string wrap_words(std::string_view text, size_t width, size_t indent, size_t hanging) {
  return wrap(text, width, indent, hanging, false);
}

std::string wrap_phrases(std::string_view text, size_t width, size_t indent, size_t hanging) {
  return wrap(text, width, indent, hanging, true);
}

}  // namespace advo
