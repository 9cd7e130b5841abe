// JSON values for --format json: keys keep the order they were added in,
// output is stable and pretty-printed.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "advo/domain/date.hpp"

namespace advo {

class Json {
 public:
  using Array = std::vector<Json>;
  using Object = std::vector<std::pair<std::string, Json>>;

  Json() = default;  // null
  Json(std::nullptr_t) {}
  Json(bool b) : value_(b) {}
  Json(int v) : value_(static_cast<int64_t>(v)) {}
  Json(int64_t v) : value_(v) {}
  Json(uint64_t v) : value_(static_cast<int64_t>(v)) {}
  Json(double v) : value_(v) {}
  Json(const char* s) : value_(std::string(s)) {}
  Json(std::string s) : value_(std::move(s)) {}
  Json(std::string_view s) : value_(std::string(s)) {}
  Json(Array a) : value_(std::move(a)) {}
  Json(Object o) : value_(std::move(o)) {}

  static Json array() { return Json(Array{}); }
  static Json object() { return Json(Object{}); }
  // "YYYY-MM-DD", or null for no date.
  static Json date(Date d) { return d.valid() ? Json(d.str()) : Json(); }
  static Json count(size_t n) { return Json(static_cast<int64_t>(n)); }
  // A rate 0..1, or null when undefined (rounded to 4 decimals).
  static Json rate(double numerator, double denominator);

  bool is_null() const { return std::holds_alternative<std::monostate>(value_); }

  // Appends to an array / sets a key of an object (keeps insertion order).
  Json& push(Json v);
  Json& set(std::string key, Json v);

  std::string dump(int indent = 2) const;  // ends without a newline

 private:
  void write(std::string& out, int indent, int depth) const;
  std::variant<std::monostate, bool, int64_t, double, std::string, Array, Object> value_;
};

// A JSON string literal with escapes.
std::string json_quote(std::string_view text);

}  // namespace advo
