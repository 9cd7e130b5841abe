#include "advo/domain/list_text.hpp"

#include <fmt/format.h>

namespace advo {

std::string_view trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

std::vector<std::string> split_list(std::string_view text) {
  std::vector<std::string> out;
  std::string item;
  auto finish = [&] {
    const std::string_view t = trim(item);
    if (!t.empty()) out.emplace_back(t);
    item.clear();
  };
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\\' && i + 1 < text.size() && (text[i + 1] == ',' || text[i + 1] == '\\')) {
      item.push_back(text[++i]);
    } else if (c == ',') {
      finish();
    } else {
      item.push_back(c);
    }
  }
  finish();
  return out;
}

std::string join_list(const std::vector<std::string>& items, char separator) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out.push_back(separator);
    for (char c : items[i]) {
      if (c == separator || c == '\\') out.push_back('\\');
      out.push_back(c);
    }
  }
  return out;
}

std::vector<std::string> split_cell_list(std::string_view text) {
  std::vector<std::string> out;
  std::string item;
  auto finish = [&] {
    const std::string_view t = trim(item);
    if (!t.empty()) out.emplace_back(t);
    item.clear();
  };
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\\' && i + 1 < text.size() && (text[i + 1] == ';' || text[i + 1] == '|' || text[i + 1] == '\\')) {
      item.push_back(text[++i]);
    } else if (c == ';' || c == '|') {
      finish();
    } else {
      item.push_back(c);
    }
  }
  finish();
  return out;
}

std::string join_cell_list(const std::vector<std::string>& items) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out.push_back(';');
    for (char c : items[i]) {
      if (c == ';' || c == '|' || c == '\\') out.push_back('\\');
      out.push_back(c);
    }
  }
  return out;
}

std::optional<DateRange> parse_date_range(std::string_view text, std::string& error, bool open_ends) {
  text = trim(text);
  const size_t dots = text.find("..");
  auto date = [&](std::string_view part, Date& into) {
    part = trim(part);
    if (part.empty()) return open_ends;
    const auto d = Date::parse(part);
    if (!d) return false;
    into = *d;
    return true;
  };
  DateRange range;
  if (dots == std::string_view::npos) {
    if (!date(text, range.from) || !range.from) {
      error = fmt::format("invalid date '{}' (expected YYYY-MM-DD)", text);
      return std::nullopt;
    }
    range.to = range.from;
    return range;
  }
  const std::string_view from = text.substr(0, dots);
  const std::string_view to = text.substr(dots + 2);
  const bool ok = date(from, range.from) && date(to, range.to) && (range.from.valid() || range.to.valid());
  if (!ok) {
    error = fmt::format("invalid date range '{}' (expected {})", text,
                        open_ends ? "FROM..TO, FROM.. or ..TO with dates YYYY-MM-DD" : "FROM..TO with dates YYYY-MM-DD");
    return std::nullopt;
  }
  if (range.from && range.to && range.to < range.from) {
    error = fmt::format("date range '{}' ends before it starts", text);
    return std::nullopt;
  }
  return range;
}

std::optional<Window> parse_window(std::string_view text, std::string& error) {
  text = trim(text);
  const size_t space = text.find_first_of(" \t");
  const std::string_view dates = text.substr(0, space);
  const std::string_view reason = space == std::string_view::npos ? std::string_view{} : trim(text.substr(space));
  std::string range_error;
  const auto range = parse_date_range(dates, range_error);
  if (!range) {
    error = fmt::format("invalid window '{}' (expected FROM..TO or FROM..TO REASON, dates YYYY-MM-DD)", text);
    return std::nullopt;
  }
  Window w;
  w.from = range->from;
  w.to = range->to;
  if (!reason.empty()) w.reason = Sym(reason);
  return w;
}

std::string window_text(const Window& w) {
  std::string out = w.from.str() + ".." + w.to.str();
  if (!w.reason.empty()) {
    out += ' ';
    out += w.reason.view();
  }
  return out;
}

}  // namespace advo
