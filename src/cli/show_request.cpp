#include "cli/show_request.hpp"

#include <fmt/format.h>

#include "advo/domain/request_query.hpp"
#include "advo/domain/request_status.hpp"
#include "advo/domain/rest.hpp"
#include "advo/render/record_json.hpp"
#include "advo/render/terminal.hpp"
#include "advo/storage/record_writer.hpp"
#include "cli/availability_text.hpp"

namespace advo::cli {
namespace {

std::string due_text(const Request& r, Date today) {
  if (!r.needed_by || !in_progress(r.status)) return {};
  const int32_t days = r.needed_by - today;
  if (request_overdue(r, today)) return fmt::format("overdue by {} day{}", -days, days == -1 ? "" : "s");
  if (days < 0) return fmt::format("needed {} day{} ago", -days, days == -1 ? "" : "s");
  if (days == 0) return "needed today";
  return fmt::format("needed in {} day{}", days, days == 1 ? "" : "s");
}

std::string assigned_comments(const Program& program, const Request& r, Date today) {
  std::string out = fmt::format("# as of {}:\n", today.str());
  const std::string due = due_text(r, today);
  if (!due.empty()) out += fmt::format("# {}\n", due);
  if (r.advocates.empty()) return out + "# no advocate assigned\n";
  const ActivityType* type = ask_type(program.settings, r.type.view());
  if (type == nullptr) return out + fmt::format("# {} is not an ask type of advo.toml\n", r.type.view());
  out += fmt::format("# assigned advocates, for {}:\n", type->name);
  const RestPolicy policy(program.settings);
  for (Sym id : r.advocates) {
    const Advocate* a = program.find_advocate(id.view());
    if (a == nullptr) {
      out += fmt::format("#   {}: no such advocate\n", id.view());
      continue;
    }
    const Availability av = policy.availability(*a, asks_of(program, *a), *type, today);
    if (av.available())
      out += fmt::format("#   {}: available\n", id.view());
    else
      out += fmt::format("#   {}: not available ({}); {}\n", id.view(), reason_codes(av.reasons), next_available_text(av, today));
  }
  return out;
}

Json assigned_json(const Program& program, const Request& r, Date today) {
  Json list = Json::array();
  const ActivityType* type = ask_type(program.settings, r.type.view());
  const RestPolicy policy(program.settings);
  for (Sym id : r.advocates) {
    const Advocate* a = program.find_advocate(id.view());
    if (a != nullptr && type != nullptr) {
      list.push(availability_json(id.view(), type->name, today,
                                  policy.availability(*a, asks_of(program, *a), *type, today)));
      continue;
    }
    Json unknown = Json::object();  // no such advocate, or no rules for the type
    unknown.set("id", id.view());
    unknown.set("type", r.type.view());
    unknown.set("on", Json::date(today));
    unknown.set("available", Json());
    unknown.set("reasons", Json::array());
    unknown.set("next_available", Json());
    list.push(std::move(unknown));
  }
  return list;
}

}  // namespace

void show_request(Context& ctx, const Program& program, const Request& request, const std::string& format) {
  const Date today = ctx.today();
  if (format == "json") {
    Json doc = record_json(request);
    doc.set("overdue", request_overdue(request, today));
    doc.set("assigned", assigned_json(program, request, today));
    ctx.out() << doc.dump() << '\n';
  } else {
    ctx.out() << terminal_safe(write_record(request), /*keep_newlines=*/true)
              << terminal_safe(assigned_comments(program, request, today), /*keep_newlines=*/true);
  }
}

}  // namespace advo::cli
