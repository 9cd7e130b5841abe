#include "advo/error.hpp"

#include <fmt/format.h>

namespace advo {

std::string to_string(const Location& where) {
  if (where.file.empty()) return {};
  if (where.line == 0) return where.file;
  if (where.column == 0) return fmt::format("{}:{}", where.file, where.line);
  return fmt::format("{}:{}:{}", where.file, where.line, where.column);
}

std::string Error::describe() const {
  if (where_.empty()) return what();
  return fmt::format("{}: {}", to_string(where_), what());
}

}  // namespace advo
