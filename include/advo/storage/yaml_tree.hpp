// A small YAML document tree built from yaml-cpp's event parser, with the
// limits that keep hostile files from costing memory or time: nodes,
// nesting depth and alias expansion (in nodes and in bytes of text, which
// stay within the file size limit) are counted while parsing.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace advo {

struct YamlNode {
  enum class Kind : uint8_t { null, scalar, map, seq };
  Kind kind = Kind::null;
  bool plain = true;  // a scalar written without quotes, block style or tag
  uint32_t line = 0;  // 1-based
  uint32_t column = 0;
  std::string text;                // scalar value
  std::vector<YamlNode> children;  // seq: items; map: key, value, key, value, …

  size_t map_size() const { return children.size() / 2; }
  const YamlNode& key(size_t i) const { return children[2 * i]; }
  const YamlNode& value(size_t i) const { return children[2 * i + 1]; }
};

struct YamlLimits {
  size_t max_bytes = size_t{16} << 20;
  size_t max_depth = 32;
  size_t max_nodes = 2'000'000;
};

// Parses one YAML document. An empty stream gives a null node. Throws
// DataError naming `file`, line and column on a syntax error, a second
// document, a non-scalar map key, or a limit exceeded. Text in the plain
// block style advo writes is read by parse_canonical_yaml, the rest by
// parse_full_yaml; both give the same tree for the same text.
YamlNode parse_yaml(std::string_view text, const std::string& file, const YamlLimits& limits = {});

// yaml-cpp's reading of any YAML.
YamlNode parse_full_yaml(std::string_view text, const std::string& file, const YamlLimits& limits = {});

// A fast reading of the canonical subset of YAML (block maps and lists,
// plain, double-quoted and literal scalars, one entry per line), or nullopt
// for any text it does not fully recognise, including every error.
std::optional<YamlNode> parse_canonical_yaml(std::string_view text, const YamlLimits& limits = {});

}  // namespace advo
