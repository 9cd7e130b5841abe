// The measures of `advo report`: pure functions of the program, a period
// and today, returning plain structs that the renderers of render/report.hpp
// print. Every rate is a Ratio, undefined (not zero) when nothing was
// counted, so no format ever divides by zero.
//
// Measures of events (nominations, engagements, requests, deals, stories
// approved) count what is dated in the period. Measures of state (stages,
// coverage, staleness, utilisation windows) are taken on the period's
// as-of day: its last day, or today when it ends later.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "advo/domain/program.hpp"
#include "advo/domain/report_period.hpp"

namespace advo {

struct Ratio {
  size_t numerator = 0;
  size_t denominator = 0;
  bool defined() const { return denominator != 0; }
  double value() const { return defined() ? static_cast<double>(numerator) / static_cast<double>(denominator) : 0.0; }
};

// "82%" (nearest whole percent), or "n/a" when undefined.
std::string percent_text(const Ratio& r);

// Nearest-rank percentile (p in 1..100) of values sorted ascending: the
// value at rank ceil(p/100 · n). None for no values.
std::optional<int64_t> nearest_rank(const std::vector<int64_t>& sorted, int p);

// ---- membership -------------------------------------------------------
struct MembershipSection {
  std::vector<const Advocate*> advocates;  // every advocate, by id
  std::array<size_t, 6> by_stage{};  // now, in the order of kStageNames
  std::vector<const Advocate*> added;      // nominated in the period
  std::vector<const Advocate*> activated;  // stage active, stage_on in the period
};
MembershipSection membership_section(const Program& p, const Period& period);

// The day an advocate was nominated: nominated.date, else stage_on while the
// stage is still nominated; none otherwise.
Date nomination_date(const Advocate& a);
// Qualified or beyond: qualified, active, paused or alumni.
bool qualified_or_beyond(Stage s);

// ---- nominations ------------------------------------------------------
struct NominationGroup {
  std::string name;  // source or nominator; "" when the record gives none
  size_t nominated = 0;
  size_t qualified = 0;  // now qualified or beyond
};
struct NominationsSection {
  std::vector<const Advocate*> nominations;  // nominated in the period, by date then id
  size_t qualified = 0;
  std::vector<NominationGroup> by_source;     // most nominations first, then name ("" last)
  std::vector<NominationGroup> by_nominator;
  Ratio conversion;                           // qualified / nominated
  std::vector<const Advocate*> aging;         // still nominated, untriaged nomination_days or more at as-of
};
NominationsSection nominations_section(const Program& p, const Period& period, Date as_of);

// ---- engagements ------------------------------------------------------
struct TypeCount {
  std::string type;
  bool ask = true;
  size_t count = 0;
};
struct MonthCount {
  std::string month;  // YYYY-MM
  size_t asks = 0;
  size_t gives = 0;
};
struct EngagementsSection {
  std::vector<const Engagement*> engagements;  // dated in the period, cancelled included
  size_t asks = 0;
  size_t gives = 0;
  size_t completed = 0;  // asks completed
  size_t declined = 0;   // asks declined
  size_t scheduled = 0;  // asks still planned
  std::vector<TypeCount> by_type;    // most first, then type
  std::vector<MonthCount> by_month;  // every month the period touches
  Ratio acceptance;                  // completed / (completed + declined) asks
};
EngagementsSection engagements_section(const Program& p, const Period& period);

// ---- requests ---------------------------------------------------------
struct RequestRow {
  const Request* request = nullptr;
  std::optional<int64_t> days_to_fulfil;  // fulfilled_on − requested_on, when fulfilled with a date
  bool within_sla = false;
};
struct ReasonCount {
  std::string reason;  // "" when the request gives none
  size_t count = 0;
};
struct RequestsSection {
  std::vector<RequestRow> rows;  // requested in the period, by date then id
  std::array<size_t, 6> by_status{};  // in the order of kRequestStatusNames
  Ratio fulfilment;                   // fulfilled / (fulfilled + unfulfilled)
  std::optional<int64_t> median_days;
  std::optional<int64_t> p90_days;
  Ratio within_sla;                   // fulfilled within fulfil_sla_days / fulfilled with a date
  std::vector<ReasonCount> unfulfilled_reasons;  // most first, then reason ("" last)
};
RequestsSection requests_section(const Program& p, const Period& period);

// ---- revenue ----------------------------------------------------------
struct Money {
  size_t count = 0;
  double amount = 0;
  size_t without_amount = 0;  // deals counted that give no amount
};
struct CurrencyRevenue {
  std::string currency;
  Money won, lost, open_pipeline;
};
enum class DealCount : uint8_t { won, lost, open_pipeline };
struct DealRow {
  const Request* request = nullptr;
  DealCount counted;
  std::string currency;  // the opportunity's, or the program's when it gives none
};
struct RevenueSection {
  CurrencyRevenue main;                 // the program currency
  std::vector<CurrencyRevenue> others;  // other currencies, by code; never summed
  Ratio win_rate;                       // won / (won + lost), deals of every currency
  std::vector<DealRow> rows;            // the deals counted, by request id
};
RevenueSection revenue_section(const Program& p, const Period& period);

// ---- coverage ---------------------------------------------------------
struct TargetCoverage {
  const Target* target = nullptr;
  size_t active = 0;
  std::optional<size_t> available;  // none when the program has no reference-call type
  size_t gap = 0;                   // max(0, min_active − active)
  bool met() const { return active >= static_cast<size_t>(target->min_active); }
};
struct CoverageSection {
  std::string available_for;  // "reference-call", or "" when the program has no such ask type
  std::vector<TargetCoverage> targets;
  Ratio targets_met;
};
CoverageSection coverage_section(const Program& p, Date as_of);
// Whether the advocate has `value` in a target's field (case ignored; for
// a list field, whether the list holds it).
bool advocate_matches(const Advocate& a, std::string_view field, std::string_view value);

// ---- utilisation ------------------------------------------------------
struct AdvocateUse {
  const Advocate* advocate = nullptr;
  size_t asks_120 = 0;
  size_t asks_365 = 0;
  int64_t effort_365 = 0;
  size_t gives_365 = 0;
  Date last_ask;  // on or before as-of
};
struct UtilisationSection {
  std::vector<AdvocateUse> most_asked;    // top 10 by asks in 365 days (then effort, id)
  std::vector<AdvocateUse> fatigue_risk;  // 5+ asks in 120 days, most first
  std::vector<AdvocateUse> idle;          // active, contactable, no ask in 180 days; longest idle first
  std::vector<AdvocateUse> give_ask;      // 2+ asks and no give in 365 days, most asks first
};
UtilisationSection utilisation_section(const Program& p, Date as_of);

// ---- stories ----------------------------------------------------------
enum class StoryFlag : uint8_t { none, expiring, expired_published };
struct StoryRow {
  const Story* story = nullptr;
  bool added = false;  // approved in the period
  StoryFlag flag = StoryFlag::none;
};
struct StoriesSection {
  std::vector<StoryRow> rows;          // every story, by id
  std::array<size_t, 5> by_status{};   // in the order of kStoryStatusNames
  size_t added = 0;
  std::vector<const Story*> expiring;           // approved or published, expiring within expiry_warn_days
  std::vector<const Story*> expired_published;  // published with expires_on before as-of
};
StoriesSection stories_section(const Program& p, const Period& period, Date as_of);

// ---- hygiene ----------------------------------------------------------
struct StaleProfile {
  const Advocate* advocate = nullptr;
  std::optional<int64_t> days;  // since verified_on; none when never verified
};
struct AgingNomination {
  const Advocate* advocate = nullptr;
  Date on;
  int64_t days;
};
struct ExpiringConsent {
  const Advocate* advocate = nullptr;
  Scope scope;
  Date expires;
  int64_t days;  // left
};
struct HygieneSection {
  size_t active = 0;
  std::vector<StaleProfile> stale_profiles;      // active, unverified profile_days or more
  std::vector<AgingNomination> aging_nominations;  // stage nominated, nomination_days or more
  std::vector<ExpiringConsent> expiring_consents;  // not alumni or declined, within expiry_warn_days
  Ratio stale_share() const { return Ratio{stale_profiles.size(), active}; }
};
HygieneSection hygiene_section(const Program& p, Date as_of);

// ---- health -----------------------------------------------------------
enum class Rag : uint8_t { unknown, green, amber, red };
std::string_view to_string(Rag r);  // "green", …; "unknown"
struct HealthMeasure {
  std::string name;  // fulfilment_rate, targets_met, stale_profiles
  Ratio value;
  double green = 0, amber = 0;
  bool higher_is_better = true;
  Rag status = Rag::unknown;  // unknown when the value is undefined
  std::string message;
};
struct HealthSection {
  Rag status = Rag::unknown;  // the worst of the measures that are defined
  std::vector<HealthMeasure> measures;
};
HealthSection health_section(const Settings& s, const RequestsSection& requests, const CoverageSection& coverage,
                             const HygieneSection& hygiene);

// ---- the whole report -------------------------------------------------
enum class Section : uint8_t {
  health, membership, nominations, engagements, requests, revenue, coverage, utilisation, stories, hygiene
};
inline constexpr size_t kSectionCount = 10;
std::string_view to_string(Section s);
std::optional<Section> parse_section(std::string_view name);
std::vector<std::string> section_names();

struct Report {
  const Settings* settings = nullptr;  // the program's; outlives the report
  std::string program;
  std::string currency;
  Period period;
  Date as_of;
  HealthSection health;
  MembershipSection membership;
  NominationsSection nominations;
  EngagementsSection engagements;
  RequestsSection requests;
  RevenueSection revenue;
  CoverageSection coverage;
  UtilisationSection utilisation;
  StoriesSection stories;
  HygieneSection hygiene;
};
Report build_report(const Program& p, const Period& period, Date today);

}  // namespace advo
