#include "advo/storage/settings_file.hpp"

#include "../temp_folder.hpp"
#include "../test_records.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <fstream>

using namespace advo;

namespace {
std::vector<std::string> messages(const Problems& problems) {
  std::vector<std::string> out;
  for (const auto& p : problems) out.push_back(fmt::format("{}:{}: {}", p.where.line, p.where.column, p.message));
  return out;
}
}  // namespace

TEST_CASE("defaults apply when advo.toml is empty") {
  Problems problems;
  const Settings s = parse_settings("", "advo.toml", problems);
  CHECK(problems.empty());
  CHECK(s.min_gap_days == 14);
  CHECK(s.per_quarter == 2);
  CHECK(s.per_year == 6);
  CHECK(s.weights.industry == 3);
  REQUIRE(s.type("reference-call") != nullptr);
  CHECK(s.rest_days(*s.type("reference-call")) == 60);
  CHECK(s.type("thank-you")->kind == ActivityKind::give);
  CHECK(s.type("case-study")->consent == "case-study");
}

TEST_CASE("the file init writes reads back as the defaults") {
  Problems problems;
  const Settings s = parse_settings(default_settings_text("Acme"), "advo.toml", problems);
  CHECK(problems.empty());
  CHECK(s.name == "Acme");
  CHECK(s.types.size() == default_activity_types().size());
  CHECK(s.expiry_warn_days == 30);
  CHECK(s.today.due_within_days == 3);
  CHECK(s.today.items_per_section == 5);
}

TEST_CASE("settings override defaults and types replace the default list") {
  Problems problems;
  const Settings s = parse_settings(R"(
[program]
name = "X"
currency = "EUR"
[rest]
min_gap_days = 7
[types.demo]
kind = "ask"
effort = 3
[match.weights]
recency = 0.5
[[targets]]
field = "industry"
value = "retail"
min_active = 3
[vocab]
industry = ["retail"]
)",
                                    "advo.toml", problems);
  CHECK(messages(problems).empty());
  CHECK(s.currency == "EUR");
  CHECK(s.min_gap_days == 7);
  REQUIRE(s.types.size() == 1);
  CHECK(s.rest_days(s.types[0]) == 30);
  CHECK(s.weights.recency == 0.5);
  REQUIRE(s.targets.size() == 1);
  CHECK(s.targets[0].min_active == 3);
  CHECK(s.vocab.at("industry") == std::vector<std::string>{"retail"});
}

TEST_CASE("every problem in advo.toml is reported with its place") {
  Problems problems;
  parse_settings(R"([program]
nmae = "X"
[rest]
min_gap_days = "two"
[types.Bad]
kind = "ask"
[types.demo]
kind = "take"
consent = "logos"
[capz]
[vocab]
colour = ["red"]
)",
                 "advo.toml", problems);
  sort_problems(problems);
  CHECK(messages(problems) == std::vector<std::string>{
                                  "2:1: unknown key 'nmae' in [program] (did you mean 'name'?)",
                                  "4:16: min_gap_days must be a whole number",
                                  "5:8: invalid activity type name 'Bad' (lower-case letters, digits and '-')",
                                  "8:8: unknown activity kind 'take'; known: ask, give",
                                  "9:11: unknown consent scope 'logos' (did you mean 'logo'?); known: logo, name, "
                                  "quote, case-study, video, press",
                                  "10:2: unknown setting 'capz' (did you mean 'caps'?)",
                                  "12:1: [vocab] cannot restrict 'colour'",
                              });
}

TEST_CASE("the today section sets the windows of the morning view and refuses what it cannot take") {
  Problems problems;
  Settings s = parse_settings("", "advo.toml", problems);
  CHECK(s.today.due_within_days == 3);
  CHECK(s.today.off_rest_within_days == 7);
  CHECK(s.today.items_per_section == 5);
  s = parse_settings("[today]\ndue_within_days = 0\noff_rest_within_days = 14\nitems_per_section = 3\n", "advo.toml",
                     problems);
  CHECK(messages(problems).empty());
  CHECK(s.today.due_within_days == 0);
  CHECK(s.today.off_rest_within_days == 14);
  CHECK(s.today.items_per_section == 3);
  s = parse_settings(R"([today]
due_within_hours = 72
due_within_days = -1
off_rest_within_days = 0
items_per_section = "five"
)",
                     "advo.toml", problems);
  sort_problems(problems);
  CHECK(messages(problems) == std::vector<std::string>{
                                  "2:1: unknown key 'due_within_hours' in [today] (did you mean 'due_within_days'?)",
                                  "3:19: due_within_days must be at least 0",
                                  "4:24: off_rest_within_days must be at least 1",
                                  "5:21: items_per_section must be a whole number",
                              });
  // What was refused leaves the default.
  CHECK(s.today.due_within_days == 3);
  CHECK(s.today.off_rest_within_days == 7);
  CHECK(s.today.items_per_section == 5);
}

TEST_CASE("a TOML syntax error is placed") {
  Problems problems;
  parse_settings("[program\nname = 1\n", "advo.toml", problems);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].where.line == 1);
  CHECK(problems[0].code == "syntax");
}

TEST_CASE("health thresholds are shares in order") {
  Problems problems;
  const Settings d = parse_settings("", "advo.toml", problems);
  CHECK(d.health.fulfilment_rate_green == 0.9);
  CHECK(d.health.stale_profiles_amber == 0.25);
  const Settings s = parse_settings("[health]\nfulfilment_rate_green = 0.8\nfulfilment_rate_amber = 0.6\n"
                                    "targets_met_green = 1\nstale_profiles_green = 0\n",
                                    "advo.toml", problems);
  CHECK(problems.empty());
  CHECK(s.health.fulfilment_rate_green == 0.8);
  CHECK(s.health.fulfilment_rate_amber == 0.6);
  CHECK(s.health.targets_met_green == 1.0);
  CHECK(s.health.stale_profiles_green == 0.0);
  parse_settings("[health]\nfulfilment_rate_green = 90\ntargets_met_amber = \"half\"\nstale_share = 0.1\n"
                 "stale_profiles_green = 0.3\n",
                 "advo.toml", problems);
  CHECK(messages(problems) ==
        std::vector<std::string>{
            "2:25: fulfilment_rate_green must be from 0 to 1 (a share: 0.9 is 90%)",
            "4:1: unknown key 'stale_share' in [health]",
            "3:21: targets_met_amber must be a number from 0 to 1",
            "1:1: health.stale_profiles_green must be at most health.stale_profiles_amber",
        });
}

TEST_CASE("the settings file of a program is read from its root") {
  TempDir dir;
  std::ofstream(dir.path / "advo.toml") << "[rest]\nmin_gap_days = 21\n";
  Problems problems;
  const Settings s = read_settings_file(dir.path, dir.path, "advo.toml", problems);
  CHECK(problems.empty());
  CHECK(s.min_gap_days == 21);
}

TEST_CASE("a missing settings file is a file problem and the defaults apply") {
  TempDir dir;
  Problems problems;
  const Settings s = read_settings_file(dir.path, dir.path, "advo.toml", problems);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].code == "file");
  CHECK(s.min_gap_days == 14);
}
