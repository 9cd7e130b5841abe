#include "advo/storage/settings_file.hpp"

#include <algorithm>
#include <functional>

#include <fmt/format.h>
#include <toml++/toml.h>

#include "advo/domain/field_values.hpp"
#include "advo/domain/ids.hpp"
#include "advo/domain/match_criteria.hpp"
#include "advo/domain/schema.hpp"
#include "advo/domain/suggest.hpp"
#include "advo/storage/files.hpp"
#include "advo/storage/loader.hpp"
#include "advo/storage/program_paths.hpp"
#include "advo/storage/program_scan.hpp"

namespace advo {
namespace {

// The fields a target can count by: every match criterion but recency.
const std::vector<std::string> kCriteriaFields = [] {
  std::vector<std::string> names;
  for (const CriterionInfo& c : kMatchCriteria)
    if (c.rule != MatchRule::recency) names.emplace_back(c.name);
  return names;
}();

class SettingsReader {
 public:
  SettingsReader(Settings& s, const std::string& file, Problems& problems) : s_(s), file_(file), problems_(problems) {}

  void problem(const toml::source_region& at, std::string code, std::string message) {
    problems_.push_back(Problem{Location{file_, at.begin.line, at.begin.column}, Severity::error, std::move(code),
                                std::move(message)});
  }

  using Apply = std::function<void(const toml::key&, const toml::node&)>;
  struct Rule {
    std::string_view key;
    Apply apply;
  };

  // Applies each key of `table` to its rule; unknown keys are problems.
  void read_table(const toml::node& node, const std::string& section, const std::vector<Rule>& rules) {
    const toml::table* table = node.as_table();
    if (table == nullptr) {
      problem(node.source(), "type", fmt::format("[{}] must be a table", section));
      return;
    }
    for (const auto& [key, value] : *table) {
      const auto& key_text = key.str();  // a structured binding cannot be captured before clang 16
      auto rule = std::find_if(rules.begin(), rules.end(), [&](const Rule& r) { return r.key == key_text; });
      if (rule == rules.end()) {
        std::vector<std::string> names;
        for (const auto& r : rules) names.emplace_back(r.key);
        problem(key.source(), "unknown-key",
                fmt::format("unknown key '{}' in [{}]{}", key.str(), section, did_you_mean(key.str(), names)));
        continue;
      }
      rule->apply(key, value);
    }
  }

  Apply integer(int64_t& target, int64_t min = 0) {
    return [this, &target, min](const toml::key& key, const toml::node& node) {
      auto v = node.value_exact<int64_t>();
      if (!v) {
        problem(node.source(), "type", fmt::format("{} must be a whole number", key.str()));
      } else if (*v < min) {
        problem(node.source(), "value", fmt::format("{} must be at least {}", key.str(), min));
      } else {
        target = *v;
      }
    };
  }

  Apply number(double& target) {
    return [this, &target](const toml::key& key, const toml::node& node) {
      auto v = node.value<double>();
      if (!v || !(node.is_integer() || node.is_floating_point())) {
        problem(node.source(), "type", fmt::format("{} must be a number", key.str()));
      } else if (*v < 0) {
        problem(node.source(), "value", fmt::format("{} must not be negative", key.str()));
      } else {
        target = *v;
      }
    };
  }

  Apply boolean(bool& target) {
    return [this, &target](const toml::key& key, const toml::node& node) {
      auto v = node.value_exact<bool>();
      if (!v) {
        problem(node.source(), "type", fmt::format("{} must be true or false", key.str()));
        return;
      }
      target = *v;
    };
  }

  Apply text(std::string& target, std::function<std::string(const std::string&)> check = {}) {
    return [this, &target, check](const toml::key& key, const toml::node& node) {
      auto v = node.value_exact<std::string>();
      if (!v) {
        problem(node.source(), "type", fmt::format("{} must be a string", key.str()));
        return;
      }
      if (check) {
        std::string message = check(*v);
        if (!message.empty()) {
          problem(node.source(), "value", std::move(message));
          return;
        }
      }
      target = *v;
    };
  }

  void read(const toml::table& root) {
    bool types_given = false;
    const std::vector<Rule> top = {
        {"program", [this](const toml::key&, const toml::node& n) { read_program(n); }},
        {"rest", [this](const toml::key&, const toml::node& n) {
           read_table(n, "rest", {{"min_gap_days", integer(s_.min_gap_days)}, {"default_days", integer(s_.default_rest_days)}});
         }},
        {"caps", [this](const toml::key&, const toml::node& n) {
           read_table(n, "caps", {{"per_quarter", integer(s_.per_quarter)}, {"per_year", integer(s_.per_year)}});
         }},
        {"types", [this, &types_given](const toml::key&, const toml::node& n) {
           types_given = true;
           read_types(n);
         }},
        {"staleness", [this](const toml::key&, const toml::node& n) {
           read_table(n, "staleness",
                      {{"profile_days", integer(s_.profile_days)},
                       {"nomination_days", integer(s_.nomination_days)},
                       {"expiry_warn_days", integer(s_.expiry_warn_days)}});
         }},
        {"today", [this](const toml::key&, const toml::node& n) {
           read_table(n, "today",
                      {{"due_within_days", integer(s_.today.due_within_days)},
                       {"off_rest_within_days", integer(s_.today.off_rest_within_days, 1)},
                       {"items_per_section", integer(s_.today.items_per_section, 1)}});
         }},
        {"match", [this](const toml::key&, const toml::node& n) {
           read_table(n, "match", {{"weights", [this](const toml::key&, const toml::node& w) { read_weights(w); }}});
         }},
        {"health", [this](const toml::key&, const toml::node& n) { read_health(n); }},
        {"targets", [this](const toml::key&, const toml::node& n) { read_targets(n); }},
        {"git", [this](const toml::key&, const toml::node& n) {
           read_table(n, "git", {{"autocommit", boolean(s_.autocommit)}});
         }},
        {"vocab", [this](const toml::key&, const toml::node& n) { read_vocab(n); }},
    };
    for (const auto& [key, value] : root) {
      const auto& key_text = key.str();  // a structured binding cannot be captured before clang 16
      auto rule = std::find_if(top.begin(), top.end(), [&](const Rule& r) { return r.key == key_text; });
      if (rule == top.end()) {
        std::vector<std::string> names;
        for (const auto& r : top) names.emplace_back(r.key);
        problem(key.source(), "unknown-key",
                fmt::format("unknown setting '{}'{}", key.str(), did_you_mean(key.str(), names)));
        continue;
      }
      rule->apply(key, value);
    }
    if (!types_given) s_.types = default_activity_types();
    std::sort(s_.types.begin(), s_.types.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
  }

 private:
  void read_program(const toml::node& n) {
    read_table(n, "program",
               {{"name", text(s_.name)},
                {"currency", text(s_.currency,
                                  [](const std::string& v) {
                                    const bool ok = v.size() == 3 && std::all_of(v.begin(), v.end(), [](char c) {
                                                      return c >= 'A' && c <= 'Z';
                                                    });
                                    return ok ? std::string() : fmt::format("invalid currency '{}' (expected a code like USD)", v);
                                  })},
                {"fulfil_sla_days", integer(s_.fulfil_sla_days)}});
  }

  void read_types(const toml::node& n) {
    const toml::table* table = n.as_table();
    if (table == nullptr) {
      problem(n.source(), "type", "[types] must hold one table per activity type");
      return;
    }
    for (const auto& [key, value] : *table) {
      ActivityType t;
      t.name = std::string(key.str());
      if (!valid_id(t.name)) {
        problem(key.source(), "value",
                fmt::format("invalid activity type name '{}' (lower-case letters, digits and '-')", t.name));
        continue;
      }
      std::string kind = "ask";
      const std::string section = fmt::format("types.{}", t.name);
      read_table(value, section,
                 {{"kind", text(kind,
                                [](const std::string& v) {
                                  static const std::vector<std::string> kKinds = {"ask", "give"};
                                  return v == "ask" || v == "give" ? std::string()
                                                                   : unknown_value("activity kind", v, kKinds);
                                })},
                  {"rest_days", integer(t.rest_days)},
                  {"effort", integer(t.effort)},
                  {"consent", text(t.consent, [](const std::string& v) {
                     return v.empty() || parse_scope(v)
                                ? std::string()
                                : unknown_value("consent scope", v, kScopeNames);
                   })}});
      t.kind = kind == "give" ? ActivityKind::give : ActivityKind::ask;
      s_.types.push_back(std::move(t));
    }
  }

  void read_weights(const toml::node& n) {
    MatchWeights& w = s_.weights;
    std::vector<Rule> rules;
    for (const CriterionInfo& c : kMatchCriteria) rules.push_back({c.name, number(w.*c.weight)});
    read_table(n, "match.weights", rules);
  }

  // A share 0..1.
  Apply share(double& target) {
    return [this, &target](const toml::key& key, const toml::node& node) {
      auto v = node.value<double>();
      if (!v || !(node.is_integer() || node.is_floating_point())) {
        problem(node.source(), "type", fmt::format("{} must be a number from 0 to 1", key.str()));
      } else if (*v < 0 || *v > 1) {
        problem(node.source(), "value", fmt::format("{} must be from 0 to 1 (a share: 0.9 is 90%)", key.str()));
      } else {
        target = *v;
      }
    };
  }

  void read_health(const toml::node& n) {
    HealthThresholds& h = s_.health;
    read_table(n, "health",
               {{"fulfilment_rate_green", share(h.fulfilment_rate_green)},
                {"fulfilment_rate_amber", share(h.fulfilment_rate_amber)},
                {"targets_met_green", share(h.targets_met_green)},
                {"targets_met_amber", share(h.targets_met_amber)},
                {"stale_profiles_green", share(h.stale_profiles_green)},
                {"stale_profiles_amber", share(h.stale_profiles_amber)}});
    // Higher is better for the first two, lower for stale profiles.
    auto order = [&](bool ok, std::string_view green, std::string_view amber, std::string_view how) {
      if (!ok)
        problem(n.source(), "value", fmt::format("health.{} must be {} health.{}", green, how, amber));
    };
    order(h.fulfilment_rate_green >= h.fulfilment_rate_amber, "fulfilment_rate_green", "fulfilment_rate_amber",
          "at least");
    order(h.targets_met_green >= h.targets_met_amber, "targets_met_green", "targets_met_amber", "at least");
    order(h.stale_profiles_green <= h.stale_profiles_amber, "stale_profiles_green", "stale_profiles_amber",
          "at most");
  }

  void read_targets(const toml::node& n) {
    const toml::array* array = n.as_array();
    if (array == nullptr) {
      problem(n.source(), "type", "targets must be written as [[targets]] tables");
      return;
    }
    for (const toml::node& item : *array) {
      Target t;
      t.where = Location{file_, item.source().begin.line, item.source().begin.column};
      read_table(item, "targets",
                 {{"field", text(t.field,
                                 [](const std::string& v) {
                                   return std::find(kCriteriaFields.begin(), kCriteriaFields.end(), v) != kCriteriaFields.end()
                                              ? std::string()
                                              : fmt::format("targets cannot use field '{}'{}", v, did_you_mean(v, kCriteriaFields));
                                 })},
                  {"value", text(t.value)},
                  {"min_active", integer(t.min_active)}});
      if (t.field.empty() || t.value.empty()) {
        problem(item.source(), "required", "a target needs field and value");
        continue;
      }
      s_.targets.push_back(std::move(t));
    }
  }

  void read_vocab(const toml::node& n) {
    const toml::table* table = n.as_table();
    if (table == nullptr) {
      problem(n.source(), "type", "[vocab] must be a table");
      return;
    }
    for (const auto& [key, value] : *table) {
      const std::string field(key.str());
      if (std::find(kVocabFields.begin(), kVocabFields.end(), field) == kVocabFields.end()) {
        problem(key.source(), "unknown-key",
                fmt::format("[vocab] cannot restrict '{}'{}", field, did_you_mean(field, kVocabFields)));
        continue;
      }
      const toml::array* array = value.as_array();
      std::vector<std::string> values;
      bool ok = array != nullptr;
      if (ok)
        for (const toml::node& v : *array) {
          auto s = v.value_exact<std::string>();
          if (!s) ok = false;
          else values.push_back(*s);
        }
      if (!ok) {
        problem(value.source(), "type", fmt::format("vocab.{} must be a list of strings", field));
        continue;
      }
      s_.vocab[field] = std::move(values);
    }
  }

  Settings& s_;
  const std::string& file_;
  Problems& problems_;
};

}  // namespace

Settings parse_settings(std::string_view text, const std::string& file, Problems& problems) {
  Settings settings;
  toml::table root;
  try {
    root = toml::parse(text, std::string_view(file));
  } catch (const toml::parse_error& e) {
    problems.push_back(Problem{Location{file, e.source().begin.line, e.source().begin.column}, Severity::error,
                               "syntax", fmt::format("TOML syntax: {}", e.description())});
    settings.types = default_activity_types();
    return settings;
  }
  SettingsReader(settings, file, problems).read(root);
  return settings;
}

std::string default_settings_text(std::string_view program_name) {
  std::string out = fmt::format(R"(# advo program settings. Every setting is shown at its default; see
# advo.toml(5) for what each one means.

[program]
name = "{}"
currency = "USD"           # the currency reports sum amounts in
fulfil_sla_days = 5        # a request should be fulfilled within this many days

[rest]
min_gap_days = 14          # days between any two asks of one advocate
default_days = 30          # rest after an ask whose type sets none

[caps]
per_quarter = 2            # asks of one advocate in any rolling 90 days
per_year = 6               # asks of one advocate in any rolling 365 days

[staleness]
profile_days = 180         # a profile unverified this long is stale
nomination_days = 7        # a nomination untriaged this long is aging
expiry_warn_days = 30      # warn of consents and stories expiring this soon

[today]                    # what `advo today` lists
due_within_days = 3        # requests needed within this many days are due
off_rest_within_days = 7   # advocates free again within this many days
items_per_section = 5      # a longer section shows this many and counts the rest

[match.weights]            # how much each criterion counts; 0 switches it off
industry = 3
segment = 2
region = 2
country = 1
products = 2
use_cases = 1
persona = 1
languages = 1
recency = 2                # prefer advocates not asked for a while

[health]                   # when `advo report` calls the program green, amber or red
fulfilment_rate_green = 0.9   # fulfilled / (fulfilled + unfulfilled) requests at or above: green
fulfilment_rate_amber = 0.75  # at or above: amber; below: red
targets_met_green = 1.0       # share of [[targets]] with enough active advocates
targets_met_amber = 0.5
stale_profiles_green = 0.1    # share of active profiles unverified for profile_days, at most: green
stale_profiles_amber = 0.25   # at most: amber; above: red

[git]
autocommit = false         # commit what each writing command changes (as --commit)

# Coverage goals that reports compare against, one [[targets]] each:
# [[targets]]
# field = "industry"
# value = "healthcare"
# min_active = 5

# Allowed values; `advo check` flags any other. For example:
# [vocab]
# industry = ["healthcare", "financial-services", "retail"]

# Activity types. kind "ask": the advocate does something for us (counts
# toward rest and caps); kind "give": we do something for them.
# rest_days: rest after an ask of this type; effort: its weight in reports;
# consent: the consent scope an ask needs (logo, name, quote, case-study,
# video, press), "" for none.
)",
                                program_name);
  for (const ActivityType& t : default_activity_types()) {
    out += fmt::format("\n[types.{}]\nkind = \"{}\"\n", t.name, t.kind == ActivityKind::ask ? "ask" : "give");
    if (t.kind == ActivityKind::ask) out += fmt::format("rest_days = {}\n", t.rest_days);
    out += fmt::format("effort = {}\n", t.effort);
    if (t.kind == ActivityKind::ask) out += fmt::format("consent = \"{}\"\n", t.consent);
  }
  return out;
}

Settings read_settings_file(const std::filesystem::path& root, const std::filesystem::path& canonical_root,
                            const std::string& display, Problems& problems) {
  const std::filesystem::path path = root / kSettingsFile;
  std::string text;
  if (link_leads_outside(path, canonical_root)) {
    problems.push_back(Problem{Location{display}, Severity::error, "file", kOutsideLink});
  } else {
    try {
      text = read_file(path, display, kMaxSettingsBytes);
    } catch (const Error& e) {
      problems.push_back(Problem{e.where(), Severity::error, "file", e.what()});
    }
  }
  return parse_settings(text, display, problems);
}

}  // namespace advo
