#include "advo/storage/locate.hpp"

#include <map>

#include "advo/storage/record_reader.hpp"
#include "advo/storage/yaml_tree.hpp"

namespace advo {

Problems place_findings(const LoadedProgram& loaded, const Findings& findings) {
  const Program& program = loaded.program;
  std::map<uint32_t, std::optional<YamlNode>> parsed;
  Problems out;
  out.reserve(findings.size());
  for (const Finding& f : findings) {
    Location where{program.display_path(f.origin), f.origin.line, f.origin.column};
    if (f.origin.file < program.files.size()) {
      auto [it, fresh] = parsed.try_emplace(f.origin.file);
      if (fresh) {
        try {
          const std::string& relative = program.files[f.origin.file];
          const bool month = relative.rfind("engagements/", 0) == 0;
          const std::string text = read_record_text(loaded.root / relative, where.file,
                                                    month ? kMaxMonthFileBytes : kMaxRecordBytes);
          it->second = parse_yaml(text, where.file, month ? kMonthFileLimits : kRecordLimits);
        } catch (const Error&) {
          it->second.reset();
        }
      }
      if (it->second) {
        const YamlNode* record = &*it->second;
        if (record->kind == YamlNode::Kind::seq)
          record = f.origin.item < record->children.size() ? &record->children[f.origin.item] : nullptr;
        if (record != nullptr) {
          const YamlNode* node = f.path.empty() ? record : find_node(*record, f.path, f.item);
          if (node != nullptr) {
            where.line = node->line;
            where.column = node->column;
          }
        }
      }
    }
    out.push_back(Problem{std::move(where), f.severity, f.code, f.message});
  }
  return out;
}

}  // namespace advo
