// CSV output: quoting, formula neutralising and the terminal's view of it.
#include "advo/render/csv.hpp"

#include "advo/render/terminal.hpp"

namespace advo {

std::string csv_field(std::string_view text) {
  std::string value;
  if (!text.empty() && (text[0] == '=' || text[0] == '+' || text[0] == '-' || text[0] == '@' || text[0] == '\t' ||
                        text[0] == '\r'))
    value = "'";
  value += text;
  const bool quote = value.find_first_of(",\"\r\n;\t") != std::string::npos || (!value.empty() && (value.front() == ' ' || value.back() == ' '));
  if (!quote) return value;
  std::string out = "\"";
  for (char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

std::string csv_row(const std::vector<std::string>& fields) {
  std::string out;
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) out += ',';
    out += csv_field(fields[i]);
  }
  out += "\r\n";
  return out;
}

std::string csv_for_terminal(std::string_view csv) {
  std::string out;
  out.reserve(csv.size());
  while (!csv.empty()) {
    const size_t end = csv.find("\r\n");
    out += terminal_safe(csv.substr(0, end), /*keep_newlines=*/true);
    if (end == std::string_view::npos) break;
    out += "\r\n";
    csv.remove_prefix(end + 2);
  }
  return out;
}

}  // namespace advo
