#include "advo/storage/mapping_file.hpp"

#include <algorithm>

#include <fmt/format.h>
#include <toml++/toml.h>

#include "advo/io/csv_reader.hpp"
#include "advo/domain/suggest.hpp"

namespace advo {

char delimiter_named(std::string_view text) {
  if (text == "tab" || text == "\\t" || text == "\t") return '\t';
  if (text.size() == 1 && text[0] != '\t' && valid_csv_delimiter(text[0])) return text[0];
  return 0;
}

MappingFile parse_mapping_file(std::string_view text, const std::string& file, Problems& problems) {
  MappingFile out;
  auto problem = [&](const toml::source_region& at, std::string code, std::string message) {
    problems.push_back(Problem{Location{file, at.begin.line, at.begin.column}, Severity::error, std::move(code),
                               std::move(message)});
  };
  toml::table root;
  try {
    root = toml::parse(text, std::string_view(file));
  } catch (const toml::parse_error& e) {
    problems.push_back(Problem{Location{file, e.source().begin.line, e.source().begin.column}, Severity::error,
                               "syntax", std::string(e.description())});
    return out;
  }
  static const std::vector<std::string> kKeys = {"columns", "delimiter", "unmapped"};
  std::vector<uint32_t> lines;  // of out.columns
  for (const auto& [key, node] : root) {
    const std::string_view name = key.str();
    if (name == "delimiter") {
      const auto value = node.value<std::string>();
      out.delimiter = value ? delimiter_named(*value) : 0;
      if (out.delimiter == 0)
        problem(node.source(), "value", "delimiter must be one of \",\" \";\" \"|\" \":\" or \"tab\"");
    } else if (name == "unmapped") {
      const auto value = node.value<std::string>();
      if (value && (*value == "notes" || *value == "ignore")) {
        out.unmapped_given = true;
        out.unmapped_to_notes = *value == "notes";
      } else {
        static const std::vector<std::string> kUnmapped = {"ignore", "notes"};
        problem(node.source(), "value",
                value ? unknown_value("unmapped choice", *value, kUnmapped) : "unmapped must be \"ignore\" or \"notes\"");
      }
    } else if (name == "columns") {
      const toml::table* columns = node.as_table();
      if (columns == nullptr) {
        problem(node.source(), "type", "[columns] must be a table of heading = \"field\"");
        continue;
      }
      for (const auto& [heading, field] : *columns) {
        const auto value = field.value<std::string>();
        if (!value || !field.is_string()) {
          problem(field.source(), "type",
                  fmt::format("the field of column '{}' must be text (\"\" ignores the column)", heading.str()));
          continue;
        }
        lines.push_back(heading.source().begin.line);
        out.columns.push_back(ColumnOverride{std::string(heading.str()), *value,
                                             fmt::format("{}:{}", file, heading.source().begin.line)});
      }
    } else {
      problem(key.source(), "unknown-key",
              fmt::format("unknown key '{}' in the mapping file{}", name, did_you_mean(name, kKeys)));
    }
  }
  // Tables iterate by key; the file's order is the line order.
  std::vector<size_t> order(out.columns.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return lines[a] < lines[b]; });
  std::vector<ColumnOverride> columns;
  for (size_t i : order) columns.push_back(std::move(out.columns[i]));
  out.columns = std::move(columns);
  sort_problems(problems);
  return out;
}

}  // namespace advo
