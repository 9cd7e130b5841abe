// The checks of record contents and their links to each other.
#include <algorithm>
#include <map>
#include <unordered_map>

#include <fmt/format.h>

#include "advo/domain/check.hpp"
#include "advo/domain/engagement_query.hpp"
#include "advo/domain/field_values.hpp"
#include "advo/domain/folding.hpp"
#include "advo/domain/schema.hpp"

namespace advo {
namespace {

template <class R>
void values_of_record(const R& r, const Settings& settings, Findings& out) {
  for (FieldIssue& issue : validate_values(schema_for<R>(), &r, settings))
    out.push_back(Finding{r.origin, std::move(issue.path), issue.item, issue.severity, std::move(issue.code),
                          std::move(issue.message)});
}

template <class R>
void values_of(const std::vector<R>& records, const Settings& settings, Findings& out) {
  for (const R& r : records) values_of_record(r, settings, out);
}

template <class R>
Findings record_findings(const R& r, const Settings& settings) {
  Findings out;
  values_of_record(r, settings, out);
  return out;
}

std::string_view stem_of(std::string_view path) {
  const size_t slash = path.rfind('/');
  std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  if (name.size() > 5 && name.substr(name.size() - 5) == ".yaml") name.remove_suffix(5);
  return name;
}

template <class R>
void ids_of(const Program& program, const std::vector<R>& records, Findings& out) {
  for (size_t i = 0; i < records.size(); ++i) {
    const R& r = records[i];
    if (r.origin.file < program.files.size() && stem_of(program.files[r.origin.file]) != r.id.view())
      out.push_back(Finding{r.origin, "id", -1, Severity::error, "id-mismatch",
                            fmt::format("id '{}' does not match the file name '{}.yaml'", r.id.view(),
                                        stem_of(program.files[r.origin.file]))});
    if (i > 0 && records[i - 1].id == r.id)
      out.push_back(Finding{r.origin, "id", -1, Severity::error, "duplicate-id",
                            fmt::format("duplicate id '{}' (also in {})", r.id.view(),
                                        program.display_path(records[i - 1].origin))});
  }
}

// Whether each id a reference names leads to a record, remembered per kind
// and id: many records name the same few.
struct KnownIds {
  std::unordered_map<uint32_t, bool> of_kind[3];
};

bool leads_somewhere(const Program& program, RefKind ref, std::string_view kind, Sym id) {
  bool found = false;
  switch (ref) {
    case RefKind::advocate:
      found = program.find_advocate(id.view()) != nullptr;
      break;
    case RefKind::story:
      found = program.find_story(id.view()) != nullptr;
      break;
    case RefKind::request:
      found = program.find_request(id.view()) != nullptr;
      break;
    case RefKind::none:
      return true;
  }
  // A record whose file failed to load is reported there, not at every
  // reference to it.
  if (!found) {
    const std::string file = fmt::format("{}s/{}.yaml", kind == "story" ? "storie" : kind, id.view());
    found = std::find(program.files.begin(), program.files.end(), file) != program.files.end();
  }
  return found;
}

void reference(const Program& program, const Origin& origin, std::string path, int item, RefKind ref, Sym id,
               KnownIds& known, Findings& out) {
  if (id.empty()) return;
  std::string_view kind;
  size_t slot = 0;
  switch (ref) {
    case RefKind::advocate:
      kind = "advocate";
      slot = 0;
      break;
    case RefKind::story:
      kind = "story";
      slot = 1;
      break;
    case RefKind::request:
      kind = "request";
      slot = 2;
      break;
    case RefKind::none:
      return;
  }
  const auto [it, fresh] = known.of_kind[slot].try_emplace(id.id(), false);
  if (fresh) it->second = leads_somewhere(program, ref, kind, id);
  if (!it->second)
    out.push_back(Finding{origin, std::move(path), item, Severity::error, "dangling-ref",
                          fmt::format("no {} '{}'", kind, id.view())});
}

template <class R>
void references_of(const Program& program, const std::vector<R>& records, KnownIds& known, Findings& out) {
  const RecordSchema& schema = schema_for<R>();
  for (const R& r : records) {
    for (const FieldDef& f : schema.fields) {
      if (f.ref == RefKind::none) continue;
      if (f.type == FieldType::text) {
        reference(program, r.origin, std::string(f.name), -1, f.ref, field_at<Sym>(&r, f.offset), known, out);
      } else if (f.type == FieldType::text_list) {
        int i = 0;
        for (Sym id : field_at<SymList>(&r, f.offset)) reference(program, r.origin, std::string(f.name), i++, f.ref, id, known, out);
      }
    }
  }
}

}  // namespace

Findings check_record(const Advocate& record, const Settings& settings) { return record_findings(record, settings); }
Findings check_record(const Story& record, const Settings& settings) { return record_findings(record, settings); }
Findings check_record(const Request& record, const Settings& settings) { return record_findings(record, settings); }
Findings check_record(const Engagement& record, const Settings& settings) { return record_findings(record, settings); }

void check_values(const Program& program, Date, Findings& out) {
  values_of(program.advocates, program.settings, out);
  values_of(program.stories, program.settings, out);
  values_of(program.requests, program.settings, out);
  values_of(program.engagements, program.settings, out);
}

void check_ids(const Program& program, Date, Findings& out) {
  ids_of(program, program.advocates, out);
  ids_of(program, program.stories, out);
  ids_of(program, program.requests, out);
  // Engagement ids are unique across all month files (equal ids have the
  // same canonical handle).
  std::unordered_map<uint32_t, const Engagement*> seen;
  seen.reserve(program.engagements.size());
  for (const Engagement& e : program.engagements) {
    auto [it, fresh] = seen.emplace(e.id.id(), &e);
    if (!fresh)
      out.push_back(Finding{e.origin, "id", -1, Severity::error, "duplicate-id",
                            fmt::format("duplicate id '{}' (also in {})", e.id.view(),
                                        program.display_path(it->second->origin))});
  }
}

void check_references(const Program& program, Date, Findings& out) {
  KnownIds known;
  references_of(program, program.stories, known, out);
  references_of(program, program.requests, known, out);
  references_of(program, program.engagements, known, out);
}

void check_months(const Program& program, Date, Findings& out) {
  for (const Engagement& e : program.engagements) {
    if (!e.date || e.origin.file >= program.files.size()) continue;
    const std::string_view month = stem_of(program.files[e.origin.file]);
    if (e.date.month_key() != month)
      out.push_back(Finding{e.origin, "date", -1, Severity::error, "wrong-month",
                            fmt::format("engagement of {} belongs in engagements/{}.yaml", e.date.str(),
                                        e.date.month_key())});
  }
}

void check_past_scheduled(const Program& program, Date today, Findings& out) {
  for (const Engagement& e : program.engagements)
    if (scheduled_in_past(e, today))
      out.push_back(Finding{e.origin, "outcome", -1, Severity::warning, "past-scheduled",
                            fmt::format("still scheduled, but {} has passed; run: advo engagement done {} (it took "
                                        "place) or advo engagement cancel {} (it did not)",
                                        e.date.str(), e.id.view(), e.id.view())});
}

void check_emails(const Program& program, Date, Findings& out) {
  std::map<std::string, const Advocate*> seen;
  for (const Advocate& a : program.advocates) {
    if (a.email.empty()) continue;
    auto [it, fresh] = seen.emplace(lower_ascii(a.email.view()), &a);
    if (!fresh)
      out.push_back(Finding{a.origin, "email", -1, Severity::error, "duplicate-email",
                            fmt::format("e-mail {} is also the e-mail of advocate '{}'", a.email.view(),
                                        it->second->id.view())});
  }
}

}  // namespace advo
