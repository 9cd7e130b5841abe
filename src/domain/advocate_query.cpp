#include "advo/domain/advocate_query.hpp"

#include <fmt/format.h>

#include "advo/domain/domain_error.hpp"
#include "advo/domain/folding.hpp"
#include "advo/domain/rest.hpp"
#include "advo/domain/staleness.hpp"
#include "advo/domain/suggest.hpp"

namespace advo {
namespace {

const Advocate& advocate(const void* record) { return *static_cast<const Advocate*>(record); }

VirtualField available_field(const Program& program, Date today) {
  VirtualField v;
  v.name = "available";
  v.value_hint = "TYPE";
  v.description = "no rule of rest keeps them from an ask of activity type TYPE today";
  v.compile = [&program, today](std::string_view value) -> RecordTest {
    const Settings& settings = program.settings;
    const ActivityType* type = settings.type(value);
    if (type == nullptr)
      for (const ActivityType& t : settings.types)
        if (iequals(t.name, value)) type = &t;
    if (type == nullptr) {
      if (value.empty())
        throw DomainError(DomainErrorKind::invalid_value,
                          "available takes an activity type, like available:reference-call");
      throw DomainError(DomainErrorKind::unknown_name,
                        unknown_value("activity type", value, settings.type_names()));
    }
    return [&program, today, type](const void* record) {
      const Advocate& a = advocate(record);
      return RestPolicy(program.settings).reasons(a, asks_of(program, a), *type, today).empty();
    };
  };
  return v;
}

}  // namespace

std::vector<VirtualField> advocate_query_fields(const Program& program, Date today) {
  std::vector<VirtualField> out;
  out.push_back(flag_field(
      "stale", fmt::format("profile not verified for more than {} days", program.settings.profile_days),
      [&program, today](const void* r) { return profile_stale(advocate(r), program.settings, today); }));
  out.push_back(flag_field(
      "aging", fmt::format("nominated more than {} days ago and not yet triaged", program.settings.nomination_days),
      [&program, today](const void* r) { return nomination_aging(advocate(r), program.settings, today); }));
  out.push_back(available_field(program, today));
  return out;
}

}  // namespace advo
