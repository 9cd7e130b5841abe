#include "advo/storage/record_text.hpp"

#include "advo/domain/field_values.hpp"
#include "advo/domain/folding.hpp"
#include "advo/error.hpp"
#include "advo/storage/loader.hpp"
#include "advo/storage/record_reader.hpp"

namespace advo {

Location RecordText::where(std::string_view path, int item) const {
  if (tree.kind == YamlNode::Kind::null) return Location{display};
  const YamlNode* node = path.empty() ? &tree : find_node(tree, path, item);
  if (node == nullptr) node = &tree;
  return Location{display, node->line, node->column};
}

RecordText parse_record_text(std::string_view text, const RecordSchema& schema, const Settings& settings,
                            const std::string& display, void* record) {
  RecordText out;
  out.display = display;
  auto fail = [&](std::string code, std::string message, Location where) {
    out.problems.push_back(Problem{std::move(where), Severity::error, std::move(code), std::move(message)});
    return out;
  };
  if (text.size() > kMaxRecordBytes) return fail("file", "the record is larger than 1 MiB", Location{display});
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  if (text.find('\0') != std::string_view::npos) return fail("file", "the text contains NUL bytes", Location{display});
  if (!valid_utf8(text)) return fail("file", "the text is not valid UTF-8", Location{display});
  try {
    out.tree = parse_yaml(text, display, kRecordLimits);
  } catch (const Error& e) {
    return fail("syntax", e.what(), e.where());
  }
  if (out.tree.kind == YamlNode::Kind::null) return fail("empty", "empty file", Location{display});
  if (!read_record(out.tree, schema, record, display, out.problems)) return out;
  for (FieldIssue& issue : validate_values(schema, record, settings))
    out.problems.push_back(Problem{out.where(issue.path, issue.item), issue.severity, std::move(issue.code),
                                   std::move(issue.message)});
  sort_problems(out.problems);
  return out;
}

}  // namespace advo
