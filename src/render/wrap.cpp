#include "advo/render/wrap.hpp"

#include "advo/render/terminal.hpp"

namespace advo {

std::string wrap_words(std::string_view text, size_t width, size_t indent, size_t hanging) {
  std::string out, line;
  size_t line_width = 0;
  bool first = true;
  auto flush = [&] {
    out += std::string(first ? indent : hanging, ' ') + line + "\n";
    first = false;
    line.clear();
    line_width = 0;
  };
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find(' ', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view word = text.substr(start, end - start);
    start = end + 1;
    if (word.empty()) continue;
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

}  // namespace advo
