#include "advo/domain/request_query.hpp"

#include <charconv>

#include <fmt/format.h>

#include "advo/domain/domain_error.hpp"
#include "advo/domain/request_status.hpp"

namespace advo {
namespace {

const Request& request(const void* record) { return *static_cast<const Request*>(record); }

// "3d" → 3; at most ten years ahead, so dates stay in range.
int32_t days_value(std::string_view value) {
  int32_t days = -1;
  if (value.size() >= 2 && value.back() == 'd') {
    const std::string_view digits = value.substr(0, value.size() - 1);
    const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), days);
    if (ec != std::errc() || end != digits.data() + digits.size()) days = -1;
  }
  if (days < 0 || days > 3660)
    throw DomainError(DomainErrorKind::invalid_value,
                      fmt::format("due takes a number of days like due:3d (0d to 3660d), not '{}'", value));
  return days;
}

VirtualField due_field(Date today) {
  VirtualField v;
  v.name = "due";
  v.value_hint = "<N>d";
  v.description = "still to be done and needed within N days (overdue ones included)";
  v.compile = [today](std::string_view value) -> RecordTest {
    const int32_t days = days_value(value);
    return [today, days](const void* r) { return request_due_within(request(r), today, days); };
  };
  return v;
}

}  // namespace

bool request_overdue(const Request& r, Date today) {
  const bool waiting = r.status == RequestStatus::open || r.status == RequestStatus::matched;
  return waiting && r.needed_by.valid() && today > r.needed_by;
}

bool request_due_within(const Request& r, Date today, int32_t days) {
  return in_progress(r.status) && r.needed_by.valid() && r.needed_by <= today + days;
}

std::vector<VirtualField> request_query_fields(Date today) {
  std::vector<VirtualField> out;
  out.push_back(flag_field("overdue", "open or matched, and past needed_by",
                           [today](const void* r) { return request_overdue(request(r), today); }));
  out.push_back(due_field(today));
  return out;
}

}  // namespace advo
