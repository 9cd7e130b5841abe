// advo request close ID --status fulfilled|unfulfilled|cancelled: closes a
// request and records its outcome; closing it again the same way records a
// later outcome (the deal won or lost).
#include <fmt/format.h>

#include "advo/domain/field_values.hpp"
#include "advo/domain/folding.hpp"
#include "advo/domain/request_status.hpp"
#include "advo/error.hpp"
#include "cli/commands/request_commands.hpp"
#include "cli/date_option.hpp"
#include "cli/record_update.hpp"

namespace advo::cli {
namespace {

struct RequestCloseOptions {
  std::string id;
  std::string status;
  std::string deal;
  std::string closed_on;
  std::string reason;
};

// Stores an option's text in a field of the request as the file reader
// would; UsageError naming the option otherwise.
void store(Request& r, std::string_view path, std::string_view option, std::string_view text) {
  const auto field = resolve_path(schema_for<Request>(), path);
  const std::string error = store_scalar(*field->def, &r, field->offset, text);
  if (!error.empty()) throw UsageError(fmt::format("{}: {}", option, error));
}

int run_request_close(Context& ctx, const RequestCloseOptions& o) {
  const Date today = ctx.today();
  Request given{};  // the options, converted before anything is loaded
  const FieldDef* status = find_field(schema_for<Request>().fields, "status");
  given.status = static_cast<RequestStatus>(enum_index(*status, o.status));
  if (!is_closed(given.status))
    throw UsageError(fmt::format("--status: a request is closed as fulfilled, unfulfilled or cancelled, not '{}'",
                                 o.status));
  if (!o.deal.empty()) store(given, "outcome.deal", "--deal", o.deal);
  given.outcome.closed_on = today;
  if (!o.closed_on.empty()) given.outcome.closed_on = date_option("--closed-on", o.closed_on, today);
  if (given.outcome.closed_on > today)
    throw UsageError(fmt::format("--closed-on {} is after today ({})", given.outcome.closed_on.str(), today.str()));

  const Program& program = ctx.program_for_write();
  const Request& before = request_arg(program, o.id);
  const std::string refusal = close_refusal(before.id.view(), before.status, given.status);
  if (!refusal.empty()) throw RefusedError(refusal + "; nothing written");
  if (before.requested_on && given.outcome.closed_on < before.requested_on)
    throw UsageError(fmt::format("--closed-on {} is before the request was made ({})", given.outcome.closed_on.str(),
                                 before.requested_on.str()));

  Request after = before;
  after.status = given.status;
  after.outcome.closed_on = given.outcome.closed_on;
  if (given.outcome.deal != Deal::none) after.outcome.deal = given.outcome.deal;
  if (!o.reason.empty()) {
    if (!valid_utf8(o.reason)) throw UsageError("--reason is not valid UTF-8 text");
    after.outcome.reason = Sym(o.reason);
  }
  if (after.status == RequestStatus::fulfilled && !after.fulfilled_on) after.fulfilled_on = after.outcome.closed_on;
  if (same_record(before, after)) {
    ctx.note(fmt::format("{}: nothing changed", before.id.view()));
    return 0;
  }
  save_record(ctx, program, after);
  std::string what = before.status == after.status
                         ? fmt::format("{}: still {}", before.id.view(), to_string(after.status))
                         : fmt::format("{}: {} → {}", before.id.view(), to_string(before.status), to_string(after.status));
  if (after.outcome.deal != Deal::none) what += fmt::format(", deal {}", to_string(after.outcome.deal));
  ctx.note(what);
  ctx.describe_change("request close: " + what);
  return 0;
}

}  // namespace

Runner setup_request_close(CommandOptions& app) {
  auto o = std::make_shared<RequestCloseOptions>();
  app.add_option("ID", o->id, "Id or unique id prefix of the request").required();
  app.add_option("--status", o->status, "fulfilled, unfulfilled or cancelled").required().value_name("STATUS");
  app.add_option("--deal", o->deal, "What became of the deal: won, lost or open").value_name("DEAL");
  app.add_option("--closed-on", o->closed_on, "Day it was closed (default today)").value_name("DATE");
  app.add_option("--reason", o->reason, "Why, recorded as outcome.reason").value_name("TEXT");
  return [o](Context& ctx) { return run_request_close(ctx, *o); };
}

}  // namespace advo::cli
