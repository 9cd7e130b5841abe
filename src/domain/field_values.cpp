#include "advo/domain/field_values.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>

#include <fmt/format.h>

#include "advo/domain/control_characters.hpp"
#include "advo/domain/folding.hpp"
#include "advo/domain/ids.hpp"
#include "advo/domain/suggest.hpp"

namespace advo {
namespace {

// ISO 3166-1 alpha-2, officially assigned codes.
constexpr std::string_view kCountries =
    "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS "
    "BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE "
    "EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM "
    "HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC "
    "LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA "
    "NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW "
    "SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO "
    "TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW";

std::string format_number(double x) {
  if (std::floor(x) == x && std::fabs(x) < 1e15) return fmt::format("{}", static_cast<int64_t>(x));
  std::string text = fmt::format("{}", x);
  // "1e+15" is text to YAML 1.1 readers, which want a point: "1.0e+15".
  const size_t e = text.find('e');
  if (e != std::string::npos && text.find('.') == std::string::npos) text.insert(e, ".0");
  return text;
}

void validate_fields(std::span<const FieldDef> fields, const void* base, size_t offset, const std::string& prefix,
                     const Settings& settings, std::vector<FieldIssue>& out);

// Free-text fields, whose values may run over several lines.
bool multi_line(const FieldDef& def) {
  return def.name == "notes" || def.name == "note" || def.name == "reason" || def.name == "override";
}

void validate_text(const FieldDef& def, std::string_view value, const std::string& path, int item,
                   const Settings& settings, std::vector<FieldIssue>& out) {
  if (value.empty()) return;
  if (const auto control = first_control_character(value, multi_line(def)))
    out.push_back({path, item, Severity::warning, "control-character",
                   fmt::format("{} holds the control character {} at character {}; a terminal would act on it "
                               "(advo shows it escaped)",
                               path, control_character_name(control->code_point), control->position)});
  std::string message = check_text_rule(def, value, settings);
  if (!message.empty()) {
    out.push_back({path, item, Severity::error, "value", std::move(message)});
    return;
  }
  message = check_vocab(def, value, settings);
  if (!message.empty()) out.push_back({path, item, Severity::error, "vocab", std::move(message)});
}

void validate_field(const FieldDef& f, const void* base, size_t at, const std::string& path, const Settings& settings,
                    std::vector<FieldIssue>& out) {
  switch (f.type) {
    case FieldType::text:
      validate_text(f, field_at<Sym>(base, at).view(), path, -1, settings, out);
      break;
    case FieldType::text_list: {
      int i = 0;
      for (Sym s : field_at<SymList>(base, at)) validate_text(f, s.view(), path, i++, settings, out);
      break;
    }
    case FieldType::group:
      validate_fields(f.fields, base, at, path + ".", settings, out);
      break;
    case FieldType::windows: {
      // A story's approvals are judged by the story's rules
      // (story_rule_issues), in their own words.
      if (f.name == "approvals") break;
      int i = 0;
      for (const Window& w : field_at<WindowList>(base, at)) {
        if (w.from && w.to && w.to < w.from)
          out.push_back({path, i, Severity::error, "value",
                         fmt::format("window ends ({}) before it starts ({})", w.to.str(), w.from.str())});
        ++i;
      }
      break;
    }
    case FieldType::consents:
      for (size_t s = 0; s < f.values.size(); ++s) {
        const Grant& g = field_at<Grant>(base, at + s * sizeof(Grant));
        if (g.granted && g.expires && g.expires < g.granted)
          out.push_back({path + "." + std::string(f.values[s]) + ".expires", -1, Severity::error, "value",
                         fmt::format("consent expires ({}) before it was granted ({})", g.expires.str(),
                                     g.granted.str())});
      }
      break;
    default:
      break;
  }
}

void validate_fields(std::span<const FieldDef> fields, const void* base, size_t offset, const std::string& prefix,
                     const Settings& settings, std::vector<FieldIssue>& out) {
  for (const FieldDef& f : fields) validate_field(f, base, offset + f.offset, prefix + std::string(f.name), settings, out);
}

}  // namespace

bool is_null_word(std::string_view text) {
  return text.empty() || text == "~" || text == "null" || text == "Null" || text == "NULL";
}

std::optional<int64_t> parse_integer(std::string_view text) {
  if (!text.empty() && text[0] == '+') text.remove_prefix(1);
  if (text.empty()) return std::nullopt;
  int64_t value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

std::optional<double> parse_number(std::string_view text) {
  if (!text.empty() && text[0] == '+') text.remove_prefix(1);
  if (text.empty()) return std::nullopt;
  // Digits, one point, an exponent: no inf, nan or hex.
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const bool exponent_sign = c == '+' && i > 0 && (text[i - 1] == 'e' || text[i - 1] == 'E');
    if (!((c >= '0' && c <= '9') || c == '.' || c == '-' || c == 'e' || c == 'E' || exponent_sign)) return std::nullopt;
  }
  double value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || !std::isfinite(value)) return std::nullopt;
  return value;
}

std::optional<bool> parse_boolean(std::string_view text) {
  if (text == "true" || text == "True" || text == "TRUE") return true;
  if (text == "false" || text == "False" || text == "FALSE") return false;
  return std::nullopt;
}

std::string store_scalar(const FieldDef& def, void* base, size_t offset, std::string_view text) {
  switch (def.type) {
    case FieldType::text:
      field_at<Sym>(base, offset) = Sym(text);
      return {};
    case FieldType::enumeration: {
      const uint8_t index = enum_index(def, text);
      if (index == 0)
        return unknown_value(def.name, text, def.values);
      field_at<uint8_t>(base, offset) = index;
      return {};
    }
    case FieldType::date: {
      auto d = Date::parse(text);
      if (!d) return fmt::format("invalid date '{}' (expected YYYY-MM-DD)", text);
      field_at<Date>(base, offset) = *d;
      return {};
    }
    case FieldType::integer: {
      auto v = parse_integer(text);
      if (!v) return fmt::format("{} must be a whole number, not '{}'", def.name, text);
      if ((def.min != kNoInt && *v < def.min) || (def.max != kNoInt && *v > def.max)) {
        if (def.max != kNoInt) return fmt::format("{} must be between {} and {}, not {}", def.name, def.min, def.max, *v);
        return fmt::format("{} must be at least {}, not {}", def.name, def.min, *v);
      }
      field_at<int64_t>(base, offset) = *v;
      return {};
    }
    case FieldType::number: {
      auto v = parse_number(text);
      if (!v) return fmt::format("{} must be a number, not '{}'", def.name, text);
      if (def.min != kNoInt && *v < static_cast<double>(def.min))
        return fmt::format("{} must be at least {}, not {}", def.name, def.min, text);
      field_at<double>(base, offset) = *v;
      return {};
    }
    case FieldType::boolean: {
      auto v = parse_boolean(text);
      if (!v) return fmt::format("{} must be true or false, not '{}'", def.name, text);
      field_at<bool>(base, offset) = *v;
      return {};
    }
    default:
      return fmt::format("{} is not a single value", def.name);
  }
}

std::string scalar_text(const FieldDef& def, const void* base, size_t offset) {
  switch (def.type) {
    case FieldType::text:
      return field_at<Sym>(base, offset).str();
    case FieldType::enumeration:
      return std::string(enum_name(def, field_at<uint8_t>(base, offset)));
    case FieldType::date:
      return field_at<Date>(base, offset).str();
    case FieldType::integer: {
      const int64_t v = field_at<int64_t>(base, offset);
      return v == kNoInt ? std::string() : fmt::format("{}", v);
    }
    case FieldType::number: {
      const double v = field_at<double>(base, offset);
      return has_number(v) ? format_number(v) : std::string();
    }
    case FieldType::boolean:
      return field_at<bool>(base, offset) ? "true" : "";
    default:
      return {};
  }
}

bool valid_country(std::string_view code) {
  if (code.size() != 2) return false;
  for (size_t i = 0; i + 2 <= kCountries.size(); i += 3)
    if (kCountries.substr(i, 2) == code) return true;
  return false;
}

bool valid_email(std::string_view text) {
  const size_t at = text.find('@');
  if (at == std::string_view::npos || at == 0 || at != text.rfind('@')) return false;
  const std::string_view domain = text.substr(at + 1);
  const size_t dot = domain.find('.');
  if (dot == std::string_view::npos || dot == 0 || domain.back() == '.') return false;
  return std::none_of(text.begin(), text.end(),
                      [](char c) { return c == ' ' || c == ',' || c == ';' || static_cast<unsigned char>(c) < 0x20; });
}

bool valid_url(std::string_view text) {
  const bool scheme = text.rfind("https://", 0) == 0 || text.rfind("http://", 0) == 0;
  if (!scheme || text.size() <= 8) return false;
  return std::none_of(text.begin(), text.end(), [](char c) {
    return c == ' ' || c == '"' || c == '<' || c == '>' || static_cast<unsigned char>(c) < 0x20;
  });
}

std::string check_text_rule(const FieldDef& def, std::string_view value, const Settings& settings) {
  switch (def.rule) {
    case TextRule::any:
      return {};
    case TextRule::id:
      if (valid_id(value)) return {};
      return fmt::format("invalid id '{}' (lower-case letters, digits and '-', at most {} characters)", value,
                         kMaxIdLength);
    case TextRule::country: {
      if (valid_country(value)) return {};
      std::string upper(value);
      for (char& c : upper) c = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
      if (valid_country(upper)) return fmt::format("country '{}' must be upper case ('{}')", value, upper);
      return fmt::format("unknown country code '{}' (expected ISO 3166 alpha-2, like DE or US)", value);
    }
    case TextRule::email:
      return valid_email(value) ? std::string() : fmt::format("invalid e-mail address '{}'", value);
    case TextRule::url:
      return valid_url(value) ? std::string() : fmt::format("invalid URL '{}' (expected http:// or https://)", value);
    case TextRule::currency: {
      const bool ok = value.size() == 3 && std::all_of(value.begin(), value.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
      return ok ? std::string() : fmt::format("invalid currency '{}' (expected a code like USD or EUR)", value);
    }
    case TextRule::activity_type: {
      if (settings.type(value) != nullptr) return {};
      const auto names = settings.type_names();
      return unknown_value("activity type", value, names);
    }
  }
  return {};
}

namespace {

// A value as compared with a list of known values: folded case and
// accents, and one hyphen for each run of spaces, underscores and hyphens.
std::string spelling_key(std::string_view value) {
  std::string out;
  for (const char c : folded_key(value)) {
    if (c == ' ' || c == '_' || c == '-') {
      if (!out.empty() && out.back() != '-') out.push_back('-');
    } else {
      out.push_back(c);
    }
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

template <class Values>
std::string spelling_in(const Values& known, std::string_view value) {
  for (const auto& v : known)
    if (std::string_view(v) == value) return std::string(value);
  const std::string key = spelling_key(value);
  for (const auto& v : known)
    if (spelling_key(v) == key) return std::string(v);
  return std::string(value);
}

}  // namespace

std::string spelling_among(const std::vector<std::string>& known, std::string_view value) {
  return spelling_in(known, value);
}

std::string known_spelling(const FieldDef& def, std::string_view value, const Settings& settings) {
  if (def.type == FieldType::enumeration) return spelling_in(def.values, value);
  const auto it = settings.vocab.find(std::string(def.name));
  if (it == settings.vocab.end()) return std::string(value);
  return spelling_in(it->second, value);
}

std::string check_vocab(const FieldDef& def, std::string_view value, const Settings& settings) {
  auto it = settings.vocab.find(std::string(def.name));
  if (it == settings.vocab.end()) return {};
  const auto& allowed = it->second;
  if (std::find(allowed.begin(), allowed.end(), value) != allowed.end()) return {};
  return unknown_value(def.name, value, allowed);
}

std::vector<FieldIssue> validate_values(const RecordSchema& schema, const void* record, const Settings& settings) {
  std::vector<FieldIssue> out;
  validate_fields(schema.fields, record, 0, "", settings, out);
  return out;
}

}  // namespace advo
