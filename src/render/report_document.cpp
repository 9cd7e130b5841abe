#include "advo/render/report_document.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "advo/domain/schema.hpp"
#include "advo/render/report_text.hpp"

namespace advo {
namespace {

class Builder {
 public:
  explicit Builder(DocSection& s) : s_(s) {}
  void text(std::string t) { s_.blocks.push_back(DocBlock{DocBlock::Kind::text, std::move(t), {}}); }
  DocTable& table(std::string note, std::vector<std::string> headers, std::vector<bool> right) {
    DocBlock b{DocBlock::Kind::table, std::move(note), {}};
    b.table.headers = std::move(headers);
    b.table.right = std::move(right);
    s_.blocks.push_back(std::move(b));
    return s_.blocks.back().table;
  }
  // A list of items under a note, or "note: none."
  template <class List, class Row>
  void list(const std::string& note, const List& items, std::vector<std::string> headers, std::vector<bool> right,
            Row row) {
    if (items.empty()) {
      text(note + ": none.");
      return;
    }
    DocTable& t = table(note + ":", std::move(headers), std::move(right));
    for (const auto& item : items) t.rows.push_back(row(item));
  }

 private:
  DocSection& s_;
};

std::string n(size_t v) { return std::to_string(v); }

template <size_t N>
std::string counts_line(const std::array<size_t, N>& values, std::span<const std::string_view> names) {
  std::string out;
  for (size_t i = 0; i < N && i < names.size(); ++i)
    if (values[i] > 0) out += fmt::format("{}{} {}", out.empty() ? "" : ", ", values[i], names[i]);
  return out.empty() ? "none" : out;
}

std::string_view health_measure_title(std::string_view name) {
  if (name == "fulfilment_rate") return "Fulfilment rate";
  if (name == "targets_met") return "Coverage targets met";
  if (name == "stale_profiles") return "Stale profiles";
  return name;
}

void health(const Report& r, Builder& b) {
  for (const HealthMeasure& m : r.health.measures)
    b.text(fmt::format("{} ({}): {}.", health_measure_title(m.name), to_string(m.status), m.message));
}

void membership(const Report& r, Builder& b) {
  const MembershipSection& m = r.membership;
  b.text(fmt::format("{} now: {}.", count_text(m.advocates.size(), "advocate"), counts_line(m.by_stage, kStageNames)));
  b.text(fmt::format("In the period {} added (nominated) and {} activated (now active, stage changed in the period).",
                     m.added.size(), m.activated.size()));
}

void nominations(const Report& r, Builder& b, const std::string& aging_days) {
  const NominationsSection& s = r.nominations;
  b.text(fmt::format("{} in the period, {} now qualified or beyond: conversion {}; {} still untriaged after {}.",
                     count_text(s.nominations.size(), "nomination"), s.qualified, percent_text(s.conversion),
                     s.aging.size(), aging_days));
  auto group_row = [](const NominationGroup& g) {
    return std::vector<std::string>{g.name.empty() ? "(not given)" : g.name, n(g.nominated), n(g.qualified)};
  };
  if (s.nominations.empty()) return;
  b.list("By source", s.by_source, {"SOURCE", "NOMINATED", "QUALIFIED"}, {false, true, true}, group_row);
  b.list("By nominator", s.by_nominator, {"NOMINATOR", "NOMINATED", "QUALIFIED"}, {false, true, true}, group_row);
}

void engagements(const Report& r, Builder& b) {
  const EngagementsSection& e = r.engagements;
  const std::string planned = e.scheduled > 0 ? fmt::format(" ({} still scheduled)", e.scheduled) : "";
  b.text(fmt::format("{}{} and {} in the period; acceptance {} ({} completed, {} declined asks).",
                     count_text(e.asks, "ask"), planned, count_text(e.gives, "give"), percent_text(e.acceptance),
                     e.completed, e.declined));
  DocTable& t = b.table("By month:", {"MONTH", "ASKS", "GIVES"}, {false, true, true});
  for (const MonthCount& m : e.by_month) {
    t.rows.push_back({m.month, n(m.asks), n(m.gives)});
    t.bars.push_back(static_cast<double>(m.asks + m.gives));
    t.bar_max = std::max(t.bar_max, static_cast<double>(m.asks + m.gives));
  }
  b.list("By type", e.by_type, {"TYPE", "KIND", "COUNT"}, {false, false, true}, [](const TypeCount& c) {
    return std::vector<std::string>{c.type, c.ask ? "ask" : "give", n(c.count)};
  });
}

void requests(const Report& r, Builder& b, int64_t sla) {
  const RequestsSection& s = r.requests;
  b.text(fmt::format("{} in the period: {}.", count_text(s.rows.size(), "request"),
                     counts_line(s.by_status, kRequestStatusNames)));
  b.text(fmt::format("Fulfilment rate {} (fulfilled of fulfilled + unfulfilled); days to fulfil: median {}, 90th "
                     "percentile {}; within the {}-day SLA: {} ({} of {}).",
                     percent_text(s.fulfilment), days_text(s.median_days), days_text(s.p90_days), sla,
                     percent_text(s.within_sla), s.within_sla.numerator, s.within_sla.denominator));
  if (s.fulfilment.denominator > s.fulfilment.numerator)
    b.list("Why requests went unfulfilled", s.unfulfilled_reasons, {"REASON", "REQUESTS"}, {false, true},
           [](const ReasonCount& c) { return std::vector<std::string>{c.reason.empty() ? "(not given)" : c.reason, n(c.count)}; });
}

void revenue(const Report& r, Builder& b) {
  const RevenueSection& s = r.revenue;
  b.text(fmt::format("Fulfilled requests whose deal closed in the period: won {}; lost {}; win rate {} ({} won of {} "
                     "closed, every currency).",
                     money_text(s.main.won, s.main.currency), money_text(s.main.lost, s.main.currency),
                     percent_text(s.win_rate), s.win_rate.numerator, s.win_rate.denominator));
  b.text(fmt::format("Open pipeline supported by a reference at the period's end: {}.",
                     money_text(s.main.open_pipeline, s.main.currency)));
  if (s.others.empty()) return;
  b.list("Other currencies, not converted or summed", s.others, {"CURRENCY", "WON", "LOST", "OPEN PIPELINE"},
         {false, true, true, true}, [](const CurrencyRevenue& c) {
           auto cell = [](const Money& m) { return fmt::format("{} ({})", amount_text(m.amount), m.count); };
           return std::vector<std::string>{c.currency, cell(c.won), cell(c.lost), cell(c.open_pipeline)};
         });
}

void coverage(const Report& r, Builder& b) {
  const CoverageSection& c = r.coverage;
  if (c.targets.empty()) {
    b.text("No coverage targets are set: add [[targets]] to advo.toml.");
    return;
  }
  b.text(fmt::format("{} of {} targets met. Active: advocates in stage active; available: {}.", c.targets_met.numerator,
                     c.targets_met.denominator,
                     c.available_for.empty()
                         ? std::string("not counted, as the program has no reference-call ask type")
                         : fmt::format("active and free for a {} on {}", c.available_for, r.as_of.str())));
  DocTable& t = b.table("", {"TARGET", "WANTED", "ACTIVE", "AVAILABLE", "GAP"}, {false, true, true, true, true});
  for (const TargetCoverage& tc : c.targets) {
    t.rows.push_back({tc.target->field + ": " + tc.target->value, std::to_string(tc.target->min_active), n(tc.active),
                      tc.available ? n(*tc.available) : "n/a", n(tc.gap)});
    t.bars.push_back(static_cast<double>(tc.active));
    t.targets.push_back(static_cast<double>(tc.target->min_active));
  }
}

void utilisation(const Report& r, Builder& b) {
  const UtilisationSection& u = r.utilisation;
  // The company has its own column.
  auto who = [](const AdvocateUse& a) {
    return a.advocate->name.empty() ? a.advocate->id.str() : a.advocate->name.str();
  };
  b.list("Most asked in the 365 days to " + r.as_of.str(), u.most_asked, {"ADVOCATE", "COMPANY", "ASKS", "EFFORT"},
         {false, false, true, true}, [&](const AdvocateUse& a) {
           return std::vector<std::string>{who(a), a.advocate->company.str(), n(a.asks_365), std::to_string(a.effort_365)};
         });
  b.list("Fatigue risk (5 or more asks in 120 days)", u.fatigue_risk, {"ADVOCATE", "COMPANY", "ASKS IN 120 DAYS"},
         {false, false, true}, [&](const AdvocateUse& a) {
           return std::vector<std::string>{who(a), a.advocate->company.str(), n(a.asks_120)};
         });
  b.list("Idle (active and contactable, no ask in 180 days)", u.idle, {"ADVOCATE", "COMPANY", "LAST ASK"}, {false, false, false},
         [&](const AdvocateUse& a) {
           return std::vector<std::string>{who(a), a.advocate->company.str(),
                                           a.last_ask.valid() ? a.last_ask.str() : "never"};
         });
  b.list("Asked twice or more and given nothing in 365 days", u.give_ask, {"ADVOCATE", "COMPANY", "ASKS"},
         {false, false, true}, [&](const AdvocateUse& a) {
           return std::vector<std::string>{who(a), a.advocate->company.str(), n(a.asks_365)};
         });
}

void stories(const Report& r, Builder& b, int64_t warn) {
  const StoriesSection& s = r.stories;
  b.text(fmt::format("{}: {}; {} approved in the period.", count_text(s.rows.size(), "story"),
                     counts_line(s.by_status, kStoryStatusNames), s.added));
  auto row = [](const Story* st) {
    return std::vector<std::string>{st->id.str(), std::string(to_string(st->status)), st->expires_on.str()};
  };
  b.list(fmt::format("Approval expiring within {} days", warn), s.expiring, {"STORY", "STATUS", "EXPIRES"},
         {false, false, false}, row);
  b.list("Expired but still published", s.expired_published, {"STORY", "STATUS", "EXPIRED"}, {false, false, false}, row);
}

void hygiene(const Report& r, Builder& b, const Settings& st) {
  const HygieneSection& h = r.hygiene;
  b.text(fmt::format("{} of {} active profiles are stale ({}: unverified for {} days or more on {}).",
                     h.stale_profiles.size(), h.active, percent_text(h.stale_share()), st.profile_days, r.as_of.str()));
  b.list("Stale profiles", h.stale_profiles, {"ADVOCATE", "VERIFIED", "DAYS AGO"}, {false, false, true},
         [](const StaleProfile& s) {
           return std::vector<std::string>{advocate_text(*s.advocate),
                                           s.advocate->verified_on.valid() ? s.advocate->verified_on.str() : "never",
                                           s.days ? std::to_string(*s.days) : ""};
         });
  b.list(fmt::format("Nominations untriaged for {} days or more", st.nomination_days), h.aging_nominations,
         {"ADVOCATE", "NOMINATED", "DAYS"}, {false, false, true}, [](const AgingNomination& a) {
           return std::vector<std::string>{advocate_text(*a.advocate), a.on.str(), std::to_string(a.days)};
         });
  b.list(fmt::format("Consents expiring within {} days", st.expiry_warn_days), h.expiring_consents,
         {"ADVOCATE", "CONSENT", "EXPIRES", "DAYS LEFT"}, {false, false, false, true}, [](const ExpiringConsent& c) {
           return std::vector<std::string>{advocate_text(*c.advocate), std::string(to_string(c.scope)), c.expires.str(),
                                           std::to_string(c.days)};
         });
}

}  // namespace

std::string report_title(const Report& r) { return fmt::format("{}: report for {}", r.program, period_text(r)); }

std::vector<DocSection> report_document(const Report& r, std::span<const Section> sections) {
  const Settings& st = *r.settings;
  std::vector<DocSection> out;
  for (Section s : sections) {
    DocSection d{s, std::string(section_title(s)), "", {}};
    Builder b(d);
    switch (s) {
      case Section::health:
        d.status = std::string(to_string(r.health.status));
        health(r, b);
        break;
      case Section::membership: membership(r, b); break;
      case Section::nominations: nominations(r, b, days_text(st.nomination_days)); break;
      case Section::engagements: engagements(r, b); break;
      case Section::requests: requests(r, b, st.fulfil_sla_days); break;
      case Section::revenue: revenue(r, b); break;
      case Section::coverage: coverage(r, b); break;
      case Section::utilisation: utilisation(r, b); break;
      case Section::stories: stories(r, b, st.expiry_warn_days); break;
      case Section::hygiene: hygiene(r, b, st); break;
    }
    out.push_back(std::move(d));
  }
  return out;
}

}  // namespace advo
