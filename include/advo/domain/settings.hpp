// Program settings (advo.toml, advo.toml(5)) with their defaults.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "advo/domain/interned.hpp"
#include "advo/error.hpp"

namespace advo {

enum class ActivityKind : uint8_t { ask, give };

struct ActivityType {
  std::string name;
  ActivityKind kind = ActivityKind::ask;
  int64_t rest_days = -1;  // -1: rest.default_days
  int64_t effort = 0;
  std::string consent;     // consent scope an ask needs, "" for none
};

struct Target {
  std::string field;
  std::string value;
  int64_t min_active = 0;
  Location where;
};

// Weights of advo-files(5), MATCHING; 0 switches a criterion off.
struct MatchWeights {
  double industry = 3;
  double segment = 2;
  double region = 2;
  double country = 1;
  double products = 2;
  double use_cases = 1;
  double persona = 1;
  double languages = 1;
  double recency = 2;
};

// Thresholds of the report's health section ([health] in advo.toml): each
// measure is green at or past its green threshold, amber at or past its
// amber one, red otherwise. Rates are 0..1. Fulfilment and targets met are
// better high; the share of stale profiles is better low.
struct HealthThresholds {
  double fulfilment_rate_green = 0.90;  // benchmark programs fulfil over 90% of requests
  double fulfilment_rate_amber = 0.75;
  double targets_met_green = 1.0;      // every coverage target met
  double targets_met_amber = 0.5;
  double stale_profiles_green = 0.10;       // at most this share of active profiles stale
  double stale_profiles_amber = 0.25;
};

// The windows of the morning view ([today] in advo.toml, advo.toml(5)).
struct TodayWindows {
  int64_t due_within_days = 3;        // requests needed within this many days are due (72 hours)
  int64_t off_rest_within_days = 7;   // advocates free again within this many days are listed
  int64_t items_per_section = 5;      // a longer section shows this many and counts the rest
};

struct Settings {
  // [program]
  std::string name = "Advocacy program";
  std::string currency = "USD";
  int64_t fulfil_sla_days = 5;
  // [rest]
  int64_t min_gap_days = 14;
  int64_t default_rest_days = 30;
  // [caps]
  int64_t per_quarter = 2;
  int64_t per_year = 6;
  // [types.*], sorted by name
  std::vector<ActivityType> types;
  // [staleness]
  int64_t profile_days = 180;
  int64_t nomination_days = 7;
  int64_t expiry_warn_days = 30;
  // [today]
  TodayWindows today;
  // [match.weights]
  MatchWeights weights;
  // [health]
  HealthThresholds health;
  // [[targets]]
  std::vector<Target> targets;
  // [git]
  bool autocommit = false;
  // [vocab]: field name → allowed values
  std::map<std::string, std::vector<std::string>> vocab;

  const ActivityType* type(std::string_view type_name) const;
  const ActivityType* type(Sym type_name) const { return type(type_name.view()); }
  int64_t rest_days(const ActivityType& t) const { return t.rest_days >= 0 ? t.rest_days : default_rest_days; }
  std::vector<std::string> type_names() const;
  std::vector<std::string> ask_type_names() const;
};

// The activity types `advo init` writes and that apply when advo.toml
// names none.
std::vector<ActivityType> default_activity_types();

// The fields [vocab] may restrict.
extern const std::vector<std::string> kVocabFields;

}  // namespace advo
