#include "advo/domain/forget.hpp"

#include <algorithm>

#include "advo/domain/ids.hpp"

namespace advo {
namespace {

SymList relinked(const SymList& list, Sym from, Sym to) {
  std::vector<Sym> ids = list.to_vector();
  std::replace(ids.begin(), ids.end(), from, to);
  return SymList(ids);
}

// Out of every pool: nobody may ask them again, and they leave the program,
// so no pool, count or reminder takes in the record (a declined nomination
// is out of every pool already and stays what it was).
void leave_pools(Advocate& a, Date today) {
  a.do_not_contact = true;
  if (a.stage != Stage::alumni && a.stage != Stage::declined) {
    a.stage = Stage::alumni;
    a.stage_on = today;
  }
}

// The stories featuring `id`, relinked to `to` (when another id) and, with
// retire, retired; the ids of those not retired are noted. A story that
// needs neither is left out.
void plan_stories(const Program& program, Sym id, Sym to, bool retire, ForgetPlan& plan) {
  for (size_t i = 0; i < program.stories.size(); ++i) {
    if (!contains(program.stories[i].advocates, id)) continue;
    Story s = program.stories[i];
    if (to != id) s.advocates = relinked(s.advocates, id, to);
    if (s.status != StoryStatus::retired) {
      plan.unretired_stories.push_back(s.id.str());
      if (retire) s.status = StoryStatus::retired;
    }
    if (to != id || program.stories[i].status != StoryStatus::retired) plan.stories.emplace_back(i, s);
  }
}

// The records linked to `id` by a job move, relinked to `to`; those not
// forgotten yet are the same person still to forget.
void plan_moves(const Program& program, Sym id, Sym to, ForgetPlan& plan) {
  for (size_t i = 0; i < program.advocates.size(); ++i) {
    const Advocate& other = program.advocates[i];
    if (other.id == id || (other.moved_to != id && other.moved_from != id)) continue;
    if (!is_forgotten(other)) plan.same_person.push_back(other.id.str());
    if (to == id) continue;
    Advocate relinked_record = other;
    if (relinked_record.moved_to == id) relinked_record.moved_to = to;
    if (relinked_record.moved_from == id) relinked_record.moved_from = to;
    plan.moves.emplace_back(i, relinked_record);
  }
}

// Adds `text` to `list`, keeping it distinct and longest first.
void add_value(std::vector<std::string>& list, std::string_view text) {
  if (text.empty()) return;
  const auto longer = [](const std::string& x, std::string_view y) {
    return x.size() != y.size() ? x.size() > y.size() : std::string_view(x) < y;
  };
  const auto at = std::lower_bound(list.begin(), list.end(), text, longer);
  if (at == list.end() || *at != text) list.emplace(at, text);
}

void add_lines(std::vector<std::string>& list, std::string_view text) {
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    start = end + 1;
    const size_t first = line.find_first_not_of(" \t\r");
    if (first == std::string_view::npos) continue;
    line = line.substr(first, line.find_last_not_of(" \t\r") - first + 1);
    if (line.size() >= PersonalValues::kShortestDetail) add_value(list, line);
  }
}

}  // namespace

void PersonalValues::add(const Advocate& advocate) {
  add_value(names, advocate.name.view());
  add_value(contacts, advocate.email.view());
  add_value(contacts, advocate.phone.view());
  add_value(details, advocate.title.view());
  add_lines(details, advocate.notes.view());
  add_lines(details, advocate.nominated.reason.view());
  add_lines(details, advocate.commitment.note.view());
  for (const Window& w : advocate.unavailable.to_vector()) add_lines(details, w.reason.view());
}

bool is_forgotten(const Advocate& advocate) { return advocate.id.view().starts_with(kForgottenId); }

ForgetPlan plan_forget(const Program& program, const Advocate& advocate, Date today, bool retire_stories) {
  ForgetPlan plan;
  plan.old_id = advocate.id.str();
  if (is_forgotten(advocate)) {
    // Already anonymous (forgotten before records left the pools): it
    // only leaves them now.
    plan.new_id = plan.old_id;
    plan.advocate = advocate;
    leave_pools(plan.advocate, today);
    plan_stories(program, advocate.id, advocate.id, retire_stories, plan);
    plan_moves(program, advocate.id, advocate.id, plan);
    return plan;
  }
  plan.new_id = unique_id(kForgottenId, [&](std::string_view id) { return program.find_advocate(id) != nullptr; });
  const Sym from = advocate.id;
  const Sym to(plan.new_id);

  Advocate& a = plan.advocate;
  a = advocate;
  a.id = to;
  // The name is required: the anonymous id stands in for it, unique so two
  // forgotten people never read as duplicates.
  a.name = to;
  auto clear = [&](Sym& field, const char* path) {
    if (field.empty()) return;
    plan.removed.emplace_back(path);
    field = Sym();
  };
  plan.removed.emplace_back("name");
  clear(a.title, "title");
  clear(a.email, "email");
  clear(a.phone, "phone");
  clear(a.notes, "notes");
  clear(a.nominated.reason, "nominated.reason");
  clear(a.commitment.note, "commitment.note");
  std::vector<Window> windows = a.unavailable.to_vector();
  bool window_reasons = false;
  for (Window& w : windows) {
    if (w.reason.empty()) continue;
    w.reason = Sym();
    window_reasons = true;
  }
  if (window_reasons) {
    a.unavailable = WindowList(windows);
    plan.removed.emplace_back("unavailable.reason");
  }
  leave_pools(a, today);

  std::vector<std::string> taken_engagement_ids;
  for (uint32_t i : program.engagements_of(advocate)) {
    Engagement e = program.engagements[i];
    e.advocate = to;
    const std::string id = unique_id(engagement_slug(e.date.str(), plan.new_id, e.type.view()), [&](std::string_view c) {
      return program.find_engagement(c) != nullptr ||
             std::find(taken_engagement_ids.begin(), taken_engagement_ids.end(), c) != taken_engagement_ids.end();
    });
    taken_engagement_ids.push_back(id);
    e.id = Sym(id);
    e.notes = Sym();
    plan.engagements.emplace_back(i, e);
  }
  plan_stories(program, from, to, retire_stories, plan);
  plan_moves(program, from, to, plan);
  for (size_t i = 0; i < program.requests.size(); ++i) {
    if (!contains(program.requests[i].advocates, from)) continue;
    Request r = program.requests[i];
    r.advocates = relinked(r.advocates, from, to);
    plan.requests.emplace_back(i, r);
  }
  return plan;
}

}  // namespace advo
