#include "advo/domain/assignment.hpp"

#include <algorithm>
#include <set>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "advo/domain/field_values.hpp"
#include "advo/domain/folding.hpp"
#include "advo/domain/list_text.hpp"
#include "advo/domain/program.hpp"
#include "advo/domain/suggest.hpp"

namespace advo {
namespace {

// The longest value one assignment may give: far more than any field needs,
// and short enough that a record of many stays within what the reader takes.
constexpr size_t kMaxValueBytes = size_t{64} << 10;

// What an assignment changes: a field, or the whole grant of one consent
// scope (`consent.logo`).
struct Target {
  const FieldDef* def = nullptr;
  size_t offset = 0;
  bool grant = false;
};

std::optional<Target> resolve_target(const RecordSchema& schema, std::string_view path) {
  if (auto r = resolve_path(schema, path)) return Target{r->def, r->offset, false};
  const size_t dot = path.rfind('.');
  if (dot == std::string_view::npos) return std::nullopt;
  const auto owner = resolve_path(schema, path.substr(0, dot));
  if (!owner || owner->def->type != FieldType::consents) return std::nullopt;
  const uint8_t scope = enum_index(*owner->def, path.substr(dot + 1));
  if (scope == 0) return std::nullopt;
  return Target{owner->def, owner->offset + (scope - 1u) * sizeof(Grant), true};
}

void clear_value(const FieldDef& def, void* base, size_t at) {
  switch (def.type) {
    case FieldType::text:
      field_at<Sym>(base, at) = Sym();
      break;
    case FieldType::enumeration:
      field_at<uint8_t>(base, at) = 0;
      break;
    case FieldType::date:
      field_at<Date>(base, at) = Date();
      break;
    case FieldType::integer:
      field_at<int64_t>(base, at) = kNoInt;
      break;
    case FieldType::number:
      field_at<double>(base, at) = kNoNumber;
      break;
    case FieldType::boolean:
      field_at<bool>(base, at) = false;
      break;
    case FieldType::text_list:
      field_at<SymList>(base, at) = SymList();
      break;
    case FieldType::windows:
      field_at<WindowList>(base, at) = WindowList();
      break;
    case FieldType::group:
      for (const FieldDef& f : def.fields) clear_value(f, base, at + f.offset);
      break;
    case FieldType::consents:
      for (size_t s = 0; s < def.values.size(); ++s) field_at<Grant>(base, at + s * sizeof(Grant)) = Grant{};
      break;
  }
}

bool is_scalar(FieldType t) {
  return t == FieldType::text || t == FieldType::enumeration || t == FieldType::date || t == FieldType::integer ||
         t == FieldType::number || t == FieldType::boolean;
}

std::string member_list(const FieldDef& def, std::string_view path) {
  std::string out;
  for (const FieldDef& f : def.fields) out += (out.empty() ? "" : ", ") + fmt::format("{}.{}", path, f.name);
  return out;
}

// The part of a path that one validation issue can be about: a consent
// grant as a whole ("consent.logo"), else the path itself.
std::string unit_of(const RecordSchema& schema, std::string_view path) {
  const size_t dot = path.find('.');
  if (dot == std::string_view::npos) return std::string(path);
  const FieldDef* top = find_field(schema.fields, path.substr(0, dot));
  if (top != nullptr && top->type == FieldType::consents) {
    const size_t second = path.find('.', dot + 1);
    return std::string(path.substr(0, second));
  }
  return std::string(path);
}

bool related(std::string_view a, std::string_view b) {
  auto within = [](std::string_view inner, std::string_view outer) {
    return inner.size() > outer.size() && inner.starts_with(outer) && inner[outer.size()] == '.';
  };
  return a == b || within(a, b) || within(b, a);
}

class Applier {
 public:
  Applier(const RecordSchema& schema, void* record, const Settings& settings, const AssignmentRules& rules)
      : schema_(schema), record_(record), settings_(settings), rules_(rules) {}

  // Applies one assignment; returns an error message or "".
  std::string apply(const Assignment& a) {
    if (a.path == "id") return "the id cannot be changed: it is the name of the record's file";
    for (const auto& [path, reason] : rules_.locked)
      if (related(a.path, path) && a.path.size() >= path.size()) return fmt::format("{} cannot be set here: {}", a.path, reason);
    if (a.value.size() > kMaxValueBytes)
      return fmt::format("the value of {} is {} bytes, over the limit of {} bytes (64 KiB) for one value", a.path,
                         a.value.size(), kMaxValueBytes);
    const auto target = resolve_target(schema_, a.path);
    if (!target) {
      const std::vector<std::string> names = assignable_paths(schema_);
      return fmt::format("unknown field '{}' in {}{}", a.path, schema_.name, did_you_mean(a.path, names));
    }
    if (target->grant) return apply_grant(a, *target);
    const FieldDef& def = *target->def;
    if (is_scalar(def.type)) return apply_scalar(a, def, target->offset);
    switch (def.type) {
      case FieldType::text_list:
        return apply_list(a, def, target->offset);
      case FieldType::windows:
        return apply_windows(a, target->offset);
      case FieldType::group:
        if (a.op == AssignOp::set && trim(a.value).empty()) {
          clear_value(def, record_, target->offset);
          return {};
        }
        return fmt::format("{} is a group of fields ({}); set one of them, or clear them all with {}=", a.path,
                           member_list(def, a.path), a.path);
      case FieldType::consents:
        if (a.op == AssignOp::set && trim(a.value).empty()) {
          clear_value(def, record_, target->offset);
          return {};
        }
        return fmt::format("{} holds one grant per scope; set {}.SCOPE=GRANTED[..EXPIRES] or {}.SCOPE.granted=DATE",
                           a.path, a.path, a.path);
      default:
        return {};
    }
  }

 private:
  std::string apply_scalar(const Assignment& a, const FieldDef& def, size_t at) {
    if (a.op != AssignOp::set)
      return fmt::format("{} holds one value, not a list: write {}=VALUE", a.path, a.path);
    const std::string_view value = trim(a.value);
    if (value.empty()) {
      const bool top_level = a.path.find('.') == std::string::npos;
      if (def.required && top_level) return fmt::format("{} is required; it cannot be cleared", a.path);
      clear_value(def, record_, at);
      return {};
    }
    // A known value typed in another case is written as it is known; an
    // e-mail address is kept lower-case (advo-set(1)).
    const bool email = def.rule == TextRule::email;
    const std::string spelled = email && valid_email(value) ? lower_ascii(value)
                                : email                     ? std::string(value)
                                                            : known_spelling(def, value, settings_);
    std::string error = store_scalar(def, record_, at, spelled);
    if (!error.empty()) return error;
    if (def.type == FieldType::text) return check_reference(def, spelled);
    return {};
  }

  std::string check_reference(const FieldDef& def, std::string_view id) {
    if (def.ref == RefKind::none || !rules_.exists || rules_.exists(def.ref, id)) return {};
    const std::string_view kind = def.ref == RefKind::advocate ? "advocate" : def.ref == RefKind::story ? "story" : "request";
    return fmt::format("no {} '{}'", kind, id);
  }

  std::string apply_list(const Assignment& a, const FieldDef& def, size_t at) {
    SymList& list = field_at<SymList>(record_, at);
    const std::vector<std::string> typed_items = split_list(a.value);
    auto position = [](const std::vector<Sym>& in, std::string_view item) {
      const std::string key = folded_key(item);
      return std::find_if(in.begin(), in.end(), [&](Sym s) { return folded_key(s.view()) == key; });
    };
    std::vector<Sym> result = a.op == AssignOp::set ? std::vector<Sym>{} : list.to_vector();
    std::vector<std::string> items = typed_items;
    const bool has_vocab = settings_.vocab.count(std::string(def.name)) > 0;
    const std::vector<std::string> in_use =
        !has_vocab && rules_.values_in_use ? rules_.values_in_use(a.path) : std::vector<std::string>{};
    for (std::string& item : items)
      item = has_vocab ? known_spelling(def, item, settings_) : spelling_among(in_use, item);
    if (a.op == AssignOp::remove) {
      if (items.empty()) return fmt::format("{}-= needs the values to remove", a.path);
      std::vector<std::string> missing;
      for (const std::string& item : items) {
        auto it = position(result, item);
        if (it == result.end()) {
          missing.push_back(item);
          continue;
        }
        while (it != result.end()) {
          result.erase(it);
          it = position(result, item);
        }
      }
      if (!missing.empty()) {
        std::vector<std::string> held;
        for (Sym s : list) held.push_back(s.str());
        return fmt::format("{} not in {} ({})", fmt::join(quoted(missing), ", "), a.path,
                           held.empty() ? std::string("it is empty") : fmt::format("it holds: {}", fmt::join(held, ", ")));
      }
    } else {
      if (a.op == AssignOp::add && items.empty()) return fmt::format("{}+= needs the values to add", a.path);
      for (const std::string& item : items) {
        if (position(result, item) != result.end()) continue;
        std::string error = check_reference(def, item);
        if (!error.empty()) return error;
        result.emplace_back(item);
      }
    }
    list = SymList(result);
    return {};
  }

  static std::vector<std::string> quoted(const std::vector<std::string>& items) {
    std::vector<std::string> out;
    for (const auto& i : items) out.push_back(fmt::format("'{}'", i));
    return out;
  }

  std::string apply_windows(const Assignment& a, size_t at) {
    WindowList& list = field_at<WindowList>(record_, at);
    std::vector<Window> windows = list.to_vector();
    const std::string_view value = trim(a.value);
    std::string error;
    switch (a.op) {
      case AssignOp::set:
      case AssignOp::add: {
        if (value.empty()) {
          if (a.op == AssignOp::add) return fmt::format("{}+= needs a window FROM..TO [REASON]", a.path);
          windows.clear();
          break;
        }
        const auto w = parse_window(value, error);
        if (!w) return error;
        if (a.op == AssignOp::set) windows.clear();
        const bool present = std::any_of(windows.begin(), windows.end(), [&](const Window& x) { return x == *w; });
        if (!present) windows.push_back(*w);
        std::stable_sort(windows.begin(), windows.end(), [](const Window& x, const Window& y) { return x.from < y.from; });
        break;
      }
      case AssignOp::remove: {
        const size_t space = value.find_first_of(" \t");
        const std::string_view dates = value.substr(0, space);
        const auto range = parse_date_range(dates, error);
        if (!range) return fmt::format("{}-= takes FROM..TO or FROM: {}", a.path, error);
        const bool exact = dates.find("..") != std::string_view::npos;
        const auto before = windows.size();
        std::erase_if(windows, [&](const Window& w) { return w.from == range->from && (!exact || w.to == range->to); });
        if (windows.size() == before) {
          std::vector<std::string> held;
          for (const Window& w : list) held.push_back(w.from.str() + ".." + w.to.str());
          return fmt::format("no window {} in {} ({})", dates, a.path,
                             held.empty() ? std::string("it is empty") : fmt::format("it holds: {}", fmt::join(held, ", ")));
        }
        break;
      }
    }
    list = WindowList(windows);
    return {};
  }

  std::string apply_grant(const Assignment& a, const Target& target) {
    if (a.op != AssignOp::set)
      return fmt::format("{} is one grant, not a list: write {}=GRANTED[..EXPIRES], or {}= to withdraw it", a.path,
                         a.path, a.path);
    Grant& grant = field_at<Grant>(record_, target.offset);
    const std::string_view value = trim(a.value);
    if (value.empty()) {
      grant = Grant{};
      return {};
    }
    std::string error;
    const auto range = parse_date_range(value, error);
    if (!range) return fmt::format("{} takes GRANTED or GRANTED..EXPIRES: {}", a.path, error);
    grant.granted = range->from;
    grant.expires = value.find("..") != std::string_view::npos ? range->to : Date();
    return {};
  }

  const RecordSchema& schema_;
  void* record_;
  const Settings& settings_;
  const AssignmentRules& rules_;
};

// Grants that have lost their required `granted` date (an expiry alone is
// not a grant), as issues in validate_values' form.
void missing_grant_dates(const RecordSchema& schema, const void* record, std::vector<FieldIssue>& out) {
  for (const FieldDef& f : schema.fields) {
    if (f.type != FieldType::consents) continue;
    for (size_t s = 0; s < f.values.size(); ++s) {
      const Grant& g = field_at<Grant>(record, f.offset + s * sizeof(Grant));
      if (!g.granted && g.expires) {
        const std::string grant = fmt::format("{}.{}", f.name, f.values[s]);
        out.push_back({grant + ".granted", -1, Severity::error, "required",
                       fmt::format("{} has an expiry but no granted date (set {}.granted, or withdraw it with {}=)",
                                   grant, grant, grant)});
      }
    }
  }
}

}  // namespace

bool names_record(const Program& program, RefKind kind, std::string_view id) {
  switch (kind) {
    case RefKind::advocate:
      return program.find_advocate(id) != nullptr;
    case RefKind::story:
      return program.find_story(id) != nullptr;
    case RefKind::request:
      return program.find_request(id) != nullptr;
    case RefKind::none:
      break;
  }
  return true;
}

std::optional<Assignment> parse_assignment(std::string_view text) {
  const size_t eq = text.find('=');
  if (eq == std::string_view::npos || eq == 0) return std::nullopt;
  Assignment a;
  a.text = std::string(text);
  size_t end = eq;
  if (text[eq - 1] == '+' || text[eq - 1] == '-') {
    a.op = text[eq - 1] == '+' ? AssignOp::add : AssignOp::remove;
    --end;
  }
  a.path = std::string(trim(text.substr(0, end)));
  if (a.path.empty()) return std::nullopt;
  a.value = std::string(text.substr(eq + 1));
  return a;
}

std::vector<AssignmentError> apply_assignments_in_place(const RecordSchema& schema, void* record,
                                                        std::span<const Assignment> given,
                                                        const Settings& settings, const AssignmentRules& rules) {
  // Former field names ("nps.on") stand for the fields they were renamed to.
  std::vector<Assignment> renamed(given.begin(), given.end());
  for (Assignment& a : renamed) a.path = current_path(schema, a.path);
  const std::span<const Assignment> assignments = renamed;
  auto issues = [&] {
    std::vector<FieldIssue> out = validate_values(schema, record, settings);
    missing_grant_dates(schema, record, out);
    if (rules.validate)
      for (FieldIssue& issue : rules.validate(record)) out.push_back(std::move(issue));
    return out;
  };
  const std::vector<FieldIssue> before = issues();

  // Errors by the position of their assignment.
  std::vector<std::pair<size_t, std::string>> found;
  std::vector<bool> failed(assignments.size(), false);
  Applier applier(schema, record, settings, rules);
  for (size_t i = 0; i < assignments.size(); ++i) {
    std::string message = applier.apply(assignments[i]);
    if (!message.empty()) {
      found.emplace_back(i, std::move(message));
      failed[i] = true;
    }
  }

  // Problems the assignments brought in, each blamed on the last
  // assignment that touched its field.
  const std::vector<FieldIssue> after = issues();
  std::set<std::pair<std::string, std::string>> known;
  for (const FieldIssue& issue : before) known.emplace(issue.path, issue.message);
  for (const FieldIssue& issue : after) {
    if (issue.severity != Severity::error || known.count({issue.path, issue.message}) > 0) continue;
    known.emplace(issue.path, issue.message);
    const std::string unit = unit_of(schema, issue.path);
    size_t blamed = assignments.size();
    for (size_t i = assignments.size(); i-- > 0;)
      if (related(unit_of(schema, assignments[i].path), unit)) {
        blamed = i;
        break;
      }
    // An issue of a field no assignment named (a rule joining two fields)
    // is the doing of the last assignment.
    if (blamed == assignments.size() && !assignments.empty()) blamed = assignments.size() - 1;
    if (blamed < assignments.size() && !failed[blamed]) found.emplace_back(blamed, issue.message);
  }
  std::stable_sort(found.begin(), found.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
  std::vector<AssignmentError> errors;
  for (auto& [i, message] : found) {
    // A long assignment is named by its start, not repeated in full.
    std::string text = assignments[i].text;
    if (text.size() > 200) {
      size_t cut = 60;
      while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // not inside a character
      text = text.substr(0, cut) + "…";
    }
    errors.push_back({std::move(text), std::move(message)});
  }
  return errors;
}

std::vector<std::string> assignable_paths(const RecordSchema& schema) {
  std::vector<std::string> out;
  std::function<void(std::span<const FieldDef>, const std::string&)> walk = [&](std::span<const FieldDef> fields,
                                                                                 const std::string& prefix) {
    for (const FieldDef& f : fields) {
      const std::string path = prefix + std::string(f.name);
      out.push_back(path);
      if (f.type == FieldType::group) walk(f.fields, path + ".");
      if (f.type == FieldType::consents)
        for (std::string_view scope : f.values) {
          out.push_back(path + "." + std::string(scope));
          walk(f.fields, path + "." + std::string(scope) + ".");
        }
    }
  };
  walk(schema.fields, "");
  return out;
}

}  // namespace advo
