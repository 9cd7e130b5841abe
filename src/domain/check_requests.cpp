// The checks of a request's own consistency: what `advo request new`, `set`
// and `close` never write, found when a file is edited by hand.
#include <fmt/format.h>

#include "advo/domain/check.hpp"
#include "advo/domain/request_status.hpp"
#include "advo/domain/schema.hpp"

namespace advo {
namespace {

void add(Findings& out, const Request& r, std::string path, Severity severity, std::string code, std::string message) {
  out.push_back(Finding{r.origin, std::move(path), -1, severity, std::move(code), std::move(message)});
}

// A date of the request's life that comes before the request was made.
void not_before_request(const Request& r, Date day, std::string_view field, Findings& out) {
  if (day && r.requested_on && day < r.requested_on)
    add(out, r, std::string(field), Severity::error, "before-requested",
        fmt::format("{} ({}) is before requested_on ({})", field, day.str(), r.requested_on.str()));
}

}  // namespace

void check_requests(const Program& program, Date, Findings& out) {
  for (const Request& r : program.requests) {
    // An unknown type is reported with the values; a give is a valid type
    // that nobody can be matched to.
    if (const ActivityType* t = program.settings.type(r.type); t != nullptr && t->kind == ActivityKind::give)
      add(out, r, "type", Severity::error, "give-request",
          fmt::format("{} is a give; a request asks an advocate for something, so its type is an ask type", t->name));
    not_before_request(r, r.needed_by, "needed_by", out);
    // fulfilled_on is the day of the completed engagement, which may be
    // logged against a request made after the call.
    not_before_request(r, r.outcome.closed_on, "outcome.closed_on", out);
    if (r.fulfilled_on && r.status != RequestStatus::fulfilled && r.status != RequestStatus::none)
      add(out, r, "fulfilled_on", Severity::warning, "fulfilled-on-status",
          fmt::format("fulfilled_on is set but the request is {}", to_string(r.status)));
    if ((r.status == RequestStatus::matched || r.status == RequestStatus::scheduled) && r.advocates.empty())
      add(out, r, "status", Severity::warning, "no-advocate-assigned",
          fmt::format("the request is {} but no advocate is assigned (advo match REQUEST --assign ID)",
                      to_string(r.status)));
  }
}

}  // namespace advo
