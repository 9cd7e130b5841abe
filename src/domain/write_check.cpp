// The errors a write adds (write_check.hpp): the records a change can
// involve are gathered from the indexes of the program as loaded, put into
// two small programs — before and after the change — and both are checked.
#include "advo/domain/write_check.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <string_view>
#include <tuple>
#include <unordered_map>

#include "advo/domain/check.hpp"
#include "advo/domain/folding.hpp"

namespace advo {

bool same_engagement(const Engagement& a, const Engagement& b) {
  return a.id == b.id && a.date == b.date && a.advocate == b.advocate && a.type == b.type && a.outcome == b.outcome &&
         a.request == b.request && a.story == b.story && a.logged_by == b.logged_by &&
         a.override_reason == b.override_reason && a.notes == b.notes;
}

namespace {

using Ids = std::set<std::string_view>;

std::string_view folder_of(std::string_view relative) {
  const size_t slash = relative.find('/');
  return slash == std::string_view::npos ? std::string_view() : relative.substr(0, slash);
}

std::string_view stem_of_file(std::string_view relative) {
  const size_t slash = relative.rfind('/');
  std::string_view name = slash == std::string_view::npos ? relative : relative.substr(slash + 1);
  const size_t dot = name.rfind('.');
  return dot == std::string_view::npos ? name : name.substr(0, dot);
}

// A record as before and as after the change (either may be missing).
template <class R>
struct Versions {
  const R* before = nullptr;
  const R* after = nullptr;
  const std::string* after_file = nullptr;  // the file `after` is in
};

template <class R>
using Seeds = std::map<std::string_view, Versions<R>>;

struct Gathered {
  // Changed files: index in the program's files (UINT32_MAX for a new file).
  std::vector<uint32_t> changed_files;
  Seeds<Advocate> advocates;
  Seeds<Story> stories;
  Seeds<Request> requests;
  Seeds<Engagement> engagements;
  // The records to check besides the seeds, by id (engagements by record).
  Ids advocate_ids, story_ids, request_ids;
  std::set<const Engagement*> engagements_before;
  Ids engagement_ids;
  Ids used_stories;  // stories whose every use is checked
};

bool changed_file(const Gathered& g, uint32_t file) {
  return std::find(g.changed_files.begin(), g.changed_files.end(), file) != g.changed_files.end();
}

uint32_t file_index(const Program& p, const std::string& relative) {
  const auto it = std::find(p.files.begin(), p.files.end(), relative);
  return it == p.files.end() ? UINT32_MAX : static_cast<uint32_t>(it - p.files.begin());
}

template <class R>
void seed_single(Seeds<R>& seeds, const R* old_record, const std::vector<R>& records, const std::string& file) {
  if (old_record != nullptr) seeds[old_record->id.view()].before = old_record;
  for (const R& r : records) {
    seeds[r.id.view()].after = &r;
    seeds[r.id.view()].after_file = &file;
  }
}

using MonthSeeds = std::unordered_map<std::string_view, Versions<Engagement>>;

// The old entries of a month file: those dated in its month (the log is
// sorted by date), and any other entry the new text names that was in this
// file (one dated in another month).
void old_month_entries(const Program& p, uint32_t file, const FileAfterWrite& change, MonthSeeds& seeds) {
  if (file == UINT32_MAX) return;
  if (auto first = Date::parse(std::string(stem_of_file(change.relative)) + "-01")) {
    const Date next = add_months(*first, 1);
    auto it = std::lower_bound(p.engagements.begin(), p.engagements.end(), *first,
                               [](const Engagement& e, Date d) { return e.date < d; });
    for (; it != p.engagements.end() && it->date < next; ++it)
      if (it->origin.file == file) seeds[it->id.view()].before = &*it;
  }
  for (const Engagement& e : change.engagements)
    if (seeds.count(e.id.view()) == 0)
      if (const Engagement* was = p.find_engagement(e.id.view()); was != nullptr && was->origin.file == file)
        seeds[was->id.view()].before = was;
}

// Who and what a change is about (the seeds), from the changed files.
void find_seeds(const Program& p, const std::vector<FileAfterWrite>& changes, Gathered& g) {
  for (const FileAfterWrite& change : changes) {
    const uint32_t file = file_index(p, change.relative);
    g.changed_files.push_back(file);
    const std::string_view folder = folder_of(change.relative);
    const std::string_view stem = stem_of_file(change.relative);
    auto in_file = [&](const auto* r) { return r != nullptr && r->origin.file == file ? r : nullptr; };
    if (folder == "advocates")
      seed_single(g.advocates, in_file(p.find_advocate(stem)), change.advocates, change.relative);
    if (folder == "stories") seed_single(g.stories, in_file(p.find_story(stem)), change.stories, change.relative);
    if (folder == "requests")
      seed_single(g.requests, in_file(p.find_request(stem)), change.requests, change.relative);
    if (folder == "engagements") {
      MonthSeeds month;
      month.reserve(change.engagements.size() + 16);
      old_month_entries(p, file, change, month);
      for (const Engagement& e : change.engagements) month[e.id.view()].after = &e;
      for (const auto& [id, v] : month) {
        // An entry rewritten as it was, in the file it was in, changes nothing.
        if (v.before != nullptr && v.after != nullptr && same_engagement(*v.before, *v.after)) continue;
        Versions<Engagement>& seed = g.engagements[id];
        if (v.before != nullptr) seed.before = v.before;
        if (v.after != nullptr) {
          seed.after = v.after;
          seed.after_file = &change.relative;
        }
      }
    }
  }
}

void add_engagements_of(const Program& p, std::string_view advocate, Gathered& g) {
  g.advocate_ids.insert(advocate);
  for (uint32_t i : p.engagements_of_id(advocate)) g.engagements_before.insert(&p.engagements[i]);
}

void add_story_shallow(const Program& p, std::string_view id, Gathered& g) {
  if (id.empty()) return;
  g.story_ids.insert(id);
  if (const Story* s = p.find_story(id))
    for (Sym a : s->advocates) g.advocate_ids.insert(a.view());
}

// A story whose usability may change: it, its featured advocates, and
// (add_story_users, once for all of them) every request and engagement
// using it.
void add_story_uses(const Program& p, std::string_view id, Gathered& g) {
  add_story_shallow(p, id, g);
  g.used_stories.insert(id);
}

void add_story_users(const Program& p, Gathered& g) {
  if (g.used_stories.empty()) return;
  for (const Request& r : p.requests)
    if (std::any_of(r.stories.begin(), r.stories.end(), [&](Sym s) { return g.used_stories.count(s.view()) > 0; }))
      g.request_ids.insert(r.id.view());
  for (const Engagement& e : p.engagements)
    if (!e.story.empty() && g.used_stories.count(e.story.view()) > 0) g.engagements_before.insert(&e);
}

void gather_advocate(const Program& p, const Versions<Advocate>& v, Gathered& g) {
  std::set<std::string> emails;
  std::string_view id;
  for (const Advocate* a : {v.before, v.after}) {
    if (a == nullptr) continue;
    id = a->id.view();
    if (!a->email.empty()) emails.insert(lower_ascii(a->email.view()));
  }
  add_engagements_of(p, id, g);
  if (!emails.empty())
    for (const Advocate& other : p.advocates)
      if (!other.email.empty() && emails.count(lower_ascii(other.email.view())) > 0) g.advocate_ids.insert(other.id.view());
  for (const Story& s : p.stories)
    if (std::any_of(s.advocates.begin(), s.advocates.end(), [&](Sym a) { return a.view() == id; }))
      add_story_uses(p, s.id.view(), g);
  for (const Request& r : p.requests)
    if (std::any_of(r.advocates.begin(), r.advocates.end(), [&](Sym a) { return a.view() == id; }))
      g.request_ids.insert(r.id.view());
}

void gather_engagement(const Program& p, const Versions<Engagement>& v, Gathered& g) {
  for (const Engagement* e : {v.before, v.after}) {
    if (e == nullptr) continue;
    add_engagements_of(p, e->advocate.view(), g);
    if (!e->request.empty()) g.request_ids.insert(e->request.view());
    add_story_shallow(p, e->story.view(), g);
    if (const Engagement* same_id = p.find_engagement(e->id.view())) g.engagements_before.insert(same_id);
  }
}

void gather_request(const Program& p, const Versions<Request>& v, Gathered& g) {
  for (const Request* r : {v.before, v.after}) {
    if (r == nullptr) continue;
    for (Sym a : r->advocates) g.advocate_ids.insert(a.view());
    for (Sym s : r->stories) add_story_shallow(p, s.view(), g);
  }
  if (v.before != nullptr && v.after == nullptr)  // removed: what pointed at it
    for (const Engagement& e : p.engagements)
      if (e.request == v.before->id) g.engagements_before.insert(&e);
}

void gather(const Program& p, Gathered& g) {
  for (const auto& [id, v] : g.advocates) gather_advocate(p, v, g);
  for (const auto& [id, v] : g.engagements) gather_engagement(p, v, g);
  for (const auto& [id, v] : g.stories) {
    add_story_uses(p, id, g);
    for (const Story* s : {v.before, v.after})
      if (s != nullptr)
        for (Sym a : s->advocates) g.advocate_ids.insert(a.view());
  }
  for (const auto& [id, v] : g.requests) gather_request(p, v, g);
  add_story_users(p, g);
  for (const auto& [id, v] : g.advocates) g.advocate_ids.insert(id);
  for (const auto& [id, v] : g.stories) g.story_ids.insert(id);
  for (const auto& [id, v] : g.requests) g.request_ids.insert(id);
  for (const Engagement* e : g.engagements_before) g.engagement_ids.insert(e->id.view());
  for (const auto& [id, v] : g.engagements) g.engagement_ids.insert(id);
}

// What a finding is about, by record and field.
using Identity = std::tuple<RecordKind, std::string, std::string, std::string, int>;

// A small program of the gathered records, with a table from each
// record's (made-up) origin line to what the record is.
struct Subprogram {
  Program program;
  struct Entry {
    RecordKind kind;
    Sym id;
    const Engagement* engagement;
  };
  std::vector<Entry> entries;
  std::unordered_map<std::string, uint32_t> files;

  template <class R>
  void add(std::vector<R>& into, const R& record, const std::string& file, RecordKind kind) {
    auto [it, fresh] = files.emplace(file, static_cast<uint32_t>(program.files.size()));
    if (fresh) program.files.push_back(file);
    R copy = record;
    copy.origin = Origin{it->second, static_cast<uint32_t>(entries.size() + 1), 1, record.origin.item};
    into.push_back(copy);
    entries.push_back(Entry{kind, record.id, nullptr});
  }
};

template <class R>
void add_records(const Program& p, const Ids& ids, const Seeds<R>& seeds, const std::vector<uint32_t>& changed,
                 bool after, Subprogram& sub, std::vector<R>& into, RecordKind kind) {
  for (std::string_view id : ids) {
    const auto seed = seeds.find(id);
    const R* was = nullptr;
    if (seed != seeds.end()) {
      was = after ? seed->second.after : seed->second.before;
      if (was != nullptr) sub.add(into, *was, after ? *seed->second.after_file : p.files.at(was->origin.file), kind);
      continue;
    }
    const R* r = nullptr;
    if constexpr (std::is_same_v<R, Advocate>) r = p.find_advocate(id);
    else if constexpr (std::is_same_v<R, Story>) r = p.find_story(id);
    else r = p.find_request(id);
    if (r == nullptr) continue;
    if (after && std::find(changed.begin(), changed.end(), r->origin.file) != changed.end()) continue;
    sub.add(into, *r, p.files.at(r->origin.file), kind);
  }
}

Subprogram build(const Program& p, const Gathered& g, const std::vector<FileAfterWrite>& changes, bool after) {
  Subprogram sub;
  sub.program.settings = p.settings;
  sub.program.display_root = p.display_root;
  sub.program.files.push_back(p.files.empty() ? std::string("advo.toml") : p.files[0]);
  sub.files.emplace(sub.program.files[0], 0);
  add_records(p, g.advocate_ids, g.advocates, g.changed_files, after, sub, sub.program.advocates,
              RecordKind::advocate);
  add_records(p, g.story_ids, g.stories, g.changed_files, after, sub, sub.program.stories, RecordKind::story);
  add_records(p, g.request_ids, g.requests, g.changed_files, after, sub, sub.program.requests,
              RecordKind::request);
  auto add_engagement = [&](const Engagement& e, const std::string& file) {
    sub.add(sub.program.engagements, e, file, RecordKind::engagement);
    sub.entries.back().engagement = &e;
  };
  for (const Engagement* e : g.engagements_before) {
    const auto seed = g.engagements.find(e->id.view());
    if (seed != g.engagements.end() && seed->second.before == e) continue;  // added below
    if (after && changed_file(g, e->origin.file)) continue;                   // added below as rewritten
    add_engagement(*e, p.files.at(e->origin.file));
  }
  for (const auto& [id, v] : g.engagements) {
    if (!after && v.before != nullptr) add_engagement(*v.before, p.files.at(v.before->origin.file));
    if (after && v.after != nullptr) add_engagement(*v.after, *v.after_file);
  }
  // Entries of a rewritten file that did not change: as rewritten.
  if (after)
    for (const FileAfterWrite& c : changes)
      for (const Engagement& e : c.engagements)
        if (g.engagements.count(e.id.view()) == 0 && g.engagement_ids.count(e.id.view()) > 0)
          add_engagement(e, c.relative);
  sub.program.build_indexes();
  return sub;
}

struct Judged {
  Identity identity;
  const Finding* finding;
  const Subprogram::Entry* entry;
  std::string file;
};

std::vector<Judged> errors_of(const Subprogram& sub, const Findings& findings) {
  std::vector<Judged> out;
  for (const Finding& f : findings) {
    if (f.severity != Severity::error || f.origin.line == 0 || f.origin.line > sub.entries.size()) continue;
    const Subprogram::Entry& entry = sub.entries[f.origin.line - 1];
    out.push_back(Judged{Identity{entry.kind, std::string(entry.id.view()), f.code, f.path, f.item}, &f, &entry,
                         sub.program.files.at(f.origin.file)});
  }
  return out;
}

}  // namespace

std::vector<AddedError> errors_added(const Program& before, const std::vector<FileAfterWrite>& changes, Date today) {
  Gathered g;
  find_seeds(before, changes, g);
  if (g.advocates.empty() && g.stories.empty() && g.requests.empty() && g.engagements.empty()) return {};
  gather(before, g);
  const Subprogram was = build(before, g, changes, false);
  const Subprogram now = build(before, g, changes, true);
  const Findings found_before = check_program(was.program, today);
  const Findings found_after = check_program(now.program, today);
  std::map<Identity, size_t> old;
  for (const Judged& j : errors_of(was, found_before)) ++old[j.identity];
  std::vector<AddedError> out;
  for (const Judged& j : errors_of(now, found_after)) {
    auto it = old.find(j.identity);
    if (it != old.end() && it->second > 0) {
      --it->second;
      continue;
    }
    AddedError e{j.entry->kind, j.entry->id, j.file, j.finding->code, j.finding->path, j.finding->item,
                 j.finding->message, std::nullopt};
    if (j.entry->engagement != nullptr) e.engagement = *j.entry->engagement;
    out.push_back(std::move(e));
  }
  return out;
}

}  // namespace advo
