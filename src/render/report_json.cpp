// The report as JSON: the keys are an interface (documented in
// advo-report(1)); rates are 0..1 or null, amounts numbers, dates strings.
#include "advo/render/report.hpp"
#include "advo/render/report_text.hpp"

#include "advo/domain/schema.hpp"

namespace advo {
namespace {

Json rate(const Ratio& r) { return Json::rate(static_cast<double>(r.numerator), static_cast<double>(r.denominator)); }
Json days(std::optional<int64_t> d) { return d ? Json(*d) : Json(); }
Json text_or_null(std::string_view s) { return s.empty() ? Json() : Json(s); }

template <size_t N>
Json counts(const std::array<size_t, N>& values, std::span<const std::string_view> names) {
  Json o = Json::object();
  for (size_t i = 0; i < N && i < names.size(); ++i) o.set(std::string(names[i]), Json::count(values[i]));
  return o;
}

Json person(const Advocate& a) {
  Json o = Json::object();
  o.set("id", a.id.view());
  o.set("name", a.name.view());
  o.set("company", a.company.view());
  return o;
}

Json health(const HealthSection& h) {
  Json reasons = Json::array();
  for (const HealthMeasure& m : h.measures) {
    Json o = Json::object();
    o.set("measure", m.name);
    o.set("value", rate(m.value));
    o.set("status", m.status == Rag::unknown ? Json() : Json(to_string(m.status)));
    o.set("green", m.green);
    o.set("amber", m.amber);
    o.set("message", m.message);
    reasons.push(std::move(o));
  }
  Json o = Json::object();
  o.set("status", h.status == Rag::unknown ? Json() : Json(to_string(h.status)));
  o.set("reasons", std::move(reasons));
  return o;
}

Json membership(const MembershipSection& m) {
  Json o = Json::object();
  o.set("by_stage", counts(m.by_stage, kStageNames));
  o.set("added", Json::count(m.added.size()));
  o.set("activated", Json::count(m.activated.size()));
  return o;
}

Json groups(const std::vector<NominationGroup>& gs, const char* key) {
  Json list = Json::array();
  for (const NominationGroup& g : gs) {
    Json o = Json::object();
    o.set(key, text_or_null(g.name));
    o.set("nominated", Json::count(g.nominated));
    o.set("qualified", Json::count(g.qualified));
    list.push(std::move(o));
  }
  return list;
}

Json nominations(const NominationsSection& n) {
  Json o = Json::object();
  o.set("total", Json::count(n.nominations.size()));
  o.set("by_source", groups(n.by_source, "source"));
  o.set("by_nominator", groups(n.by_nominator, "nominator"));
  o.set("conversion", rate(n.conversion));
  o.set("aging", Json::count(n.aging.size()));
  return o;
}

Json engagements(const EngagementsSection& e) {
  Json types = Json::array();
  for (const TypeCount& t : e.by_type) {
    Json o = Json::object();
    o.set("type", t.type);
    o.set("kind", t.ask ? "ask" : "give");
    o.set("count", Json::count(t.count));
    types.push(std::move(o));
  }
  Json months = Json::array();
  for (const MonthCount& m : e.by_month) {
    Json o = Json::object();
    o.set("month", m.month);
    o.set("asks", Json::count(m.asks));
    o.set("gives", Json::count(m.gives));
    months.push(std::move(o));
  }
  Json o = Json::object();
  o.set("asks", Json::count(e.asks));
  o.set("gives", Json::count(e.gives));
  o.set("by_type", std::move(types));
  o.set("by_month", std::move(months));
  o.set("acceptance_rate", rate(e.acceptance));
  return o;
}

Json requests(const RequestsSection& r) {
  Json reasons = Json::array();
  for (const ReasonCount& rc : r.unfulfilled_reasons) {
    Json o = Json::object();
    o.set("reason", text_or_null(rc.reason));
    o.set("count", Json::count(rc.count));
    reasons.push(std::move(o));
  }
  Json o = Json::object();
  o.set("total", Json::count(r.rows.size()));
  o.set("by_status", counts(r.by_status, kRequestStatusNames));
  o.set("fulfilment_rate", rate(r.fulfilment));
  o.set("median_days_to_fulfil", days(r.median_days));
  o.set("p90_days_to_fulfil", days(r.p90_days));
  o.set("within_sla", rate(r.within_sla));
  o.set("unfulfilled_reasons", std::move(reasons));
  return o;
}

Json money(const Money& m) {
  Json o = Json::object();
  o.set("count", Json::count(m.count));
  o.set("amount", round_amount(m.amount));
  return o;
}

Json revenue(const RevenueSection& r) {
  Json others = Json::array();
  for (const CurrencyRevenue& c : r.others) {
    Json o = Json::object();
    o.set("currency", c.currency);
    o.set("won", money(c.won));
    o.set("lost", money(c.lost));
    o.set("open_pipeline", money(c.open_pipeline));
    others.push(std::move(o));
  }
  Json o = Json::object();
  o.set("currency", r.main.currency);
  o.set("won", money(r.main.won));
  o.set("lost", money(r.main.lost));
  o.set("win_rate", rate(r.win_rate));
  o.set("open_pipeline", money(r.main.open_pipeline));
  o.set("other_currencies", std::move(others));
  return o;
}

Json coverage(const CoverageSection& c) {
  Json targets = Json::array();
  for (const TargetCoverage& t : c.targets) {
    Json o = Json::object();
    o.set("field", t.target->field);
    o.set("value", t.target->value);
    o.set("target", t.target->min_active);
    o.set("active", Json::count(t.active));
    o.set("available", t.available ? Json::count(*t.available) : Json());
    o.set("gap", Json::count(t.gap));
    targets.push(std::move(o));
  }
  Json o = Json::object();
  o.set("available_for", text_or_null(c.available_for));
  o.set("targets", std::move(targets));
  return o;
}

Json uses(const std::vector<AdvocateUse>& list, const char* what) {
  Json out = Json::array();
  for (const AdvocateUse& u : list) {
    Json o = person(*u.advocate);
    const std::string_view w = what;
    if (w == "most_asked") {
      o.set("asks", Json::count(u.asks_365));
      o.set("effort", u.effort_365);
    } else if (w == "fatigue_risk") {
      o.set("asks", Json::count(u.asks_120));
    } else if (w == "idle") {
      o.set("last_ask", Json::date(u.last_ask));
    } else {
      o.set("asks", Json::count(u.asks_365));
    }
    out.push(std::move(o));
  }
  return out;
}

Json utilisation(const UtilisationSection& u) {
  Json o = Json::object();
  o.set("most_asked", uses(u.most_asked, "most_asked"));
  o.set("fatigue_risk", uses(u.fatigue_risk, "fatigue_risk"));
  o.set("idle", uses(u.idle, "idle"));
  o.set("give_ask", uses(u.give_ask, "give_ask"));
  return o;
}

Json story_list(const std::vector<const Story*>& list) {
  Json out = Json::array();
  for (const Story* s : list) {
    Json o = Json::object();
    o.set("id", s->id.view());
    o.set("title", s->title.view());
    o.set("status", to_string(s->status));
    o.set("expires_on", Json::date(s->expires_on));
    out.push(std::move(o));
  }
  return out;
}

Json stories(const StoriesSection& s) {
  Json o = Json::object();
  o.set("by_status", counts(s.by_status, kStoryStatusNames));
  o.set("added", Json::count(s.added));
  o.set("expiring", story_list(s.expiring));
  o.set("expired_published", story_list(s.expired_published));
  return o;
}

Json hygiene(const HygieneSection& h) {
  Json stale = Json::array();
  for (const StaleProfile& s : h.stale_profiles) {
    Json o = person(*s.advocate);
    o.set("verified_on", Json::date(s.advocate->verified_on));
    o.set("days", days(s.days));
    stale.push(std::move(o));
  }
  Json aging = Json::array();
  for (const AgingNomination& n : h.aging_nominations) {
    Json o = person(*n.advocate);
    o.set("nominated_on", Json::date(n.on));
    o.set("days", n.days);
    aging.push(std::move(o));
  }
  Json consents = Json::array();
  for (const ExpiringConsent& c : h.expiring_consents) {
    Json o = person(*c.advocate);
    o.set("scope", to_string(c.scope));
    o.set("expires", Json::date(c.expires));
    o.set("days", c.days);
    consents.push(std::move(o));
  }
  Json o = Json::object();
  o.set("stale_profiles", std::move(stale));
  o.set("aging_nominations", std::move(aging));
  o.set("expiring_consents", std::move(consents));
  return o;
}

}  // namespace

Json report_json(const Report& r, std::span<const Section> sections) {
  Json out = Json::object();
  out.set("program", r.program);
  Json period = Json::object();
  period.set("from", Json::date(r.period.from));
  period.set("to", Json::date(r.period.to));
  out.set("period", std::move(period));
  for (Section s : sections) {
    Json body;
    switch (s) {
      case Section::health: body = health(r.health); break;
      case Section::membership: body = membership(r.membership); break;
      case Section::nominations: body = nominations(r.nominations); break;
      case Section::engagements: body = engagements(r.engagements); break;
      case Section::requests: body = requests(r.requests); break;
      case Section::revenue: body = revenue(r.revenue); break;
      case Section::coverage: body = coverage(r.coverage); break;
      case Section::utilisation: body = utilisation(r.utilisation); break;
      case Section::stories: body = stories(r.stories); break;
      case Section::hygiene: body = hygiene(r.hygiene); break;
    }
    out.set(std::string(to_string(s)), std::move(body));
  }
  return out;
}

}  // namespace advo
