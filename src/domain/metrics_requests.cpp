// Demand and its result: requests made in the period and how they were
// served (requests), and the deals they supported (revenue).
#include <algorithm>
#include <cmath>
#include <map>

#include "advo/domain/report.hpp"

namespace advo {

std::optional<int64_t> nearest_rank(const std::vector<int64_t>& sorted, int p) {
  if (sorted.empty()) return std::nullopt;
  // rank = ceil(p · n / 100), in integers so that 50% of 2 is exactly 1.
  const size_t n = sorted.size();
  size_t rank = (static_cast<size_t>(p) * n + 99) / 100;
  rank = std::clamp<size_t>(rank, 1, n);
  return sorted[rank - 1];
}

RequestsSection requests_section(const Program& p, const Period& period) {
  RequestsSection s;
  std::vector<int64_t> days;
  size_t fulfilled = 0, unfulfilled = 0;
  std::map<std::string, size_t> reasons;
  for (const Request& r : p.requests) {
    if (!period.contains(r.requested_on)) continue;
    RequestRow row;
    row.request = &r;
    if (r.status != RequestStatus::none) ++s.by_status[static_cast<size_t>(r.status) - 1];
    if (r.status == RequestStatus::fulfilled) {
      ++fulfilled;
      if (r.fulfilled_on.valid()) {
        row.days_to_fulfil = r.fulfilled_on - r.requested_on;
        row.within_sla = *row.days_to_fulfil <= p.settings.fulfil_sla_days;
        days.push_back(*row.days_to_fulfil);
        s.within_sla.numerator += row.within_sla ? 1 : 0;
        ++s.within_sla.denominator;
      }
    } else if (r.status == RequestStatus::unfulfilled) {
      ++unfulfilled;
      ++reasons[r.outcome.reason.str()];
    }
    s.rows.push_back(row);
  }
  std::sort(s.rows.begin(), s.rows.end(), [](const RequestRow& x, const RequestRow& y) {
    if (x.request->requested_on != y.request->requested_on) return x.request->requested_on < y.request->requested_on;
    return x.request->id.view() < y.request->id.view();
  });
  s.fulfilment = Ratio{fulfilled, fulfilled + unfulfilled};
  std::sort(days.begin(), days.end());
  s.median_days = nearest_rank(days, 50);
  s.p90_days = nearest_rank(days, 90);
  for (const auto& [reason, count] : reasons) s.unfulfilled_reasons.push_back(ReasonCount{reason, count});
  std::stable_sort(s.unfulfilled_reasons.begin(), s.unfulfilled_reasons.end(),
                   [](const ReasonCount& x, const ReasonCount& y) {
                     if (x.count != y.count) return x.count > y.count;
                     return !x.reason.empty() && y.reason.empty();  // "no reason given" last
                   });
  return s;
}

namespace {

void add(Money& m, double amount) {
  ++m.count;
  if (has_number(amount)) m.amount += amount;
  else ++m.without_amount;
}

}  // namespace

RevenueSection revenue_section(const Program& p, const Period& period) {
  RevenueSection s;
  s.main.currency = p.settings.currency;
  std::map<std::string, CurrencyRevenue> others;
  size_t won = 0, lost = 0;
  for (const Request& r : p.requests) {
    if (r.status != RequestStatus::fulfilled) continue;
    const Deal deal = r.outcome.deal;
    const Date closed = r.outcome.closed_on;
    DealCount counted;
    if ((deal == Deal::won || deal == Deal::lost) && period.contains(closed)) {
      counted = deal == Deal::won ? DealCount::won : DealCount::lost;
    } else {
      // Open at the period's end: fulfilled by then, not closed by then.
      const Date served = r.fulfilled_on.valid() ? r.fulfilled_on : r.requested_on;
      const bool closed_by_end = deal != Deal::open && deal != Deal::none && (!closed.valid() || closed <= period.to);
      if (!served.valid() || served > period.to || closed_by_end) continue;
      counted = DealCount::open_pipeline;
    }
    std::string currency = r.opportunity.currency.empty() ? p.settings.currency : r.opportunity.currency.str();
    CurrencyRevenue* bucket = &s.main;
    if (currency != p.settings.currency) {
      bucket = &others[currency];
      bucket->currency = currency;
    }
    Money& m = counted == DealCount::won ? bucket->won : counted == DealCount::lost ? bucket->lost : bucket->open_pipeline;
    add(m, r.opportunity.amount);
    won += counted == DealCount::won ? 1 : 0;
    lost += counted == DealCount::lost ? 1 : 0;
    s.rows.push_back(DealRow{&r, counted, std::move(currency)});
  }
  for (auto& [code, revenue] : others) s.others.push_back(std::move(revenue));
  s.win_rate = Ratio{won, won + lost};
  return s;
}

}  // namespace advo
