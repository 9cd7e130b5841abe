// The virtual fields of request queries (`advo requests QUERY`):
//
//   overdue:true   open or matched, and today is past needed_by
//   due:<N>d       still to be done (open, matched or scheduled) and needed
//                  by today + N days at the latest, overdue ones included
//                  (`due:3d not:overdue:true` leaves those out)
#pragma once

#include <vector>

#include "advo/domain/date.hpp"
#include "advo/domain/query.hpp"
#include "advo/domain/records.hpp"

namespace advo {

bool request_overdue(const Request& r, Date today);
// Whether the request is still to be done and needed by `today + days`.
bool request_due_within(const Request& r, Date today, int32_t days);

std::vector<VirtualField> request_query_fields(Date today);

}  // namespace advo
