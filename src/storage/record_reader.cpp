#include "advo/storage/record_reader.hpp"

#include <fmt/format.h>

#include "advo/domain/field_values.hpp"
#include "advo/domain/ids.hpp"
#include "advo/domain/story_approvals.hpp"
#include "advo/domain/suggest.hpp"

namespace advo {
namespace {

std::string_view kind_name(YamlNode::Kind k) {
  switch (k) {
    case YamlNode::Kind::null:
      return "nothing";
    case YamlNode::Kind::scalar:
      return "a value";
    case YamlNode::Kind::map:
      return "a map";
    case YamlNode::Kind::seq:
      return "a list";
  }
  return "?";
}

// A key that is a field's former name in other letter case ("On", "ON"):
// never written by advo, and read as `true` by YAML 1.1 readers.
const FieldDef* former_field_in_other_case(std::span<const FieldDef> fields, std::string_view key) {
  for (const FieldDef& f : fields) {
    if (f.former_name.empty() || f.former_name.size() != key.size()) continue;
    bool same = true;
    for (size_t i = 0; i < key.size(); ++i)
      same = same && (key[i] | 0x20) == f.former_name[i];
    if (same) return &f;
  }
  return nullptr;
}

// Whether a key before `before` in `map` is `name`.
bool earlier_key(const YamlNode& map, size_t before, std::string_view name) {
  for (size_t i = 0; i < before; ++i)
    if (map.key(i).text == name) return true;
  return false;
}

bool is_null(const YamlNode& n) {
  return n.kind == YamlNode::Kind::null || (n.kind == YamlNode::Kind::scalar && n.plain && is_null_word(n.text));
}

class Reader {
 public:
  Reader(const std::string& file, Problems& problems) : file_(file), problems_(problems) {}

  void problem(const YamlNode& at, std::string code, std::string message) {
    problems_.push_back(Problem{Location{file_, at.line, at.column}, Severity::error, std::move(code), std::move(message)});
  }

  // Reads the members of a map into base + offset following `fields`.
  void read_map(const YamlNode& map, std::span<const FieldDef> fields, void* base, size_t offset,
                std::string_view what) {
    if (map.kind != YamlNode::Kind::map) {
      problem(map, "type", fmt::format("{} must be a map, found {}", what, kind_name(map.kind)));
      return;
    }
    std::vector<bool> seen(fields.size(), false);
    std::vector<std::string> names;
    for (size_t i = 0; i < map.map_size(); ++i) {
      const YamlNode& key = map.key(i);
      const YamlNode& value = map.value(i);
      const FieldDef* f = find_field(fields, key.text);
      const bool former = f == nullptr && (f = find_former_field(fields, key.text)) != nullptr;
      if (f == nullptr) {
        if (const FieldDef* like = former_field_in_other_case(fields, key.text)) {
          problem(key, "unknown-key", fmt::format("unknown key '{}' in {} (did you mean '{}'?)", key.text, what, like->name));
          continue;
        }
        if (names.empty())
          for (const auto& d : fields) names.emplace_back(d.name);
        problem(key, "unknown-key", fmt::format("unknown key '{}' in {}{}", key.text, what, did_you_mean(key.text, names)));
        continue;
      }
      const auto index = static_cast<size_t>(f - fields.data());
      if (seen[index]) {
        if (earlier_key(map, i, former ? f->name : f->former_name))
          problem(key, "duplicate-key", fmt::format("'{}' and its old name '{}' both given in {}: keep one",
                                                    f->name, f->former_name, what));
        else
          problem(key, "duplicate-key", fmt::format("duplicate key '{}'", key.text));
        continue;
      }
      seen[index] = true;
      if (former)
        problems_.push_back(Problem{Location{file_, key.line, key.column}, Severity::warning, "old-key",
                                    fmt::format("'{}' in {} is the old name of '{}' ('advo fmt' renames it)",
                                                key.text, what, f->name)});
      if (f->derived)
        problems_.push_back(Problem{Location{file_, key.line, key.column}, Severity::warning, "old-key",
                                    fmt::format("'{}' in {} is the old form of approvals ('advo fmt' moves it there)",
                                                key.text, what)});
      if (is_null(value) || (value.kind == YamlNode::Kind::scalar && value.text.empty())) {
        if (f->required) problem(value.kind == YamlNode::Kind::null ? key : value, "required",
                                 fmt::format("required field '{}' is empty in {}", f->name, what));
        continue;
      }
      read_field(*f, value, base, offset + f->offset);
    }
    for (size_t i = 0; i < fields.size(); ++i)
      if (fields[i].required && !seen[i])
        problem(map, "required", fmt::format("missing required field '{}' in {}", fields[i].name, what));
  }

 private:
  void read_field(const FieldDef& f, const YamlNode& value, void* base, size_t at) {
    switch (f.type) {
      case FieldType::text:
      case FieldType::enumeration:
      case FieldType::date:
      case FieldType::integer:
      case FieldType::number:
      case FieldType::boolean:
        read_scalar(f, value, base, at);
        break;
      case FieldType::text_list:
        read_text_list(f, value, base, at);
        break;
      case FieldType::group:
        read_map(value, f.fields, base, at, f.name);
        break;
      case FieldType::windows:
        read_windows(f, value, base, at);
        break;
      case FieldType::consents:
        read_consents(f, value, base, at);
        break;
    }
  }

  void read_scalar(const FieldDef& f, const YamlNode& value, void* base, size_t at) {
    if (value.kind != YamlNode::Kind::scalar) {
      problem(value, "type", fmt::format("{} must be a single value, found {}", f.name, kind_name(value.kind)));
      return;
    }
    if (f.type == FieldType::text && f.rule == TextRule::id && !valid_id(value.text)) {
      problem(value, "id", fmt::format("invalid id '{}' (lower-case letters, digits and '-', at most {} characters)",
                                       value.text, kMaxIdLength));
      return;
    }
    std::string message = store_scalar(f, base, at, value.text);
    if (!message.empty()) problem(value, f.type == FieldType::date ? "date" : "type", std::move(message));
  }

  void read_text_list(const FieldDef& f, const YamlNode& value, void* base, size_t at) {
    if (value.kind != YamlNode::Kind::seq) {
      problem(value, "type", fmt::format("{} must be a list, found {}", f.name, kind_name(value.kind)));
      return;
    }
    std::vector<Sym> items;
    items.reserve(value.children.size());
    for (const YamlNode& item : value.children) {
      if (item.kind != YamlNode::Kind::scalar || is_null(item)) {
        problem(item, "type", fmt::format("items of {} must be single values, found {}", f.name,
                                          is_null(item) ? "nothing" : kind_name(item.kind)));
        continue;
      }
      items.emplace_back(item.text);
    }
    field_at<SymList>(base, at) = SymList(items);
  }

  void read_windows(const FieldDef& f, const YamlNode& value, void* base, size_t at) {
    if (value.kind != YamlNode::Kind::seq) {
      problem(value, "type", fmt::format("{} must be a list, found {}", f.name, kind_name(value.kind)));
      return;
    }
    std::vector<Window> windows;
    for (const YamlNode& item : value.children) {
      Window w;
      read_map(item, f.fields, &w, 0, f.name);
      windows.push_back(w);
    }
    field_at<WindowList>(base, at) = WindowList(windows);
  }

  void read_consents(const FieldDef& f, const YamlNode& value, void* base, size_t at) {
    if (value.kind != YamlNode::Kind::map) {
      problem(value, "type", fmt::format("{} must be a map, found {}", f.name, kind_name(value.kind)));
      return;
    }
    std::vector<bool> seen(f.values.size(), false);
    for (size_t i = 0; i < value.map_size(); ++i) {
      const YamlNode& key = value.key(i);
      const auto scope = parse_scope(key.text);
      if (!scope) {
        problem(key, "unknown-key", fmt::format("unknown consent scope '{}'{}", key.text, did_you_mean(key.text, f.values)));
        continue;
      }
      const auto s = static_cast<size_t>(*scope);
      if (seen[s]) {
        problem(key, "duplicate-key", fmt::format("duplicate key '{}'", key.text));
        continue;
      }
      seen[s] = true;
      if (is_null(value.value(i))) continue;
      read_map(value.value(i), f.fields, base, at + s * sizeof(Grant), fmt::format("consent.{}", key.text));
    }
  }

  const std::string& file_;
  Problems& problems_;
};

}  // namespace

bool read_record(const YamlNode& node, const RecordSchema& schema, void* record, const std::string& file,
                 Problems& problems) {
  if (node.kind != YamlNode::Kind::map) {
    problems.push_back(Problem{Location{file, node.line, node.column}, Severity::error, "type",
                               fmt::format("{} {} must be a map of fields, found {}",
                                           std::string_view("aeiou").find(schema.name[0]) == std::string_view::npos ? "a" : "an",
                                           schema.name, kind_name(node.kind))});
    return false;
  }
  Reader reader(file, problems);
  reader.read_map(node, schema.fields, record, 0, schema.name);
  if (schema.kind == RecordKind::story) settle_read_approvals(*static_cast<Story*>(record));
  return !field_at<Sym>(record, schema.fields[0].offset).empty();
}

const YamlNode* find_node(const YamlNode& record, std::string_view path, int item) {
  const YamlNode* at = &record;
  while (!path.empty()) {
    if (at->kind != YamlNode::Kind::map) return nullptr;
    const size_t dot = path.find('.');
    const std::string_view head = path.substr(0, dot);
    const YamlNode* next = nullptr;
    for (size_t i = 0; i < at->map_size(); ++i)
      if (at->key(i).text == head) next = &at->value(i);
    if (next == nullptr) return nullptr;
    at = next;
    path = dot == std::string_view::npos ? std::string_view{} : path.substr(dot + 1);
  }
  if (item >= 0) {
    if (at->kind != YamlNode::Kind::seq || static_cast<size_t>(item) >= at->children.size()) return at;
    return &at->children[static_cast<size_t>(item)];
  }
  return at;
}

}  // namespace advo
