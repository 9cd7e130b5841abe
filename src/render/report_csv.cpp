// One section of the report as CSV: the rows behind its numbers, one per
// item counted, for a spreadsheet to sort, filter and pivot. The columns
// of each section are documented in advo-report(1).
#include <algorithm>

#include <fmt/format.h>

#include "advo/domain/rest.hpp"
#include "advo/domain/schema.hpp"
#include "advo/render/csv.hpp"
#include "advo/render/report.hpp"
#include "advo/render/report_text.hpp"

namespace advo {
namespace {

// Every row names the period it belongs to, so that the rows of several
// periods can share a sheet.
std::string header(std::vector<std::string> fields) {
  fields.insert(fields.begin(), {"period_from", "period_to"});
  return csv_row(fields);
}

std::string item(const Report& r, std::vector<std::string> fields) {
  fields.insert(fields.begin(), {r.period.from.str(), r.period.to.str()});
  return csv_row(fields);
}

std::string yes(bool b) { return b ? "yes" : "no"; }
std::string num(std::optional<int64_t> v) { return v ? std::to_string(*v) : std::string(); }
std::string rate_cell(const Ratio& r) { return r.defined() ? fmt::format("{:.4f}", r.value()) : std::string(); }
std::string amount_cell(double a) { return has_number(a) ? fmt::format("{:.2f}", a) : std::string(); }
std::string status_cell(Rag s) { return s == Rag::unknown ? std::string() : std::string(to_string(s)); }

template <class T>
bool holds(const std::vector<const T*>& list, const T* x) {
  return std::find(list.begin(), list.end(), x) != list.end();
}

std::string health(const Report& r) {
  std::string out = header({"measure", "value", "status", "green", "amber", "message"});
  out += item(r, {"overall", "", status_cell(r.health.status), "", "", ""});
  for (const HealthMeasure& m : r.health.measures)
    out += item(r, {m.name, rate_cell(m.value), status_cell(m.status), fmt::format("{}", m.green),
                    fmt::format("{}", m.amber), m.message});
  return out;
}

std::string membership(const Report& r) {
  const MembershipSection& m = r.membership;
  std::string out = header({"id", "name", "company", "stage", "stage_on", "nominated_on", "added", "activated"});
  for (const Advocate* a : m.advocates)
    out += item(r, {a->id.str(), a->name.str(), a->company.str(), std::string(to_string(a->stage)), a->stage_on.str(),
                    nomination_date(*a).str(), yes(holds(m.added, a)), yes(holds(m.activated, a))});
  return out;
}

std::string nominations(const Report& r) {
  const NominationsSection& n = r.nominations;
  std::string out = header({"id", "name", "company", "source", "nominated_by", "nominated_on", "stage", "qualified", "aging"});
  for (const Advocate* a : n.nominations)
    out += item(r, {a->id.str(), a->name.str(), a->company.str(), std::string(to_string(a->nominated.source)),
                    a->nominated.by.str(), nomination_date(*a).str(), std::string(to_string(a->stage)),
                    yes(qualified_or_beyond(a->stage)), yes(holds(n.aging, a))});
  return out;
}

std::string engagements(const Report& r, const Settings& s) {
  std::string out = header({"id", "date", "advocate", "type", "outcome", "counted"});
  for (const Engagement* e : r.engagements.engagements) {
    const char* counted = is_ask(*e, s) ? "ask" : e->outcome == Outcome::cancelled ? "cancelled" : "give";
    out += item(r, {e->id.str(), e->date.str(), e->advocate.str(), e->type.str(), std::string(to_string(e->outcome)),
                    counted});
  }
  return out;
}

std::string requests(const Report& r) {
  std::string out = header({"id", "type", "status", "requested_by", "requested_on", "needed_by", "fulfilled_on",
                             "days_to_fulfil", "within_sla", "outcome_reason"});
  for (const RequestRow& row : r.requests.rows) {
    const Request& q = *row.request;
    out += item(r, {q.id.str(), q.type.str(), std::string(to_string(q.status)), q.requested_by.str(),
                    q.requested_on.str(), q.needed_by.str(), q.fulfilled_on.str(), num(row.days_to_fulfil),
                    row.days_to_fulfil ? yes(row.within_sla) : "", q.outcome.reason.str()});
  }
  return out;
}

std::string revenue(const Report& r) {
  std::string out = header({"id", "account", "opportunity", "deal", "closed_on", "amount", "currency", "counted"});
  for (const DealRow& d : r.revenue.rows) {
    const Request& q = *d.request;
    const char* counted = d.counted == DealCount::won ? "won" : d.counted == DealCount::lost ? "lost" : "open_pipeline";
    out += item(r, {q.id.str(), q.opportunity.account.str(), q.opportunity.id.str(), std::string(to_string(q.outcome.deal)),
                    q.outcome.closed_on.str(), amount_cell(q.opportunity.amount), d.currency, counted});
  }
  return out;
}

std::string coverage(const Report& r) {
  std::string out = header({"field", "value", "target", "active", "available", "gap"});
  for (const TargetCoverage& t : r.coverage.targets)
    out += item(r, {t.target->field, t.target->value, std::to_string(t.target->min_active), std::to_string(t.active),
                    t.available ? std::to_string(*t.available) : "", std::to_string(t.gap)});
  return out;
}

std::string utilisation(const Report& r) {
  std::string out = header({"list", "id", "name", "company", "asks_120", "asks_365", "effort_365", "gives_365", "last_ask"});
  const UtilisationSection& u = r.utilisation;
  for (auto [name, list] : {std::pair{"most_asked", &u.most_asked}, std::pair{"fatigue_risk", &u.fatigue_risk},
                            std::pair{"idle", &u.idle}, std::pair{"give_ask", &u.give_ask}})
    for (const AdvocateUse& a : *list)
      out += item(r, {name, a.advocate->id.str(), a.advocate->name.str(), a.advocate->company.str(),
                      std::to_string(a.asks_120), std::to_string(a.asks_365), std::to_string(a.effort_365),
                      std::to_string(a.gives_365), a.last_ask.str()});
  return out;
}

std::string stories(const Report& r) {
  std::string out = header({"id", "title", "kind", "status", "approved_on", "expires_on", "added", "flag"});
  for (const StoryRow& row : r.stories.rows) {
    const Story& s = *row.story;
    const char* flag = row.flag == StoryFlag::expiring            ? "expiring"
                       : row.flag == StoryFlag::expired_published ? "expired_published"
                                                                  : "";
    out += item(r, {s.id.str(), s.title.str(), std::string(to_string(s.kind)), std::string(to_string(s.status)),
                    s.approved_on.str(), s.expires_on.str(), yes(row.added), flag});
  }
  return out;
}

std::string hygiene(const Report& r) {
  std::string out = header({"list", "id", "name", "detail", "date", "days"});
  const HygieneSection& h = r.hygiene;
  for (const StaleProfile& s : h.stale_profiles)
    out += item(r, {"stale_profiles", s.advocate->id.str(), s.advocate->name.str(), "verified_on",
                    s.advocate->verified_on.str(), num(s.days)});
  for (const AgingNomination& n : h.aging_nominations)
    out += item(r, {"aging_nominations", n.advocate->id.str(), n.advocate->name.str(), "nominated_on", n.on.str(),
                    std::to_string(n.days)});
  for (const ExpiringConsent& c : h.expiring_consents)
    out += item(r, {"expiring_consents", c.advocate->id.str(), c.advocate->name.str(),
                    fmt::format("consent.{}.expires", to_string(c.scope)), c.expires.str(), std::to_string(c.days)});
  return out;
}

}  // namespace

std::string report_csv(const Report& r, Section section) {
  const Settings& settings = *r.settings;
  switch (section) {
    case Section::health: return health(r);
    case Section::membership: return membership(r);
    case Section::nominations: return nominations(r);
    case Section::engagements: return engagements(r, settings);
    case Section::requests: return requests(r);
    case Section::revenue: return revenue(r);
    case Section::coverage: return coverage(r);
    case Section::utilisation: return utilisation(r);
    case Section::stories: return stories(r);
    case Section::hygiene: return hygiene(r);
  }
  return "";
}

}  // namespace advo
