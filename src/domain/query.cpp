#include "advo/domain/query.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "advo/domain/date_input.hpp"
#include "advo/domain/domain_error.hpp"
#include "advo/domain/field_values.hpp"
#include "advo/domain/folding.hpp"
#include "advo/domain/list_text.hpp"
#include "advo/domain/suggest.hpp"

namespace advo {
namespace {

using query_detail::Op;
using query_detail::Pattern;
using query_detail::Term;

// Splits a word into terms at spaces outside double quotes; the quotes go.
std::vector<std::string> split_terms(std::string_view word) {
  std::vector<std::string> out;
  std::string term;
  bool quoted = false;
  bool any = false;
  for (char c : word) {
    if (c == '"') {
      quoted = !quoted;
      any = true;
    } else if ((c == ' ' || c == '\t' || c == '\n') && !quoted) {
      if (any) out.push_back(std::move(term));
      term.clear();
      any = false;
    } else {
      term.push_back(c);
      any = true;
    }
  }
  if (quoted) throw DomainError(DomainErrorKind::invalid_value, fmt::format("unbalanced '\"' in the query '{}'", word));
  if (any) out.push_back(std::move(term));
  return out;
}

// '*' matches any run of characters; everything else itself.
bool glob_match(std::string_view pattern, std::string_view text) {
  size_t p = 0;
  size_t t = 0;
  size_t star = std::string_view::npos;
  size_t resume = 0;
  while (t < text.size()) {
    if (p < pattern.size() && pattern[p] == '*') {
      star = p++;
      resume = t;
    } else if (p < pattern.size() && pattern[p] == text[t]) {
      ++p;
      ++t;
    } else if (star != std::string_view::npos) {
      p = star + 1;
      t = ++resume;
    } else {
      return false;
    }
  }
  while (p < pattern.size() && pattern[p] == '*') ++p;
  return p == pattern.size();
}

std::string_view type_word(FieldType type) {
  switch (type) {
    case FieldType::text:
      return "text";
    case FieldType::enumeration:
      return "one of a list of values";
    case FieldType::date:
      return "a date";
    case FieldType::integer:
    case FieldType::number:
      return "a number";
    case FieldType::boolean:
      return "true or false";
    case FieldType::text_list:
      return "a list";
    case FieldType::group:
      return "a group of fields";
    case FieldType::windows:
      return "a list of date windows";
    case FieldType::consents:
      return "a set of consents";
  }
  return "?";
}

bool comparable(FieldType type) {
  return type == FieldType::date || type == FieldType::integer || type == FieldType::number;
}

// The typed value of `text` for a scalar field, as a number: dates as days,
// enumerations as their index, booleans as 0/1. Dates take the typed forms
// of date_input.hpp, counted from `today`. Throws with the message the file
// reader would give.
double scalar_key(const Term& term, std::string_view text, Date today) {
  std::string error;
  double key = 0;
  switch (term.def->type) {
    case FieldType::enumeration: {
      uint8_t v = 0;
      error = store_scalar(*term.def, &v, 0, text);
      key = v;
      break;
    }
    case FieldType::date:
    case FieldType::windows: {
      const auto d = parse_date_input(text, today);
      if (!d) error = invalid_date_input(text);
      else key = d->days();
      break;
    }
    case FieldType::integer: {
      int64_t v = 0;
      error = store_scalar(*term.def, &v, 0, text);
      key = static_cast<double>(v);
      break;
    }
    case FieldType::number: {
      double v = 0;
      error = store_scalar(*term.def, &v, 0, text);
      key = v;
      break;
    }
    case FieldType::boolean: {
      bool v = false;
      error = store_scalar(*term.def, &v, 0, text);
      key = v ? 1 : 0;
      break;
    }
    case FieldType::consents: {
      const uint8_t index = enum_index(*term.def, text);
      if (index == 0) {
        error = unknown_value("consent scope", text, term.def->values);
      }
      key = index - 1;
      break;
    }
    default:
      break;
  }
  if (!error.empty()) throw DomainError(DomainErrorKind::invalid_value, fmt::format("'{}': {}", term.text, error));
  return key;
}

// The value of a scalar field of `record` as scalar_key gives it; NaN when
// the field is empty.
double record_key(const FieldDef& def, const void* record, size_t offset) {
  switch (def.type) {
    case FieldType::enumeration: {
      const uint8_t v = field_at<uint8_t>(record, offset);
      return v == 0 ? kNoNumber : v;
    }
    case FieldType::date: {
      const Date d = field_at<Date>(record, offset);
      return d ? d.days() : kNoNumber;
    }
    case FieldType::integer: {
      const int64_t v = field_at<int64_t>(record, offset);
      return v == kNoInt ? kNoNumber : static_cast<double>(v);
    }
    case FieldType::number:
      return field_at<double>(record, offset);
    case FieldType::boolean:
      return field_at<bool>(record, offset) ? 1 : 0;
    default:
      return kNoNumber;
  }
}

// Checks a text value against what the settings allow, so a typo in an
// activity type or a [vocab] value is caught instead of matching nothing.
void check_text_value(const Term& term, std::string_view value, const Settings& settings) {
  const FieldDef& def = *term.def;
  if (value.find('*') != std::string_view::npos) return;
  std::string error;
  if (def.rule == TextRule::activity_type) {
    const auto names = settings.type_names();
    const bool known = std::any_of(names.begin(), names.end(), [&](const std::string& n) { return iequals(n, value); });
    if (!known) error = check_text_rule(def, value, settings);
  } else if (def.rule == TextRule::country) {
    std::string upper(value);
    for (char& c : upper) c = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
    if (!valid_country(upper))
      error = fmt::format("unknown country code '{}' (expected ISO 3166 alpha-2, like DE or US)", value);
  }
  if (error.empty()) {
    auto it = settings.vocab.find(std::string(def.name));
    if (it != settings.vocab.end()) {
      const auto& allowed = it->second;
      const bool known =
          std::any_of(allowed.begin(), allowed.end(), [&](const std::string& a) { return same_text_folded(a, value); });
      if (!known) error = check_vocab(def, value, settings);
    }
  }
  if (!error.empty()) throw DomainError(DomainErrorKind::invalid_value, fmt::format("'{}': {}", term.text, error));
}

Op comparison_op(std::string_view& value) {
  if (value.starts_with("<=")) {
    value.remove_prefix(2);
    return Op::less_equal;
  }
  if (value.starts_with(">=")) {
    value.remove_prefix(2);
    return Op::greater_equal;
  }
  if (value.starts_with("<")) {
    value.remove_prefix(1);
    return Op::less;
  }
  if (value.starts_with(">")) {
    value.remove_prefix(1);
    return Op::greater;
  }
  return Op::equal;
}

// A comparison without its value (`nps.score:>=`): teach the ranges, which,
// unlike comparisons, need no quotes in the shell.
std::string empty_comparison_message(std::string_view text, std::string_view field, FieldType type) {
  const bool date = type == FieldType::date;
  const std::string_view v = date ? "-30d" : "9";
  return fmt::format(
      "'{}': a comparison needs a value (unquoted, the shell reads '>' and '<' as redirections). Write a range, "
      "which needs no quotes: {}:{}.. ({} or {}), {}:..{} ({} or {}), {}:{}..{}; or quote the term: '{}:>={}'",
      text, field, v, v, date ? "later" : "more", field, v, v, date ? "earlier" : "less", field, v,
      date ? "today" : "10", field, v);
}

std::string unknown_field_message(std::string_view field, const Term& term, const RecordSchema& schema,
                                  std::span<const VirtualField> virtuals) {
  const std::vector<std::string> names = query_field_names(schema, virtuals);
  const std::string hint = did_you_mean(field, names);
  if (!hint.empty()) return fmt::format("unknown field '{}' in '{}'{}", field, term.text, hint);
  std::string list;
  for (const FieldDef& f : schema.fields) list += (list.empty() ? "" : ", ") + std::string(f.name);
  for (const VirtualField& v : virtuals) list += ", " + v.name;
  return fmt::format("unknown field '{}' in '{}'; the fields of {} are: {}", field, term.text, schema.folder, list);
}

Term parse_term(const RecordSchema& schema, std::string_view text, const Settings* settings,
                std::span<const VirtualField> virtuals, const ReferenceLookup& references, Date today) {
  Term term;
  term.text = std::string(text);
  if (text.starts_with("not:")) {
    term.negate = true;
    text.remove_prefix(4);
  }
  const size_t colon = text.find(':');
  if (colon == std::string_view::npos || colon == 0)
    throw DomainError(DomainErrorKind::invalid_value,
                      fmt::format("'{}' is not a query term: write field:value, like stage:active "
                                  "(quote a value with spaces: name:\"Jane Doe\")",
                                  term.text));
  const std::string_view field = text.substr(0, colon);
  std::string_view value = text.substr(colon + 1);

  const auto resolved = resolve_path(schema, field);
  if (!resolved) {
    for (const VirtualField& v : virtuals) {
      if (v.name != field) continue;
      try {
        term.test = v.compile(value);
      } catch (const DomainError& e) {
        throw DomainError(e.kind(), fmt::format("'{}': {}", term.text, e.what()));
      }
      return term;
    }
    throw DomainError(DomainErrorKind::unknown_name, unknown_field_message(field, term, schema, virtuals));
  }
  term.def = resolved->def;
  term.offset = resolved->offset;
  const FieldDef& def = *term.def;

  if (value.empty()) {
    term.op = Op::empty;
    return term;
  }
  if (def.type == FieldType::group) {
    std::string members;
    for (const FieldDef& f : def.fields) members += (members.empty() ? "" : ", ") + fmt::format("{}.{}", field, f.name);
    throw DomainError(DomainErrorKind::invalid_value,
                      fmt::format("'{}': {} is a group of fields ({}); query one of them, or '{}:' for none set",
                                  term.text, field, members, field));
  }

  term.op = comparison_op(value);
  const bool compare = term.op != Op::equal;
  if (compare && !comparable(def.type))
    throw DomainError(
        DomainErrorKind::invalid_value,
        fmt::format("'{}': '<' and '>' compare dates and numbers; {} is {}", term.text, field, type_word(def.type)));
  if (compare && value.empty())
    throw DomainError(DomainErrorKind::invalid_value, empty_comparison_message(term.text, field, def.type));

  if (def.type == FieldType::text || def.type == FieldType::text_list) {
    for (std::string v : split_list(value)) {
      if (settings != nullptr) check_text_value(term, v, *settings);
      if (def.ref != RefKind::none && references && v.find('*') == std::string::npos) {
        try {
          v = references(def.ref, v);
        } catch (const DomainError& e) {
          throw DomainError(e.kind(), fmt::format("'{}': {}", term.text, e.what()));
        }
      }
      term.patterns.push_back(Pattern{folded_key(v), v.find('*') != std::string::npos});
    }
    if (term.patterns.empty()) term.op = Op::empty;
    return term;
  }

  if (!compare && comparable(def.type) && value.find("..") != std::string_view::npos) {
    const size_t dots = value.find("..");
    const std::string_view low = trim(value.substr(0, dots));
    const std::string_view high = trim(value.substr(dots + 2));
    if (low.empty() && high.empty())
      throw DomainError(DomainErrorKind::invalid_value, fmt::format("'{}': a range needs at least one end", term.text));
    term.op = Op::range;
    term.low = low.empty() ? kNoNumber : scalar_key(term, low, today);
    term.high = high.empty() ? kNoNumber : scalar_key(term, high, today);
    return term;
  }

  const std::vector<std::string> values = split_list(value);
  if (compare && values.size() != 1)
    throw DomainError(DomainErrorKind::invalid_value, fmt::format("'{}': a comparison takes one value", term.text));
  for (const std::string& v : values) term.keys.push_back(scalar_key(term, v, today));
  if (term.keys.empty()) term.op = Op::empty;
  return term;
}

bool text_matches(const Term& term, Sym value) {
  if (value.empty()) return false;
  auto it = term.memo.find(value.id());
  if (it != term.memo.end()) return it->second;
  const std::string key = folded_key(value.view());
  bool hit = false;
  for (const Pattern& p : term.patterns)
    if (p.glob ? glob_match(p.key, key) : p.key == key) {
      hit = true;
      break;
    }
  term.memo.emplace(value.id(), hit);
  return hit;
}

bool key_matches(const Term& term, double key) {
  if (std::isnan(key)) return false;
  switch (term.op) {
    case Op::equal:
      return std::find(term.keys.begin(), term.keys.end(), key) != term.keys.end();
    case Op::less:
      return key < term.keys.front();
    case Op::less_equal:
      return key <= term.keys.front();
    case Op::greater:
      return key > term.keys.front();
    case Op::greater_equal:
      return key >= term.keys.front();
    case Op::range:
      return (std::isnan(term.low) || key >= term.low) && (std::isnan(term.high) || key <= term.high);
    case Op::empty:
      break;
  }
  return false;
}

bool term_holds(const Term& term, const void* record) {
  if (!term.def) return term.test(record);
  const FieldDef& def = *term.def;
  if (term.op == Op::empty) return is_empty_value(def, record, term.offset);
  switch (def.type) {
    case FieldType::text:
      return text_matches(term, field_at<Sym>(record, term.offset));
    case FieldType::text_list:
      for (Sym s : field_at<SymList>(record, term.offset))
        if (text_matches(term, s)) return true;
      return false;
    case FieldType::windows:
      for (const Window& w : field_at<WindowList>(record, term.offset))
        for (double day : term.keys)
          if (w.from && w.to && w.from.days() <= day && day <= w.to.days()) return true;
      return false;
    case FieldType::consents:
      for (double scope : term.keys)
        if (field_at<Grant>(record, term.offset + static_cast<size_t>(scope) * sizeof(Grant)).granted) return true;
      return false;
    case FieldType::group:
      return false;
    default:
      return key_matches(term, record_key(def, record, term.offset));
  }
}

void collect_names(std::span<const FieldDef> fields, const std::string& prefix, std::vector<std::string>& out) {
  for (const FieldDef& f : fields) {
    const std::string path = prefix + std::string(f.name);
    out.push_back(path);
    if (f.type == FieldType::group) collect_names(f.fields, path + ".", out);
    if (f.type == FieldType::consents)
      for (std::string_view scope : f.values) collect_names(f.fields, path + "." + std::string(scope) + ".", out);
  }
}

}  // namespace

VirtualField flag_field(std::string name, std::string description, RecordTest holds) {
  VirtualField v;
  v.name = name;
  v.value_hint = "true|false";
  v.description = std::move(description);
  v.compile = [name, holds = std::move(holds)](std::string_view value) -> RecordTest {
    const auto b = parse_boolean(value);
    if (!b)
      throw DomainError(DomainErrorKind::invalid_value, fmt::format("{} takes true or false, not '{}'", name, value));
    if (*b) return holds;
    return [holds](const void* record) { return !holds(record); };
  };
  return v;
}

Query Query::parse(const RecordSchema& schema, std::span<const std::string> words, const Settings* settings,
                   std::span<const VirtualField> virtuals, const ReferenceLookup& references, Date today) {
  Query q;
  for (const std::string& word : words)
    for (const std::string& text : split_terms(word))
      q.terms_.push_back(parse_term(schema, text, settings, virtuals, references, today));
  return q;
}

bool Query::matches(const void* record) const {
  for (const Term& term : terms_)
    if (term_holds(term, record) == term.negate) return false;
  return true;
}

std::vector<std::string> query_field_names(const RecordSchema& schema, std::span<const VirtualField> virtuals) {
  std::vector<std::string> out;
  collect_names(schema.fields, "", out);
  for (const VirtualField& v : virtuals) out.push_back(v.name);
  return out;
}

}  // namespace advo
