#include "advo/render/json.hpp"

#include <cmath>

#include <fmt/format.h>

namespace advo {

Json Json::rate(double numerator, double denominator) {
  if (denominator == 0) return Json();
  return Json(std::round(numerator / denominator * 10000.0) / 10000.0);
}

Json& Json::push(Json v) {
  if (is_null()) value_ = Array{};
  std::get<Array>(value_).push_back(std::move(v));
  return *this;
}

Json& Json::set(std::string key, Json v) {
  if (is_null()) value_ = Object{};
  auto& obj = std::get<Object>(value_);
  for (auto& [k, existing] : obj)
    if (k == key) {
      existing = std::move(v);
      return *this;
    }
  obj.emplace_back(std::move(key), std::move(v));
  return *this;
}

std::string json_quote(std::string_view text) {
  std::string out = "\"";
  for (size_t i = 0; i < text.size(); ++i) {
    const char ch = text[i];
    const auto c = static_cast<unsigned char>(ch);
    // C1 controls, line separators and bidirectional overrides as \u
    // escapes too: JSON read on a terminal cannot drive or reorder it.
    const auto next = [&](size_t k) { return i + k < text.size() ? static_cast<unsigned char>(text[i + k]) : 0u; };
    if (c == 0xC2 && next(1) >= 0x80 && next(1) <= 0x9F) {
      out += fmt::format("\\u{:04x}", next(1));
      ++i;
      continue;
    }
    if (c == 0xE2 && (next(1) == 0x80 || next(1) == 0x81) && next(2) >= 0x80 && next(2) <= 0xBF) {
      const unsigned cp = 0x2000u + ((next(1) & 0x3Fu) << 6) + (next(2) & 0x3Fu);
      if ((cp >= 0x2028 && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)) {
        out += fmt::format("\\u{:04x}", cp);
        i += 2;
        continue;
      }
    }
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\b':
        out += "\\b";
        break;
      case '\f':
        out += "\\f";
        break;
      default:
        if (c < 0x20 || c == 0x7f) out += fmt::format("\\u{:04x}", c);
        else out.push_back(ch);
    }
  }
  out += "\"";
  return out;
}

std::string Json::dump(int indent) const {
  std::string out;
  write(out, indent, 0);
  return out;
}

void Json::write(std::string& out, int indent, int depth) const {
  const auto newline = [&](int d) {
    if (indent <= 0) return;
    out += '\n';
    out.append(static_cast<size_t>(indent * d), ' ');
  };
  std::visit(
      [&](const auto& v) {
        using T = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<T, std::monostate>) {
          out += "null";
        } else if constexpr (std::is_same_v<T, bool>) {
          out += v ? "true" : "false";
        } else if constexpr (std::is_same_v<T, int64_t>) {
          out += fmt::format("{}", v);
        } else if constexpr (std::is_same_v<T, double>) {
          if (!std::isfinite(v)) out += "null";
          else if (std::floor(v) == v && std::fabs(v) < 1e15) out += fmt::format("{}", static_cast<int64_t>(v));
          else out += fmt::format("{}", v);
        } else if constexpr (std::is_same_v<T, std::string>) {
          out += json_quote(v);
        } else if constexpr (std::is_same_v<T, Array>) {
          if (v.empty()) {
            out += "[]";
            return;
          }
          out += '[';
          for (size_t i = 0; i < v.size(); ++i) {
            if (i > 0) out += ',';
            newline(depth + 1);
            v[i].write(out, indent, depth + 1);
          }
          newline(depth);
          out += ']';
        } else {
          if (v.empty()) {
            out += "{}";
            return;
          }
          out += '{';
          for (size_t i = 0; i < v.size(); ++i) {
            if (i > 0) out += ',';
            newline(depth + 1);
            out += json_quote(v[i].first);
            out += indent > 0 ? ": " : ":";
            v[i].second.write(out, indent, depth + 1);
          }
          newline(depth);
          out += '}';
        }
      },
      value_);
}

}  // namespace advo
