// The report as a whole: its sections by name, the health verdict that
// sums them up, and building every section for one period.
#include "advo/domain/report.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

namespace advo {

namespace {
constexpr std::string_view kSections[kSectionCount] = {"health",  "membership", "nominations", "engagements",
                                                       "requests", "revenue",    "coverage",    "utilisation",
                                                       "stories",  "hygiene"};
}  // namespace

std::string_view to_string(Section s) { return kSections[static_cast<size_t>(s)]; }

std::optional<Section> parse_section(std::string_view name) {
  for (size_t i = 0; i < kSectionCount; ++i)
    if (kSections[i] == name) return static_cast<Section>(i);
  return std::nullopt;
}

std::vector<std::string> section_names() { return {std::begin(kSections), std::end(kSections)}; }

std::string percent_text(const Ratio& r) {
  if (!r.defined()) return "n/a";
  return fmt::format("{}%", static_cast<int64_t>(std::lround(r.value() * 100.0)));
}

std::string_view to_string(Rag r) {
  switch (r) {
    case Rag::green: return "green";
    case Rag::amber: return "amber";
    case Rag::red: return "red";
    case Rag::unknown: break;
  }
  return "unknown";
}

namespace {

HealthMeasure measure(std::string name, Ratio value, double green, double amber, bool higher_is_better) {
  HealthMeasure m{std::move(name), value, green, amber, higher_is_better, Rag::unknown, ""};
  if (!value.defined()) return m;
  const double v = value.value();
  if (higher_is_better) m.status = v >= green ? Rag::green : v >= amber ? Rag::amber : Rag::red;
  else m.status = v <= green ? Rag::green : v <= amber ? Rag::amber : Rag::red;
  return m;
}

std::string share(double x) { return percent_text(Ratio{static_cast<size_t>(std::lround(x * 1000)), 1000}); }

}  // namespace

HealthSection health_section(const Settings& s, const RequestsSection& requests, const CoverageSection& coverage,
                             const HygieneSection& hygiene) {
  const HealthThresholds& t = s.health;
  HealthSection h;
  HealthMeasure f = measure("fulfilment_rate", requests.fulfilment, t.fulfilment_rate_green,
                            t.fulfilment_rate_amber, true);
  f.message = f.value.defined()
                  ? fmt::format("{} of the period's requests were fulfilled ({} fulfilled, {} unfulfilled); green from {}, "
                                "amber from {}",
                                percent_text(f.value), f.value.numerator, f.value.denominator - f.value.numerator,
                                share(f.green), share(f.amber))
                  : "no request of the period was fulfilled or unfulfilled yet";
  HealthMeasure c = measure("targets_met", coverage.targets_met, t.targets_met_green, t.targets_met_amber, true);
  c.message = c.value.defined()
                  ? fmt::format("{} of {} coverage targets have enough active advocates; green from {}, amber from {}",
                                c.value.numerator, c.value.denominator, share(c.green), share(c.amber))
                  : "no coverage targets are set ([[targets]] in advo.toml)";
  HealthMeasure st = measure("stale_profiles", hygiene.stale_share(), t.stale_profiles_green,
                             t.stale_profiles_amber, false);
  st.message = st.value.defined()
                   ? fmt::format("{} of active profiles are unverified for {} days or more, or never verified ({} of {}); "
                                 "green up to {}, "
                                 "amber up to {}",
                                 percent_text(st.value), s.profile_days, st.value.numerator, st.value.denominator,
                                 share(st.green), share(st.amber))
                   : "no active advocates";
  h.measures = {std::move(f), std::move(c), std::move(st)};
  for (const HealthMeasure& m : h.measures)
    if (m.status != Rag::unknown) h.status = std::max(h.status, m.status);
  return h;
}

Report build_report(const Program& p, const Period& period, Date today) {
  Report r;
  r.settings = &p.settings;
  r.program = p.settings.name;
  r.currency = p.settings.currency;
  r.period = period;
  r.as_of = period.as_of(today);
  r.membership = membership_section(p, period);
  r.nominations = nominations_section(p, period, r.as_of);
  r.engagements = engagements_section(p, period);
  r.requests = requests_section(p, period);
  r.revenue = revenue_section(p, period);
  r.coverage = coverage_section(p, r.as_of);
  r.utilisation = utilisation_section(p, r.as_of);
  r.stories = stories_section(p, period, r.as_of);
  r.hygiene = hygiene_section(p, r.as_of);
  r.health = health_section(p.settings, r.requests, r.coverage, r.hygiene);
  return r;
}

}  // namespace advo
