// The period a report covers: two inclusive dates, from the forms
// `advo report --period` accepts or from --from/--to.
#pragma once

#include <string>
#include <string_view>

#include "advo/domain/date.hpp"
#include "advo/domain/domain_error.hpp"

namespace advo {

struct Period {
  Date from;          // first day, inclusive
  Date to;            // last day, inclusive
  std::string label;  // "2026-Q3", "2026", "2026-11", or "2026-08-01 to 2026-10-31"

  bool contains(Date d) const { return d.valid() && from <= d && d <= to; }
  // The day measures of state (stages, coverage, staleness) are taken on:
  // the last day, or today when the period ends later.
  Date as_of(Date today) const { return to < today ? to : today; }
};

// What --period accepts, for messages.
extern const std::string_view kPeriodForms;

// YYYY-Qn, YYYY, YYYY-MM, this-quarter, last-quarter or last-12-months
// (the twelve months that end today). Throws DomainError naming the
// accepted forms.
Period parse_period(std::string_view text, Date today);
// --from and --to, both YYYY-MM-DD, from not after to.
Period period_between(std::string_view from, std::string_view to);
// The quarter containing `today`.
Period quarter_of(Date today);

}  // namespace advo
