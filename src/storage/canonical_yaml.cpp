// A fast reader for the YAML that advo writes (advo-files(5)'s canonical
// form) and for hand-written files in the same plain block style. It builds
// exactly the tree yaml-cpp builds — kinds, text, quoting, lines and
// columns — and gives up (nullopt) on anything it does not fully
// recognise, leaving that file to yaml-cpp: comments, flow collections,
// anchors, tags, single quotes, blank lines outside literal blocks,
// multi-line plain scalars, tabs, carriage returns, null words and every
// error. tests/unit/storage/canonical_yaml_test.cpp compares the two
// readers on canonical files, on edge cases and on mutated text.
#include <cstring>

#include "advo/storage/yaml_tree.hpp"

namespace advo {
namespace {

bool is_key_char(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-'; }

// Characters that start something other than a plain scalar.
bool is_indicator(char c) { return std::strchr("-?:,[]{}#&*!|>'\"%@`", c) != nullptr && c != '\0'; }

bool is_null_word(std::string_view t) { return t == "~" || t == "null" || t == "Null" || t == "NULL"; }

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Bytes the fast path never handles: control characters other than the
// line feed, and the Unicode line breaks and byte-order mark that YAML
// readers treat specially.
bool has_unusual_bytes(std::string_view text) {
  for (size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x20 && c != '\n') return true;
    if (c == 0x7f) return true;
    if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x85) return true;
    if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(text[i + 2]) == 0xA8 || static_cast<unsigned char>(text[i + 2]) == 0xA9))
      return true;
    if (c == 0xEF && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xBB &&
        static_cast<unsigned char>(text[i + 2]) == 0xBF)
      return true;
  }
  return false;
}

class CanonicalReader {
 public:
  CanonicalReader(std::string_view text, const YamlLimits& limits) : text_(text), limits_(limits) {}

  std::optional<YamlNode> read() {
    if (text_.empty()) return YamlNode{};
    if (text_.back() != '\n' || has_unusual_bytes(text_)) return std::nullopt;
    YamlNode root;
    const char c = text_[0];
    bool ok = false;
    if (c == '-' && at(1) == ' ')
      ok = read_seq(root, 0, 0);
    else if (key_length(0) > 0)
      ok = read_map(root, 0, 0);
    if (!ok || pos_ != text_.size()) return std::nullopt;
    return root;
  }

 private:
  char at(size_t i) const { return i < text_.size() ? text_[i] : '\0'; }
  uint32_t column() const { return static_cast<uint32_t>(pos_ - line_start_) + 1; }

  bool count_node() { return ++nodes_ <= limits_.max_nodes; }

  void place(YamlNode& n) {
    n.line = line_;
    n.column = column();
  }

  // Moves past a line feed at pos_.
  void next_line() {
    ++pos_;
    ++line_;
    line_start_ = pos_;
  }

  // Spaces at the start of the line at pos_ (which must be a line start).
  size_t indent_here() const {
    size_t i = pos_;
    while (i < text_.size() && text_[i] == ' ') ++i;
    return i - pos_;
  }

  // The length of a key followed by ": " or ":\n" at position i, or 0.
  size_t key_length(size_t i) const {
    if (i >= text_.size() || !is_key_char(text_[i]) || text_[i] == '-') return 0;
    size_t j = i;
    while (j < text_.size() && is_key_char(text_[j])) ++j;
    if (at(j) != ':' || (at(j + 1) != ' ' && at(j + 1) != '\n')) return 0;
    if (is_null_word(text_.substr(i, j - i))) return 0;
    return j - i;
  }

  // After a value: at a line start (or the end). Decides how the block at
  // `col` goes on: 1 another entry, 0 the block ends, -1 give up.
  int continues(size_t col) const {
    if (pos_ >= text_.size()) return 0;
    const size_t indent = indent_here();
    if (at(pos_ + indent) == '\n') return -1;  // a blank line
    if (indent == col) return 1;
    return indent < col ? 0 : -1;
  }

  bool read_map(YamlNode& map, size_t col, size_t depth) {
    if (depth >= limits_.max_depth || !count_node()) return false;
    map.kind = YamlNode::Kind::map;
    place(map);
    while (true) {
      if (at(pos_) == '-') return false;
      const size_t length = key_length(pos_);
      if (length == 0) return false;
      YamlNode key;
      key.kind = YamlNode::Kind::scalar;
      place(key);
      key.text.assign(text_.substr(pos_, length));
      if (!count_node()) return false;
      pos_ += length + 1;  // the key and ':'
      while (at(pos_) == ' ') ++pos_;
      YamlNode value;
      if (at(pos_) == '\n') {
        next_line();
        if (pos_ >= text_.size()) return false;
        const size_t indent = indent_here();
        if (indent <= col || at(pos_ + indent) == '\n') return false;  // an empty value
        pos_ += indent;
        const bool ok = at(pos_) == '-' ? (at(pos_ + 1) == ' ' && read_seq(value, indent, depth + 1))
                                        : read_map(value, indent, depth + 1);
        if (!ok) return false;
      } else if (!read_scalar(value, col)) {
        return false;
      }
      map.children.push_back(std::move(key));
      map.children.push_back(std::move(value));
      const int more = continues(col);
      if (more <= 0) return more == 0;
      pos_ += col;
    }
  }

  bool read_seq(YamlNode& seq, size_t col, size_t depth) {
    if (depth >= limits_.max_depth || !count_node()) return false;
    seq.kind = YamlNode::Kind::seq;
    place(seq);
    while (true) {
      if (at(pos_) != '-' || at(pos_ + 1) != ' ') return false;
      pos_ += 2;
      while (at(pos_) == ' ') ++pos_;
      YamlNode item;
      const size_t item_col = pos_ - line_start_;
      if (key_length(pos_) > 0) {
        if (!read_map(item, item_col, depth + 1)) return false;
      } else if (!read_scalar(item, col)) {
        return false;
      }
      seq.children.push_back(std::move(item));
      const int more = continues(col);
      if (more <= 0) return more == 0;
      pos_ += col;
    }
  }

  // A scalar from pos_ to the end of its line (or its block), in a block
  // whose entries stand at `col`.
  bool read_scalar(YamlNode& n, size_t col) {
    if (!count_node()) return false;
    n.kind = YamlNode::Kind::scalar;
    place(n);
    const char c = at(pos_);
    if (c == '"') return read_double_quoted(n);
    if (c == '|') return read_literal(n, col);
    if (is_indicator(c) || c == ' ' || c == '\n') return false;
    const size_t end = text_.find('\n', pos_);
    size_t last = end;
    while (last > pos_ && text_[last - 1] == ' ') --last;
    const std::string_view t = text_.substr(pos_, last - pos_);
    if (t.find(": ") != std::string_view::npos || t.find(" #") != std::string_view::npos || t.back() == ':' ||
        is_null_word(t))
      return false;
    n.text.assign(t);
    pos_ = end;
    next_line();
    return true;
  }

  bool read_double_quoted(YamlNode& n) {
    n.plain = false;
    size_t i = pos_ + 1;
    std::string& out = n.text;
    while (true) {
      const char c = at(i);
      if (c == '"') break;
      if (c == '\n' || c == '\0') return false;
      if (c != '\\') {
        out.push_back(c);
        ++i;
        continue;
      }
      const char e = at(i + 1);
      i += 2;
      switch (e) {
        case '"':
          out.push_back('"');
          break;
        case '\\':
          out.push_back('\\');
          break;
        case '/':
          out.push_back('/');
          break;
        case 'n':
          out.push_back('\n');
          break;
        case 't':
          out.push_back('\t');
          break;
        case 'r':
          out.push_back('\r');
          break;
        case '0':
          out.push_back('\0');
          break;
        case 'x': {
          const int hi = hex_value(at(i));
          const int lo = hex_value(at(i + 1));
          if (hi < 0 || lo < 0 || hi >= 8) return false;  // only single bytes below 0x80
          out.push_back(static_cast<char>(hi * 16 + lo));
          i += 2;
          break;
        }
        default:
          return false;  // yaml-cpp reads \N, \L and \P its own way; it reads them here
      }
    }
    ++i;  // the closing quote
    while (at(i) == ' ') ++i;
    if (at(i) != '\n') return false;
    pos_ = i;
    next_line();
    return true;
  }

  // A literal block scalar (|, |- or |+) whose content is indented more
  // than `col`.
  bool read_literal(YamlNode& n, size_t col) {
    n.plain = false;
    char chomp = at(pos_ + 1);
    size_t i = pos_ + 1;
    if (chomp == '-' || chomp == '+')
      ++i;
    else
      chomp = ' ';
    if (at(i) != '\n') return false;
    pos_ = i;
    next_line();
    const size_t indent = pos_ < text_.size() ? indent_here() : 0;
    if (indent <= col || at(pos_ + indent) == '\n') return false;
    std::string& out = n.text;
    size_t trailing = 0;  // empty lines since the last content line
    bool first = true;
    while (pos_ < text_.size()) {
      const size_t spaces = indent_here();
      const char next = at(pos_ + spaces);
      if (next == '\n') {
        if (spaces > 0) return false;  // a line of only spaces
        ++trailing;
        next_line();
        continue;
      }
      if (spaces < indent) break;
      if (!first) out.append(trailing + 1, '\n');
      first = false;
      trailing = 0;
      const size_t end = text_.find('\n', pos_);
      out.append(text_.substr(pos_ + indent, end - pos_ - indent));
      pos_ = end;
      next_line();
    }
    if (chomp == ' ') out.push_back('\n');
    if (chomp == '+') out.append(trailing + 1, '\n');
    // The block must end at a line that belongs to an enclosing block.
    return pos_ >= text_.size() || indent_here() <= col;
  }

  std::string_view text_;
  const YamlLimits& limits_;
  size_t pos_ = 0;
  size_t line_start_ = 0;
  uint32_t line_ = 1;
  size_t nodes_ = 0;
};

}  // namespace

std::optional<YamlNode> parse_canonical_yaml(std::string_view text, const YamlLimits& limits) {
  if (text.size() > limits.max_bytes) return std::nullopt;
  return CanonicalReader(text, limits).read();
}

}  // namespace advo
