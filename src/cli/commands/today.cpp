// advo today: the manager's morning view, each item with the command that
// deals with it (the domain names the action, this file writes it as the
// command line advo-today(1) shows); a long section shows its first few
// items and the command that lists them all.
#include <fmt/format.h>

#include "advo/domain/today_view.hpp"
#include "advo/render/json.hpp"
#include "advo/render/report_text.hpp"
#include "advo/render/terminal.hpp"
#include "advo/render/wrap.hpp"
#include "cli/command.hpp"

namespace advo::cli {
namespace {

std::string days_text(int64_t days) { return fmt::format("{} day{}", days, days == 1 ? "" : "s"); }

// The window of a deadline in words: "72 hours" up to three days, as a
// deadline is said, else "N days".
std::string deadline_text(int64_t days) {
  if (days <= 3) return fmt::format("{} hours", days * 24);
  return days_text(days);
}

std::string heading(TodayKind k, const TodayWindows& w) {
  switch (k) {
    case TodayKind::request_overdue: return "Requests overdue";
    case TodayKind::request_due: return "Requests due within " + deadline_text(w.due_within_days);
    case TodayKind::request_unmatched: return "Open requests not matched yet";
    case TodayKind::engagement_unrecorded: return "Engagements still scheduled after their day";
    case TodayKind::nomination_aging: return "Nominations waiting for triage";
    case TodayKind::off_rest: return "Coming off rest within " + days_text(w.off_rest_within_days);
    case TodayKind::profile_stale: return "Profiles gone stale";
    case TodayKind::consent_expiring: return "Consents expiring";
    case TodayKind::story_expiring: return "Story approvals expiring";
    case TodayKind::story_expired: return "Expired stories still published";
  }
  return "";
}

// The command that lists every item of a kind, for a section cut short.
std::string_view list_all_command(TodayKind k) {
  switch (k) {
    case TodayKind::request_unmatched: return "advo requests status:open";
    case TodayKind::nomination_aging: return "advo advocates aging:true";
    case TodayKind::profile_stale: return "advo advocates stale:true stage:active";
    case TodayKind::story_expiring: return "advo stories expiring:true";
    case TodayKind::story_expired: return "advo stories expired:true status:published";
    case TodayKind::request_overdue:
    case TodayKind::request_due:
    case TodayKind::engagement_unrecorded:
    case TodayKind::off_rest:
    case TodayKind::consent_expiring: break;
  }
  return "advo today --all";
}

// The advo command line that carries out `a`; YYYY-MM-DD stands for a day
// the manager fills in.
std::string today_action_command(const TodayAction& a) {
  switch (a.kind) {
    case TodayActionKind::match_request: return fmt::format("advo match {}", a.id);
    case TodayActionKind::log_engagement: return fmt::format("advo log {} {} --request {}", a.advocate, a.type, a.id);
    case TodayActionKind::close_request: return fmt::format("advo request close {} --status fulfilled", a.id);
    case TodayActionKind::engagement_done: return fmt::format("advo engagement done {}", a.id);
    case TodayActionKind::engagement_cancel: return fmt::format("advo engagement cancel {}", a.id);
    case TodayActionKind::show_rest: return fmt::format("advo rest {}", a.id);
    case TodayActionKind::qualify_nomination: return fmt::format("advo stage {} qualified", a.id);
    case TodayActionKind::verify_profile: return fmt::format("advo verify {}", a.id);
    case TodayActionKind::edit_advocate: return fmt::format("advo edit {}", a.id);
    case TodayActionKind::renew_story_approval: return fmt::format("advo story set {} expires_on=YYYY-MM-DD", a.id);
    case TodayActionKind::retire_story: return fmt::format("advo story status {} retired", a.id);
  }
  return "";
}

// The item's message, with the other way out when there is one.
std::string today_message(const TodayItem& i) {
  if (!i.otherwise) return i.message;
  return fmt::format("{}; if it did not take place: {}", i.message, today_action_command(*i.otherwise));
}

// Who or what an item is about, as the reader knows it: an advocate by
// name and company; a request, engagement or story by its id (the
// command below the item always gives the id).
std::string today_subject(const Program& program, const TodayItem& i) {
  switch (i.kind) {
    case TodayKind::nomination_aging:
    case TodayKind::off_rest:
    case TodayKind::profile_stale:
    case TodayKind::consent_expiring:
      if (const Advocate* a = program.find_advocate(i.id)) return advocate_text(*a);
      break;
    default:
      break;
  }
  return i.id;
}

int run_today(Context& ctx, const std::string& format, bool all) {
  const Program& program = ctx.program();
  const Date today = ctx.today();
  const std::vector<TodayItem> items = morning_view(program, today);
  if (format == "json") {
    Json list = Json::array();
    for (const TodayItem& i : items) {
      Json o = Json::object();
      o.set("kind", to_string(i.kind));
      o.set("id", i.id);
      o.set("date", Json::date(i.date));
      o.set("message", today_message(i));
      o.set("command", today_action_command(i.action));
      list.push(std::move(o));
    }
    Json out = Json::object();
    out.set("program", program.settings.name);
    out.set("today", Json::date(today));
    out.set("items", std::move(list));
    ctx.out() << out.dump() << '\n';
    return 0;
  }
  if (items.empty()) {
    ctx.out() << fmt::format("Nothing needs doing on {}.\n", today.str());
    return 0;
  }
  // Text wraps at 100 columns at most, however wide the terminal: lines
  // stay readable.
  const size_t width = std::min<size_t>(ctx.width(), 100);
  const TodayWindows& windows = program.settings.today;
  std::string out;
  for (size_t start = 0; start < items.size();) {
    size_t end = start;
    while (end < items.size() && items[end].kind == items[start].kind) ++end;
    const size_t count = end - start;
    const size_t shown = all ? count : std::min<size_t>(count, static_cast<size_t>(windows.items_per_section));
    out += fmt::format("{}{} ({})\n", start == 0 ? "" : "\n", heading(items[start].kind, windows), count);
    for (size_t i = start; i < start + shown; ++i) {
      out += wrap_phrases(fmt::format("{}: {}", terminal_safe(today_subject(program, items[i])),
                                       terminal_safe(today_message(items[i]))),
                          width, 2, 6);
      out += "    " + ctx.style().paint(today_action_command(items[i].action), Color::bold) + "\n";
    }
    if (shown < count)
      out += fmt::format("  …and {} more: {}\n", count - shown,
                         ctx.style().paint(list_all_command(items[start].kind), Color::bold));
    start = end;
  }
  ctx.out() << out;
  return 0;
}

}  // namespace

Runner setup_today(CommandOptions& app) {
  auto format = std::make_shared<std::string>();
  auto all = std::make_shared<bool>(false);
  add_format_option(app, *format, {"table", "json"});
  app.add_flag("--all", *all, "List every item of each section, not the first few");
  return [format, all](Context& ctx) { return run_today(ctx, *format, *all); };
}

}  // namespace advo::cli
