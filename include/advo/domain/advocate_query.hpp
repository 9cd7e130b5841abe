// The virtual fields of advocate queries (`advo advocates QUERY`):
//
//   stale:true        profile not confirmed for more than
//                     staleness.profile_days (see staleness.hpp)
//   aging:true        nominated and untriaged for more than
//                     staleness.nomination_days
//   available:TYPE    no rule of rest (advo-files(5), RULES OF REST) keeps the advocate
//                     from an ask of activity type TYPE today
#pragma once

#include <vector>

#include "advo/domain/date.hpp"
#include "advo/domain/program.hpp"
#include "advo/domain/query.hpp"

namespace advo {

// The tests read `program` when a query runs: it must outlive the query.
std::vector<VirtualField> advocate_query_fields(const Program& program, Date today);

}  // namespace advo
