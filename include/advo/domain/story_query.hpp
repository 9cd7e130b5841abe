// The virtual fields of story queries (`advo stories QUERY`):
//
//   expiring:true   the approval ends within staleness.expiry_warn_days:
//                   today ≤ expires_on ≤ today + expiry_warn_days
//   expired:true    the approval has ended: expires_on is before today
//   usable:true     the story may be used today (story_usability.hpp):
//                   approved or published, approved and not expired, no
//                   featured advocate alumni or declined, and every
//                   featured advocate's consent for the story's kind
//
// expiring and expired look at the dates only, whatever the status;
// combine them with status:approved,published for the stories in use.
#pragma once

#include <vector>

#include "advo/domain/date.hpp"
#include "advo/domain/program.hpp"
#include "advo/domain/query.hpp"

namespace advo {

// The tests read `program` when a query runs: it must outlive the query.
std::vector<VirtualField> story_query_fields(const Program& program, Date today);

}  // namespace advo
