// The extra names of engagement queries (`advo engagements QUERY`):
//
//   by:WHO         who logged it (the stored field logged_by)
//   past-scheduled:true   still scheduled though its day has gone
#pragma once

#include <vector>

#include "advo/domain/date.hpp"
#include "advo/domain/query.hpp"
#include "advo/domain/records.hpp"

namespace advo {

// Still `scheduled` though its date is before today: done or cancelled, but
// not recorded as such.
bool scheduled_in_past(const Engagement& e, Date today);

std::vector<VirtualField> engagement_query_fields(Date today);

}  // namespace advo
