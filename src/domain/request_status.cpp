#include "advo/domain/request_status.hpp"

#include <fmt/format.h>

#include "advo/domain/schema.hpp"

namespace advo {

bool in_progress(RequestStatus s) {
  return s == RequestStatus::open || s == RequestStatus::matched || s == RequestStatus::scheduled;
}

bool is_closed(RequestStatus s) {
  return s == RequestStatus::fulfilled || s == RequestStatus::unfulfilled || s == RequestStatus::cancelled;
}

namespace {

// The refusal for any change away from a closed status, or "".
std::string closed_refusal(std::string_view id, RequestStatus from) {
  if (from == RequestStatus::fulfilled)
    return fmt::format("'{}' is fulfilled, and a fulfilled request stays fulfilled (close it again as fulfilled to "
                       "record the deal's outcome)",
                       id);
  return fmt::format("'{}' is {}; it can only be reopened first: advo request set {} status=open", id,
                     to_string(from), id);
}

}  // namespace

std::string close_refusal(std::string_view id, RequestStatus from, RequestStatus to) {
  if (!is_closed(to))
    return fmt::format("a request is closed as fulfilled, unfulfilled or cancelled, not {}",
                       to == RequestStatus::none ? std::string_view("none") : to_string(to));
  if (in_progress(from) || from == to || from == RequestStatus::none) return {};
  return closed_refusal(id, from);
}

std::string status_change_refusal(std::string_view id, RequestStatus from, RequestStatus to) {
  if (from == to) return {};
  if (is_closed(to))
    return fmt::format("a request is closed with 'advo request close {} --status {}', which records the outcome", id,
                       to_string(to));
  if (in_progress(from) || from == RequestStatus::none) return {};
  if (to == RequestStatus::open && from != RequestStatus::fulfilled) return {};
  return closed_refusal(id, from);
}

}  // namespace advo
