#include "advo/domain/settings.hpp"

#include <algorithm>

namespace advo {

const std::vector<std::string> kVocabFields = {"industry", "region",    "country", "products", "use_cases",
                                               "persona",  "languages", "topics",  "tags"};

const ActivityType* Settings::type(std::string_view type_name) const {
  auto it = std::lower_bound(types.begin(), types.end(), type_name,
                             [](const ActivityType& t, std::string_view n) { return t.name < n; });
  return it != types.end() && it->name == type_name ? &*it : nullptr;
}

std::vector<std::string> Settings::type_names() const {
  std::vector<std::string> out;
  for (const auto& t : types) out.push_back(t.name);
  return out;
}

std::vector<std::string> Settings::ask_type_names() const {
  std::vector<std::string> out;
  for (const auto& t : types)
    if (t.kind == ActivityKind::ask) out.push_back(t.name);
  return out;
}

std::vector<ActivityType> default_activity_types() {
  // Rest days from advo.toml(5); efforts from reference-program practice.
  std::vector<ActivityType> types = {
      {"advisory-board", ActivityKind::ask, 90, 60, ""},
      {"analyst", ActivityKind::ask, 60, 35, ""},
      {"case-study", ActivityKind::ask, 180, 250, "case-study"},
      {"early-access", ActivityKind::give, -1, 0, ""},
      {"exec-call", ActivityKind::give, -1, 0, ""},
      {"gift", ActivityKind::give, -1, 0, ""},
      {"logo", ActivityKind::ask, 365, 5, "logo"},
      {"press", ActivityKind::ask, 90, 100, "press"},
      {"quote", ActivityKind::ask, 90, 10, "quote"},
      {"reference-call", ActivityKind::ask, 60, 40, ""},
      {"referral", ActivityKind::ask, 30, 30, ""},
      {"review", ActivityKind::ask, 60, 20, ""},
      {"site-visit", ActivityKind::ask, 90, 500, ""},
      {"social", ActivityKind::ask, 30, 10, ""},
      {"speaking", ActivityKind::ask, 90, 50, ""},
      {"thank-you", ActivityKind::give, -1, 0, ""},
      {"training", ActivityKind::give, -1, 0, ""},
      {"video", ActivityKind::ask, 180, 150, "video"},
      {"webinar", ActivityKind::ask, 90, 50, ""},
  };
  return types;
}

}  // namespace advo
