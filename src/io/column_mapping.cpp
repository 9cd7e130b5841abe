#include "advo/io/column_mapping.hpp"

#include <algorithm>
#include <map>
#include <optional>

#include <fmt/format.h>

#include "advo/domain/domain_error.hpp"
#include "advo/domain/folding.hpp"
#include "advo/domain/list_text.hpp"
#include "advo/domain/suggest.hpp"
#include "advo/io/csv_reader.hpp"

namespace advo {
namespace {

constexpr std::string_view kFirstName = "first_name";
constexpr std::string_view kLastName = "last_name";

std::string column_name(size_t index, std::span<const std::string> header) {
  const std::string letter = column_letter(index + 1);
  const std::string_view heading = trim(header[index]);
  return heading.empty() ? fmt::format("column {}", letter) : fmt::format("column {} ({})", letter, heading);
}

// The column an override names: the heading as written, else by key.
size_t find_column(const ColumnOverride& o, std::span<const std::string> header) {
  std::vector<size_t> found;
  for (size_t i = 0; i < header.size(); ++i)
    if (trim(header[i]) == trim(o.column)) found.push_back(i);
  if (found.empty()) {
    const std::string key = heading_key(o.column);
    for (size_t i = 0; i < header.size(); ++i)
      if (!key.empty() && heading_key(header[i]) == key) found.push_back(i);
  }
  if (found.size() == 1) return found.front();
  if (found.empty()) {
    std::vector<std::string> headings;
    for (const std::string& h : header)
      if (!trim(h).empty()) headings.emplace_back(trim(h));
    throw DomainError(DomainErrorKind::unknown_name, fmt::format("{}: no column '{}' in the sheet{}", o.origin,
                                                                 o.column, did_you_mean(o.column, headings)));
  }
  std::string names;
  for (size_t i : found) names += (names.empty() ? "" : " and ") + column_letter(i + 1);
  throw DomainError(DomainErrorKind::invalid_value,
                    fmt::format("{}: {} columns are headed '{}' ({}); rename one in the sheet", o.origin, found.size(),
                                o.column, names));
}

ColumnTarget target_for(std::string_view field) {
  ColumnTarget t;
  if (field == kFirstName) t.use = ColumnUse::first_name;
  else if (field == kLastName) t.use = ColumnUse::last_name;
  else t.use = ColumnUse::field;
  t.path = std::string(field);
  return t;
}

// What a heading stands for without an override, with its strength (lower
// is stronger): 0 a field's own path, 1 + position in the CRM table.
struct Candidate {
  std::string field;
  size_t rank = 0;
};

std::optional<Candidate> candidate_for(RecordKind kind, std::string_view heading,
                                       const std::map<std::string, std::string>& exact) {
  const std::string key = heading_key(heading);
  if (key.empty()) return std::nullopt;
  if (auto it = exact.find(key); it != exact.end()) return Candidate{it->second, 0};
  const auto table = crm_headings(kind);
  for (size_t i = 0; i < table.size(); ++i)
    if (heading_key(table[i].heading) == key) return Candidate{std::string(table[i].path), i + 1};
  return std::nullopt;
}

}  // namespace

std::string heading_key(std::string_view heading) {
  std::string out;
  for (char c : folded_key(trim(heading)))
    if (c != ' ' && c != '_' && c != '-' && c != '\t') out.push_back(c);
  return out;
}

std::vector<std::string> importable_fields(const RecordSchema& schema) {
  std::vector<std::string> out = field_paths(schema);
  if (schema.kind == RecordKind::advocate) {
    out.emplace_back(kFirstName);
    out.emplace_back(kLastName);
  }
  return out;
}

std::vector<ColumnTarget> map_columns(const RecordSchema& schema, std::span<const std::string> header,
                                      std::span<const ColumnOverride> overrides) {
  std::vector<ColumnTarget> columns(header.size());
  const std::vector<std::string> fields = importable_fields(schema);

  // 1. Overrides, the later one for a column replacing an earlier one.
  std::map<size_t, const ColumnOverride*> given;
  for (const ColumnOverride& o : overrides) {
    const size_t column = find_column(o, header);
    const std::string field = current_path(schema, trim(o.field));
    if (!field.empty() && std::find(fields.begin(), fields.end(), field) == fields.end())
      throw DomainError(DomainErrorKind::unknown_name, fmt::format("{}: unknown field '{}' for {}{}", o.origin, field,
                                                                   schema.folder, did_you_mean(field, fields)));
    given[column] = &o;
  }
  std::map<std::string, size_t> taken;  // field → column
  for (const auto& [column, o] : given) {
    const std::string field = current_path(schema, trim(o->field));
    ColumnTarget& t = columns[column];
    if (field.empty()) {
      t.use = ColumnUse::ignored;
      t.reason = fmt::format("ignored by {}", o->origin);
    } else {
      if (auto it = taken.find(field); it != taken.end())
        throw DomainError(DomainErrorKind::invalid_value,
                          fmt::format("{}: {} and {} would both fill {}", o->origin, column_name(it->second, header),
                                      column_name(column, header), field));
      t = target_for(field);
      taken.emplace(field, column);
    }
    t.overridden = true;
  }

  // 2. and 3. Field paths, then CRM headings, strongest first.
  std::map<std::string, std::string> exact;
  for (const std::string& f : fields) {
    exact.emplace(heading_key(f), f);
    std::string dotless = f;
    std::erase(dotless, '.');
    exact.emplace(heading_key(dotless), f);
  }
  // Headings of older exports ("nominated.on", "NPS On") stand for the fields now.
  for (const auto& [former, now] : former_paths(schema)) {
    exact.emplace(heading_key(former), now);
    std::string dotless = former;
    std::erase(dotless, '.');
    exact.emplace(heading_key(dotless), now);
  }
  std::vector<std::pair<Candidate, size_t>> candidates;
  for (size_t i = 0; i < header.size(); ++i) {
    if (columns[i].overridden) continue;
    if (trim(header[i]).empty()) {
      columns[i].reason = "no heading";
      continue;
    }
    if (auto c = candidate_for(schema.kind, header[i], exact))
      candidates.emplace_back(std::move(*c), i);
    else
      columns[i].reason = "no field of that name";
  }
  std::stable_sort(candidates.begin(), candidates.end(),
                   [](const auto& a, const auto& b) { return a.first.rank < b.first.rank; });
  for (const auto& [c, column] : candidates) {
    if (auto it = taken.find(c.field); it != taken.end()) {
      columns[column].reason = fmt::format("{} is filled from {}", c.field, column_name(it->second, header));
      continue;
    }
    columns[column] = target_for(c.field);
    taken.emplace(c.field, column);
  }

  // A whole name wins over its parts.
  if (auto name = taken.find("name"); name != taken.end())
    for (size_t i = 0; i < columns.size(); ++i)
      if (columns[i].use == ColumnUse::first_name || columns[i].use == ColumnUse::last_name) {
        if (columns[i].overridden)
          throw DomainError(DomainErrorKind::invalid_value,
                            fmt::format("{} would fill part of the name, which is filled from {}",
                                        column_name(i, header), column_name(name->second, header)));
        columns[i] = ColumnTarget{};
        columns[i].reason = fmt::format("name is filled from {}", column_name(name->second, header));
      }
  return columns;
}

}  // namespace advo
