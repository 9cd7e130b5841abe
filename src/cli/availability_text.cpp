#include "cli/availability_text.hpp"

#include <fmt/format.h>

#include "advo/render/terminal.hpp"

namespace advo::cli {
namespace {

std::string code_list(const std::vector<RestReason>& reasons) {
  std::string out;
  for (size_t i = 0; i < reasons.size(); ++i) {
    if (i > 0) out += i + 1 == reasons.size() ? " and " : ", ";
    out += to_string(reasons[i].code);
  }
  return out;
}

std::string after_last_day_text() { return "after " + last_calendar_day().str(); }

std::string clearing_text(const RestReason& r) {
  if (r.timed()) return "clears on " + r.clears_on.str();
  if (r.after_last_day) return "clears " + after_last_day_text();
  return "does not clear by itself";
}

}  // namespace

std::string next_available_day(const Availability& a) {
  if (a.next_available) return a.next_available.str();
  return a.after_last_day() ? after_last_day_text() : std::string("none");
}

std::string next_available_text(const Availability& a, Date on) {
  if (a.next_available) return "next available: " + a.next_available.str();
  if (a.after_last_day()) return "next available: " + after_last_day_text();
  if (a.blocking.empty()) return "next available: none found";
  const std::string_view verb = a.blocking.size() == 1 ? "does" : "do";
  if (a.blocked_from == on) return fmt::format("next available: none ({} {} not clear by itself)", code_list(a.blocking), verb);
  return fmt::format("next available: none (from {} {} {} and {} not clear by itself)", a.blocked_from.str(),
                     code_list(a.blocking), a.blocking.size() == 1 ? "holds" : "hold", verb);
}

std::string availability_text(std::string_view id, std::string_view type, Date on, const Availability& a) {
  const std::string who = terminal_safe(id);
  const std::string what = terminal_safe(type);
  if (a.available()) return fmt::format("{} is available for {} on {}\n", who, what, on.str());
  std::string out = fmt::format("{} is not available for {} on {}\n", who, what, on.str());
  for (const RestReason& r : a.reasons)
    out += fmt::format("  {}: {}; {}\n", to_string(r.code), terminal_safe(r.message), clearing_text(r));
  out += "  " + next_available_text(a, on) + "\n";
  return out;
}

std::string not_willing_hint(std::string_view id, std::string_view type, const Availability& a) {
  for (const RestReason& r : a.reasons)
    if (r.code == RestCode::not_willing) {
      const std::string who = terminal_safe(id);
      const std::string what = terminal_safe(type);
      return fmt::format("  if {} has agreed to do {}: advo set {} activities+={}\n", who, what, who, what);
    }
  return {};
}

bool breaks_other_than_not_willing(const Availability& a) {
  for (const RestReason& r : a.reasons)
    if (r.code != RestCode::not_willing) return true;
  return false;
}

std::string reason_codes(const std::vector<RestReason>& reasons) {
  std::string out;
  for (const RestReason& r : reasons) out += (out.empty() ? "" : ", ") + std::string(to_string(r.code));
  return out;
}

std::string reasons_cell(const Availability& a) {
  std::string out;
  for (const RestReason& r : a.reasons) {
    if (!out.empty()) out += ", ";
    out += to_string(r.code);
    if (r.timed()) out += " " + r.clears_on.str();
    if (r.after_last_day) out += " " + after_last_day_text();
  }
  return out;
}

Json rest_reasons_json(std::span<const RestReason> reasons) {
  Json out = Json::array();
  for (const RestReason& r : reasons) {
    Json item = Json::object();
    item.set("code", to_string(r.code));
    item.set("message", r.message);
    item.set("clears_on", Json::date(r.clears_on));
    if (r.after_last_day) item.set("clears_after", last_calendar_day().str());
    out.push(std::move(item));
  }
  return out;
}

Json availability_json(std::string_view id, std::string_view type, Date on, const Availability& a) {
  Json reasons = rest_reasons_json(a.reasons);
  Json doc = Json::object();
  doc.set("id", id);
  doc.set("type", type);
  doc.set("on", Json::date(on));
  doc.set("available", a.available());
  doc.set("reasons", std::move(reasons));
  doc.set("next_available", Json::date(a.next_available));
  if (a.after_last_day()) doc.set("next_available_after", last_calendar_day().str());
  return doc;
}

}  // namespace advo::cli
