// The life of a request (advo-files(5)): open → matched → scheduled →
// fulfilled; or unfulfilled, cancelled.
//
//   open, matched, scheduled   in progress: move freely among themselves
//                              (`advo request set`, `advo match --assign`,
//                              `advo log`) and may be closed as any of
//                              fulfilled, unfulfilled or cancelled
//   fulfilled                  final: an advocate did what was asked
//   unfulfilled, cancelled     may only be reopened (→ open)
//
// Closing a request again with the status it has records a later outcome
// (the deal won or lost, a reason).
#pragma once

#include <string>
#include <string_view>

#include "advo/domain/records.hpp"

namespace advo {

bool in_progress(RequestStatus s);  // open, matched, scheduled
bool is_closed(RequestStatus s);    // fulfilled, unfulfilled, cancelled

// Why a request in `from` may not be closed as `to` (a closed status), or
// "" when it may. `id` names the request in the message.
std::string close_refusal(std::string_view id, RequestStatus from, RequestStatus to);

// Why `status` may not be set from `from` to `to` by assignment (`advo
// request set`), or "" when it may: closing goes through `advo request
// close`, which records the outcome.
std::string status_change_refusal(std::string_view id, RequestStatus from, RequestStatus to);

}  // namespace advo
