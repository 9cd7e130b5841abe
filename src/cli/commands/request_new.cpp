// advo request new --type T --by WHO …: a new request, status open,
// requested today; prints its id.
#include <filesystem>

#include <fmt/format.h>

#include "advo/domain/ids.hpp"
#include "advo/domain/list_text.hpp"
#include "advo/error.hpp"
#include "advo/storage/record_writer.hpp"
#include "cli/commands/request_commands.hpp"
#include "cli/date_option.hpp"
#include "cli/field_options.hpp"
#include "cli/record_update.hpp"

namespace advo::cli {
namespace {

constexpr FieldOption kRequestOptions[] = {
    {"--account", "opportunity.account", "The prospect's account (names the request)"},
    {"--opportunity", "opportunity.id", "The opportunity's id in the CRM"},
    {"--amount", "opportunity.amount", "The opportunity's amount"},
    {"--currency", "opportunity.currency", "Currency of the amount (default: [program] currency)"},
    {"--stage", "opportunity.stage", "The opportunity's sales stage"},
    {"--note", "notes", "Free text, recorded as notes"},
};

struct RequestNewOptions {
  std::string type;
  std::string by;
  std::string needed_by;
  FieldOptions fields{kRequestOptions, RecordKind::request};
  FieldOptions criteria{kCriteriaOptions, RecordKind::request};
};

// The account names the request; without one, the opportunity's id does.
std::string new_request_id(Context& ctx, const Program& program, const Request& r) {
  const Sym name = r.opportunity.account.empty() ? r.opportunity.id : r.opportunity.account;
  const std::filesystem::path folder = ctx.root() / "requests";
  return unique_id(request_slug(r.requested_on.str(), name.view(), r.type.view()), [&](std::string_view candidate) {
    std::error_code ec;
    return program.find_request(candidate) != nullptr ||
           std::filesystem::exists(folder / fmt::format("{}.yaml", candidate), ec);
  });
}

int run_request_new(Context& ctx, const RequestNewOptions& o) {
  if (trim(o.type).empty()) throw UsageError("--type is empty");
  if (trim(o.by).empty()) throw UsageError("--by is empty");
  const Date today = ctx.today();
  std::vector<Assignment> assignments = {
      {"--type " + o.type, "type", AssignOp::set, o.type},
      {"--by " + o.by, "requested_by", AssignOp::set, o.by},
  };
  if (!o.needed_by.empty())
    assignments.push_back({"--needed-by " + o.needed_by, "needed_by", AssignOp::set, o.needed_by});
  for (auto& a : o.fields.assignments()) assignments.push_back(std::move(a));
  for (auto& a : o.criteria.assignments()) assignments.push_back(std::move(a));
  const std::vector<AssignmentError> date_errors = resolve_date_assignments(assignments, schema_for<Request>(), today);

  const Program& program = ctx.program_for_write();
  Request r{};
  r.status = RequestStatus::open;
  r.requested_on = today;
  std::vector<AssignmentError> errors = apply_assignments(r, assignments, program.settings);
  errors.insert(errors.end(), date_errors.begin(), date_errors.end());
  if (errors.empty()) {
    const ActivityType* type = program.settings.type(r.type);
    if (type != nullptr && type->kind == ActivityKind::give)
      errors.push_back({assignments[0].text, fmt::format("{} is a give; a request asks an advocate for something, "
                                                         "so its type is an ask type",
                                                         type->name)});
    if (r.needed_by && r.needed_by < today)
      errors.push_back({"--needed-by " + o.needed_by,
                        fmt::format("needed by {}, before it is requested ({})", r.needed_by.str(), today.str())});
  }
  if (!errors.empty()) refuse_assignments(ctx, errors);
  if (has_number(r.opportunity.amount) && r.opportunity.currency.empty())
    r.opportunity.currency = Sym(program.settings.currency);

  r.id = Sym(new_request_id(ctx, program, r));
  const std::string file = fmt::format("requests/{}.yaml", r.id.view());
  ctx.write(file, write_record(r));
  ctx.out() << r.id.view() << '\n';
  ctx.note("created " + ctx.display(file));
  ctx.describe_change(fmt::format("request new: {}", r.id.view()));
  return 0;
}

}  // namespace

Runner setup_request_new(CommandOptions& app) {
  auto o = std::make_shared<RequestNewOptions>();
  app.add_option("--type", o->type, "Activity type asked for (an ask type of advo.toml)")
      .required()
      .value_name("TYPE");
  app.add_option("--by", o->by, "Who asks (the seller), recorded as requested_by").required().value_name("WHO");
  app.add_option("--needed-by", o->needed_by, "Date it is needed by: YYYY-MM-DD, +Nd for N days from today, friday …")
      .value_name("DATE");
  o->fields.add_to(app);
  o->criteria.add_to(app);
  return [o](Context& ctx) { return run_request_new(ctx, *o); };
}

}  // namespace advo::cli
