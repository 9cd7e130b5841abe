#include "advo/storage/record_writer.hpp"

#include <algorithm>
#include <optional>
#include <vector>

#include <fmt/format.h>

#include "advo/domain/field_values.hpp"
#include "advo/domain/story_approvals.hpp"
#include "advo/error.hpp"
#include "advo/storage/loader.hpp"

namespace advo {
namespace {

bool is_special_word(std::string_view t) {
  static constexpr std::string_view kWords[] = {
      "null", "Null", "NULL", "~",     "true", "True", "TRUE", "false", "False", "FALSE", "yes", "Yes", "YES",
      "no",   "No",   "NO",   "on",    "On",   "ON",   "off",  "Off",   "OFF",   "y",     "Y",   "n",   "N",
      ".inf", ".Inf", ".INF", "-.inf", "-.Inf", "-.INF", "+.inf", "+.Inf", "+.INF", ".nan", ".NaN", ".NAN", "=", "<<"};
  return std::find(std::begin(kWords), std::end(kWords), t) != std::end(kWords);
}

// Anything that starts like a number (digits, sign, point) and has only
// characters numbers, dates and times are made of.
bool looks_numeric(std::string_view t) {
  const char c0 = t[0];
  const bool start = (c0 >= '0' && c0 <= '9') || ((c0 == '-' || c0 == '+' || c0 == '.') && t.size() > 1);
  if (!start) return false;
  return std::all_of(t.begin(), t.end(), [](char c) {
    return (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' || c == '_' || c == ':' || c == 'e' ||
           c == 'E' || c == 'x' || c == 'X' || c == 'o' || c == 'O' || c == 'T' || c == 't' || c == 'Z' ||
           c == ' ' || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  });
}

bool printable(unsigned char c) { return c >= 0x20 && c != 0x7f; }

// The length of a character at text[i] that YAML 1.1 readers refuse to see
// written as it is, or take for a line break: C1 controls (U+0080 to U+009F,
// U+0085 among them), U+2028, U+2029, U+FFFE and U+FFFF; 0 for any other.
size_t unwritable_raw(std::string_view text, size_t i) {
  const auto c = static_cast<unsigned char>(text[i]);
  const auto c1 = i + 1 < text.size() ? static_cast<unsigned char>(text[i + 1]) : 0;
  const auto c2 = i + 2 < text.size() ? static_cast<unsigned char>(text[i + 2]) : 0;
  if (c == 0xC2 && c1 >= 0x80 && c1 <= 0x9F) return 2;
  if (c == 0xE2 && c1 == 0x80 && (c2 == 0xA8 || c2 == 0xA9)) return 3;
  if (c == 0xEF && c1 == 0xBF && (c2 == 0xBE || c2 == 0xBF)) return 3;
  return 0;
}

std::string double_quoted(std::string_view text) {
  std::string out = "\"";
  for (size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\0':
        out += "\\0";
        break;
      default:
        if (!printable(c)) {
          out += fmt::format("\\x{:02x}", c);
        } else if (const size_t n = unwritable_raw(text, i); n == 2) {
          // \u, not \N for U+0085: yaml-cpp 0.7 reads that back as a lone byte.
          out += fmt::format("\\u{:04X}", static_cast<unsigned char>(text[i + 1]));
          i += 1;
        } else if (n == 3 && c == 0xE2) {
          // Line and paragraph separators would be folded by readers.
          out += static_cast<unsigned char>(text[i + 2]) == 0xA8 ? "\\L" : "\\P";
          i += 2;
        } else if (n == 3) {
          out += static_cast<unsigned char>(text[i + 2]) == 0xBE ? "\\uFFFE" : "\\uFFFF";
          i += 2;
        } else {
          out.push_back(static_cast<char>(c));
        }
    }
  }
  out += "\"";
  return out;
}

// Multi-line text that a literal block keeps exactly.
bool literal_block_safe(std::string_view text) {
  if (text.find('\n') == std::string_view::npos) return false;
  if (text.front() == ' ' || text.front() == '\n') return false;
  size_t line_start = 0;
  for (size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == '\n') {
      const std::string_view line = text.substr(line_start, i - line_start);
      if (!line.empty() && (line.back() == ' ')) return false;
      line_start = i + 1;
      continue;
    }
    const auto c = static_cast<unsigned char>(text[i]);
    if (!printable(c) || c == '\t') return false;
    // Other characters of these lead bytes (—, €, →, °) are fine.
    if (unwritable_raw(text, i) != 0) return false;
  }
  // Text made only of line breaks at its end cannot be kept by a block.
  return text.find_first_not_of('\n') != std::string_view::npos;
}

std::string literal_block(std::string_view text, size_t indent) {
  size_t trailing = 0;
  while (trailing < text.size() && text[text.size() - 1 - trailing] == '\n') ++trailing;
  const char* chomp = trailing == 0 ? "|-" : trailing == 1 ? "|" : "|+";
  std::string out = chomp;
  const std::string pad(indent + 2, ' ');
  const std::string_view body = text.substr(0, text.size() - trailing);
  size_t start = 0;
  while (start <= body.size()) {
    size_t end = body.find('\n', start);
    if (end == std::string_view::npos) end = body.size();
    const std::string_view line = body.substr(start, end - start);
    out += "\n";
    if (!line.empty()) out += pad;
    out += line;
    start = end + 1;
  }
  for (size_t i = 1; i < trailing; ++i) out += "\n";
  return out;
}

class Writer {
 public:
  std::string out;
  size_t nodes = 0;  // the YAML nodes a reader makes of `out`: maps, lists, keys and values

  void fields(std::span<const FieldDef> defs, const void* base, size_t offset, size_t indent, bool first_inline = false) {
    bool inline_next = first_inline;
    for (const FieldDef& f : defs) {
      const size_t at = offset + f.offset;
      if (f.derived || is_empty_value(f, base, at)) continue;
      if (!inline_next) out.append(indent, ' ');
      inline_next = false;
      out += f.name;
      out += ':';
      nodes += 2;  // the key and its value
      value(f, base, at, indent);
    }
  }

 private:
  void value(const FieldDef& f, const void* base, size_t at, size_t indent) {
    switch (f.type) {
      case FieldType::text:
        out += ' ';
        out += yaml_scalar(field_at<Sym>(base, at).view(), indent);
        out += '\n';
        break;
      case FieldType::enumeration:
      case FieldType::date:
      case FieldType::integer:
      case FieldType::number:
      case FieldType::boolean:
        out += ' ';
        out += scalar_text(f, base, at);
        out += '\n';
        break;
      case FieldType::text_list:
        out += '\n';
        for (Sym s : field_at<SymList>(base, at)) {
          out.append(indent + 2, ' ');
          out += "- ";
          out += yaml_scalar(s.view(), indent + 4);
          out += '\n';
          ++nodes;
        }
        break;
      case FieldType::group:
        out += '\n';
        fields(f.fields, base, at, indent + 2);
        break;
      case FieldType::windows:
        out += '\n';
        for (const Window& w : field_at<WindowList>(base, at)) {
          out.append(indent + 2, ' ');
          out += "- ";
          ++nodes;
          fields(f.fields, &w, 0, indent + 4, true);
        }
        break;
      case FieldType::consents:
        out += '\n';
        for (size_t s = 0; s < f.values.size(); ++s) {
          const size_t grant_at = at + s * sizeof(Grant);
          bool empty = true;
          for (const FieldDef& g : f.fields) empty = empty && is_empty_value(g, base, grant_at + g.offset);
          if (empty) continue;
          out.append(indent + 2, ' ');
          out += f.values[s];
          out += ":\n";
          nodes += 2;
          fields(f.fields, base, grant_at, indent + 4);
        }
        break;
    }
  }
};

}  // namespace

bool plain_scalar_safe(std::string_view t) {
  if (t.empty() || is_special_word(t) || looks_numeric(t)) return false;
  static constexpr std::string_view kIndicators = "-?:,[]{}#&*!|>'\"%@`";
  if (kIndicators.find(t.front()) != std::string_view::npos) return false;
  if (t.front() == ' ' || t.back() == ' ' || t.back() == ':') return false;
  if (t.find(": ") != std::string_view::npos || t.find(" #") != std::string_view::npos) return false;
  for (size_t i = 0; i < t.size(); ++i) {
    const auto c = static_cast<unsigned char>(t[i]);
    if (!printable(c) || c == '\t') return false;
    if (c == 0xEF && i + 2 < t.size() && static_cast<unsigned char>(t[i + 1]) == 0xBB &&
        static_cast<unsigned char>(t[i + 2]) == 0xBF)
      return false;  // a byte-order mark
    if (unwritable_raw(t, i) != 0) return false;
  }
  return true;
}

std::string yaml_scalar(std::string_view text, size_t indent) {
  if (plain_scalar_safe(text)) return std::string(text);
  if (literal_block_safe(text)) return literal_block(text, indent);
  return double_quoted(text);
}

namespace {

std::string size_text(size_t bytes) {
  if (bytes % (size_t{1} << 20) == 0) return fmt::format("{} MiB", bytes >> 20);
  if (bytes < 10'000) return fmt::format("{} bytes", bytes);
  if (bytes < 10'000'000) return fmt::format("{} KB", (bytes + 500) / 1000);
  return fmt::format("{:.1f} MB", static_cast<double>(bytes) / 1e6);
}

// The field of a record with the most text, or the most YAML nodes.
std::pair<const FieldDef*, Writer> largest_field(const RecordSchema& schema, const void* record, bool by_nodes) {
  std::pair<const FieldDef*, Writer> best{nullptr, Writer{}};
  for (const FieldDef& f : schema.fields) {
    Writer one;
    one.fields(std::span<const FieldDef>(&f, 1), record, 0, 0);
    const bool larger = by_nodes ? one.nodes > best.second.nodes : one.out.size() > best.second.out.size();
    if (best.first == nullptr || larger) best = {&f, std::move(one)};
  }
  return best;
}

// A record whose file the reader would refuse (kRecordLimits) is refused
// here, before anything is written, naming the field that makes it so.
void check_record_limits(const RecordSchema& schema, const void* record, const Writer& w) {
  const bool too_long = w.out.size() > kRecordLimits.max_bytes;
  if (!too_long && w.nodes <= kRecordLimits.max_nodes) return;
  const std::string_view id = field_at<Sym>(record, schema.fields[0].offset).view();
  const auto [field, part] = largest_field(schema, record, !too_long);
  if (too_long)
    throw RefusedError(fmt::format("{} {} would be {}, over the limit of {} for a record file advo can read back; "
                                   "its largest field is {} ({}): keep long text elsewhere and link it",
                                   schema.name, id, size_text(w.out.size()), size_text(kRecordLimits.max_bytes),
                                   field->name, size_text(part.out.size())));
  throw RefusedError(fmt::format("{} {} would hold {} YAML nodes, over the limit of {} for a record file advo can "
                                 "read back; {} holds {} of them",
                                 schema.name, id, w.nodes, kRecordLimits.max_nodes, field->name, part.nodes));
}

}  // namespace

std::string write_record(const RecordSchema& schema, const void* record) {
  if (schema.kind == RecordKind::story) {
    // A story given approved_on in memory (story add, import) writes it
    // into its approvals.
    Story settled = *static_cast<const Story*>(record);
    if (settle_approvals_for_writing(settled)) return write_record(schema, &settled);
  }
  Writer w;
  w.nodes = 1;  // the record's map
  w.fields(schema.fields, record, 0, 0);
  check_record_limits(schema, record, w);
  return std::move(w.out);
}

namespace {

bool sorts_before(const Engagement& a, const Engagement& b) {
  if (a.date != b.date) return a.date < b.date;
  return a.id.view() < b.id.view();
}

}  // namespace

void sort_engagements(std::span<Engagement> engagements) {
  std::stable_sort(engagements.begin(), engagements.end(), sorts_before);
}

std::optional<std::string> append_to_month_file(std::string_view existing, std::span<const Engagement> entries,
                                                const Engagement& added) {
  if (entries.empty() || sorts_before(added, entries.back())) return std::nullopt;
  Writer w;
  size_t nodes = 1;  // the list
  size_t at = 0;
  const Engagement* previous = nullptr;
  for (const Engagement& e : entries) {
    if (previous != nullptr && sorts_before(e, *previous)) return std::nullopt;
    previous = &e;
    w.out.assign("- ");
    w.nodes = 1;
    w.fields(schema_for<Engagement>().fields, &e, 0, 2, true);
    if (existing.compare(at, w.out.size(), w.out) != 0) return std::nullopt;
    at += w.out.size();
    nodes += w.nodes;
  }
  if (at != existing.size()) return std::nullopt;
  w.out.assign("- ");
  w.nodes = 1;
  w.fields(schema_for<Engagement>().fields, &added, 0, 2, true);
  // Over the reader's limits: the whole file is written, and refused there.
  if (existing.size() + w.out.size() > kMonthFileLimits.max_bytes || nodes + w.nodes > kMonthFileLimits.max_nodes)
    return std::nullopt;
  std::string out;
  out.reserve(existing.size() + w.out.size());
  out += existing;
  out += w.out;
  return out;
}

std::string write_month_file(std::span<const Engagement> engagements) {
  std::vector<Engagement> sorted(engagements.begin(), engagements.end());
  sort_engagements(sorted);
  Writer w;
  w.nodes = 1;  // the list
  size_t longest = 0;
  const Engagement* longest_at = nullptr;
  for (const Engagement& e : sorted) {
    const size_t before = w.out.size();
    w.out += "- ";
    ++w.nodes;
    w.fields(schema_for<Engagement>().fields, &e, 0, 2, true);
    if (w.out.size() - before > longest) {
      longest = w.out.size() - before;
      longest_at = &e;
    }
  }
  // A month file the reader would refuse (kMonthFileLimits) is refused here.
  if (w.out.size() > kMonthFileLimits.max_bytes || w.nodes > kMonthFileLimits.max_nodes)
    throw RefusedError(fmt::format("the month file of {} would be {} and {} YAML nodes, over the limit of {} and {} "
                                   "for a month file advo can read back; its longest engagement is {} ({})",
                                   sorted.front().date.month_key(), size_text(w.out.size()), w.nodes,
                                   size_text(kMonthFileLimits.max_bytes), kMonthFileLimits.max_nodes,
                                   longest_at->id.view(), size_text(longest)));
  return std::move(w.out);
}

}  // namespace advo
