#include "advo/storage/yaml_tree.hpp"

#include <map>
#include <sstream>

#include <fmt/format.h>
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include "advo/error.hpp"

namespace advo {
namespace {

size_t subtree_size(const YamlNode& n) {
  size_t total = 1;
  for (const auto& c : n.children) total += subtree_size(c);
  return total;
}

// The bytes of text a subtree holds: what an alias to it adds.
size_t subtree_bytes(const YamlNode& n) {
  size_t total = n.text.size();
  for (const auto& c : n.children) total += subtree_bytes(c);
  return total;
}

class TreeBuilder : public YAML::EventHandler {
 public:
  TreeBuilder(const std::string& file, const YamlLimits& limits) : file_(file), limits_(limits) {}

  YamlNode take() { return std::move(root_); }
  int documents() const { return documents_; }

  void OnDocumentStart(const YAML::Mark& mark) override {
    if (++documents_ > 1) fail(mark, "more than one YAML document in a file");
  }
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    YamlNode n;
    place(mark, n);
    add(std::move(n), anchor);
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    auto it = anchors_.find(anchor);
    if (it == anchors_.end()) fail(mark, "alias to an unknown anchor");
    nodes_ += it->second.size;
    if (nodes_ > limits_.max_nodes)
      fail(mark, fmt::format("aliases expand past the limit of {} nodes", limits_.max_nodes));
    // A few aliases of one long text would otherwise cost many times the
    // file's size: the text, expanded, stays within the file size limit.
    bytes_ += it->second.bytes;
    if (bytes_ > limits_.max_bytes)
      fail(mark, fmt::format("aliases expand past the limit of {} bytes of text", limits_.max_bytes));
    YamlNode copy = it->second.node;
    add(std::move(copy), 0);
  }

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    YamlNode n;
    n.kind = YamlNode::Kind::scalar;
    n.plain = tag == "?";
    n.text = value;
    bytes_ += value.size();
    place(mark, n);
    add(std::move(n), anchor);
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    open(mark, YamlNode::Kind::seq, anchor);
  }
  void OnSequenceEnd() override { close(); }

  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value) override {
    open(mark, YamlNode::Kind::map, anchor);
  }
  void OnMapEnd() override { close(); }

 private:
  struct Open {
    YamlNode node;
    YAML::anchor_t anchor;
  };
  struct Anchored {
    YamlNode node;
    size_t size;
    size_t bytes;
  };

  [[noreturn]] void fail(const YAML::Mark& mark, const std::string& message) const {
    throw DataError(message, Location{file_, static_cast<uint32_t>(mark.line + 1),
                                      static_cast<uint32_t>(mark.column + 1)});
  }

  void place(const YAML::Mark& mark, YamlNode& n) {
    n.line = static_cast<uint32_t>(mark.line + 1);
    n.column = static_cast<uint32_t>(mark.column + 1);
    last_mark_ = mark;
    if (++nodes_ > limits_.max_nodes)
      fail(mark, fmt::format("more than {} YAML nodes in one file", limits_.max_nodes));
  }

  void open(const YAML::Mark& mark, YamlNode::Kind kind, YAML::anchor_t anchor) {
    if (stack_.size() >= limits_.max_depth)
      fail(mark, fmt::format("nesting deeper than {} levels", limits_.max_depth));
    YamlNode n;
    n.kind = kind;
    place(mark, n);
    check_key(n);
    stack_.push_back(Open{std::move(n), anchor});
  }

  void close() {
    Open top = std::move(stack_.back());
    stack_.pop_back();
    add(std::move(top.node), top.anchor, /*checked=*/true);
  }

  // A map key must be a scalar (or null, which reads as an empty key).
  void check_key(const YamlNode& n) const {
    if (stack_.empty()) return;
    const YamlNode& parent = stack_.back().node;
    if (parent.kind == YamlNode::Kind::map && parent.children.size() % 2 == 0 &&
        n.kind != YamlNode::Kind::scalar && n.kind != YamlNode::Kind::null) {
      YAML::Mark m;
      m.line = static_cast<int>(n.line) - 1;
      m.column = static_cast<int>(n.column) - 1;
      fail(m, "a map key must be a plain value");
    }
  }

  void add(YamlNode n, YAML::anchor_t anchor, bool checked = false) {
    if (!checked) check_key(n);
    if (anchor != 0) anchors_[anchor] = Anchored{n, subtree_size(n), subtree_bytes(n)};
    if (stack_.empty()) {
      root_ = std::move(n);
      return;
    }
    stack_.back().node.children.push_back(std::move(n));
  }

  const std::string& file_;
  const YamlLimits& limits_;
  std::vector<Open> stack_;
  std::map<YAML::anchor_t, Anchored> anchors_;
  YamlNode root_;
  YAML::Mark last_mark_;
  size_t nodes_ = 0;
  size_t bytes_ = 0;  // of scalar text, aliases expanded
  int documents_ = 0;
};

}  // namespace

YamlNode parse_yaml(std::string_view text, const std::string& file, const YamlLimits& limits) {
  // Text over a limit goes to the full parser, which names the limit.
  if (text.size() <= limits.max_bytes)
    if (auto tree = parse_canonical_yaml(text, limits)) return std::move(*tree);
  return parse_full_yaml(text, file, limits);
}

YamlNode parse_full_yaml(std::string_view text, const std::string& file, const YamlLimits& limits) {
  if (text.size() > limits.max_bytes)
    throw DataError(fmt::format("file is larger than the limit of {} bytes", limits.max_bytes), Location{file});
  std::istringstream in{std::string(text)};
  TreeBuilder builder(file, limits);
  try {
    YAML::Parser parser(in);
    while (parser.HandleNextDocument(builder)) {
    }
  } catch (const YAML::DeepRecursion& e) {
    throw DataError(fmt::format("nesting deeper than {} levels", limits.max_depth),
                    Location{file, static_cast<uint32_t>(e.mark.line + 1), static_cast<uint32_t>(e.mark.column + 1)});
  } catch (const YAML::Exception& e) {
    if (e.mark.is_null()) throw DataError(fmt::format("YAML syntax: {}", e.msg), Location{file});
    throw DataError(fmt::format("YAML syntax: {}", e.msg),
                    Location{file, static_cast<uint32_t>(e.mark.line + 1), static_cast<uint32_t>(e.mark.column + 1)});
  }
  return builder.take();
}

}  // namespace advo
