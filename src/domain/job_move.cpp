// A job change: the alumni record at the old company and the new record at
// the new one (see job_move.hpp for what carries over).
#include "advo/domain/job_move.hpp"

#include <algorithm>

#include "advo/domain/schema.hpp"

namespace advo {

JobMovePlan plan_job_move(const Advocate& advocate, const JobMove& move, std::string_view new_id) {
  JobMovePlan plan;
  plan.old_record = advocate;
  plan.old_record.stage = Stage::alumni;
  plan.old_record.stage_on = move.on;
  plan.old_record.moved_to = Sym(new_id);

  Advocate& a = plan.new_record;
  a.id = Sym(new_id);
  a.name = advocate.name;
  a.title = move.title;
  a.company = move.company;
  a.email = move.email;
  a.phone = advocate.phone;
  a.region = advocate.region;
  a.country = advocate.country;
  a.languages = advocate.languages;
  a.persona = advocate.persona;
  a.topics = advocate.topics;
  a.activities = advocate.activities;
  a.stage = move.keep_stage && advocate.stage != Stage::none ? advocate.stage : Stage::nominated;
  a.stage_on = move.on;
  a.nominated.by = advocate.nominated.by;
  a.nominated.source = advocate.nominated.source;
  a.nominated.on = move.on;
  a.moved_from = advocate.id;
  a.limits = advocate.limits;
  std::vector<Window> windows;  // the ones not over by the day
  for (const Window& w : advocate.unavailable)
    if (!w.to.valid() || !(w.to < move.on)) windows.push_back(w);
  a.unavailable = WindowList(windows);
  a.do_not_contact = advocate.do_not_contact;
  a.tags = advocate.tags;
  a.notes = advocate.notes;

  for (size_t s = 0; s < kScopeCount; ++s)
    if (advocate.consent[s].granted.valid()) plan.dropped_consents.emplace_back(to_string(static_cast<Scope>(s)));
  return plan;
}

namespace {

std::vector<const Advocate*> follow_job_links(const Program& program, const Advocate& advocate, Sym Advocate::*link) {
  std::vector<const Advocate*> out;
  const Advocate* at = &advocate;
  while (!(at->*link).empty()) {
    const Advocate* next = program.find_advocate((at->*link).view());
    if (next == nullptr || next == &advocate || std::find(out.begin(), out.end(), next) != out.end()) break;
    out.push_back(next);
    at = next;
  }
  return out;
}

}  // namespace

std::vector<const Advocate*> earlier_records(const Program& program, const Advocate& advocate) {
  return follow_job_links(program, advocate, &Advocate::moved_from);
}

std::vector<const Advocate*> later_records(const Program& program, const Advocate& advocate) {
  return follow_job_links(program, advocate, &Advocate::moved_to);
}

}  // namespace advo
