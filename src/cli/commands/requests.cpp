// advo requests [QUERY]: the requests a query selects, as a table, JSON,
// CSV or Markdown; `overdue` and `due` are worked out for today.
#include "advo/domain/request_query.hpp"
#include "cli/command.hpp"
#include "cli/record_list_command.hpp"

namespace advo::cli {
namespace {

std::vector<ListColumn<Request>> request_columns() {
  // The id already tells the day, the account and the type.
  return {
      {.title = "ID", .path = "id", .min_width = 24, .cut_last = true},
      {.title = "STATUS", .path = "status", .flexible = false},
      {.title = "NEEDED BY", .path = "needed_by", .flexible = false},
      {.title = "BY", .path = "requested_by", .min_width = 6, .optional = true},
      {.title = "ADVOCATES", .path = "advocates", .min_width = 10, .optional = true},
  };
}

const RecordListKind<Request> kRequests = {
    .singular = "request",
    .plural = "requests",
    .query_help = "Terms field:value, all of which must hold, plus overdue:true and due:<N>d (see 'man "
                  "advo-requests'); none: every request",
    .sort_help = "Sort by this field (any dotted path, like needed_by); default id",
    .columns = request_columns,
    .query_fields = [](const Program&, Date today) { return request_query_fields(today); },
};

}  // namespace

Runner setup_requests(CommandOptions& app) { return record_list_command(app, kRequests); }

}  // namespace advo::cli
