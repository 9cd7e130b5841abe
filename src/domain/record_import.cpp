#include "advo/domain/record_import.hpp"

#include <charconv>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include <fmt/format.h>

#include "advo/domain/assignment.hpp"
#include "advo/domain/duplicates.hpp"
#include "advo/domain/field_values.hpp"
#include "advo/domain/folding.hpp"
#include "advo/domain/ids.hpp"
#include "advo/domain/pipeline.hpp"
#include "advo/domain/suggest.hpp"

namespace advo {
namespace {

size_t column_of(const std::string& assignment_text) {
  size_t column = 0;
  std::from_chars(assignment_text.data(), assignment_text.data() + assignment_text.size(), column);
  return column;
}

// Notes with the lines added that they do not hold yet.
Sym with_note_lines(Sym notes, const std::vector<std::string>& lines) {
  std::string text = notes.str();
  for (const std::string& line : lines) {
    if (text.find(line) != std::string::npos) continue;
    if (!text.empty()) text += '\n';
    text += line;
  }
  return Sym(text);
}

// Field paths whose values differ between two records.
std::vector<std::string> changed_fields(const RecordSchema& schema, const void* a, const void* b) {
  std::vector<std::string> out;
  for (const std::string& path : field_paths(schema)) {
    const auto r = resolve_path(schema, path);
    const FieldDef& def = *r->def;
    bool same = true;
    if (def.type == FieldType::text_list)
      same = field_at<SymList>(a, r->offset) == field_at<SymList>(b, r->offset);
    else if (def.type == FieldType::windows)
      same = field_at<WindowList>(a, r->offset) == field_at<WindowList>(b, r->offset);
    else
      same = scalar_text(def, a, r->offset) == scalar_text(def, b, r->offset);
    if (!same) out.push_back(path);
  }
  return out;
}

// What differs between record types.
template <class R>
struct Kind;

template <>
struct Kind<Advocate> {
  static constexpr std::string_view noun = "advocate";
  static const std::vector<Advocate>& records(const Program& p) { return p.advocates; }
  static std::string slug(const Advocate& a) { return advocate_slug(a.name.view(), a.company.view()); }
  static std::string describe(const Advocate& a) { return fmt::format("{}, {}", a.name.view(), a.company.view()); }
  template <class Mapped>
  static void defaults(Advocate& a, Date today, const Mapped& mapped) {
    if (a.stage == Stage::none) a.stage = Stage::nominated;
    if (!mapped("stage_on")) a.stage_on = today;
    if (!mapped("nominated.date")) a.nominated.on = today;
  }
};

template <>
struct Kind<Story> {
  static constexpr std::string_view noun = "story";
  static const std::vector<Story>& records(const Program& p) { return p.stories; }
  static std::string slug(const Story& s) { return story_slug(s.title.view()); }
  static std::string describe(const Story& s) { return s.title.str(); }
  template <class Mapped>
  static void defaults(Story& s, Date, const Mapped&) {
    if (s.status == StoryStatus::none) s.status = StoryStatus::draft;
  }
};

template <>
struct Kind<Request> {
  static constexpr std::string_view noun = "request";
  static const std::vector<Request>& records(const Program& p) { return p.requests; }
  static std::string slug(const Request& r) {
    return request_slug(r.requested_on.str(), r.opportunity.account.view(), r.type.view());
  }
  static std::string describe(const Request& r) {
    const std::string_view account = r.opportunity.account.empty() ? r.opportunity.id.view() : r.opportunity.account.view();
    return account.empty() ? fmt::format("{} by {}", r.type.view(), r.requested_by.view())
                           : fmt::format("{} for {}", r.type.view(), account);
  }
  template <class Mapped>
  static void defaults(Request& r, Date today, const Mapped&) {
    if (r.status == RequestStatus::none) r.status = RequestStatus::open;
    if (!r.requested_on) r.requested_on = today;
  }
};

template <class R>
class Importer {
 public:
  Importer(const Program& program, const ImportSheet& sheet, const ImportOptions& options)
      : program_(program), sheet_(sheet), options_(options), schema_(schema_for<R>()), mapped_(sheet.field_columns) {
    for (const R& r : Kind<R>::records(program_))
      for (DuplicateKey& k : duplicate_keys(r)) existing_.emplace(std::move(k.key), &r);
    rules_.values_in_use = [this](std::string_view path) { return values_in_use(path); };
    rules_.exists = [this](RefKind kind, std::string_view id) { return names_record(program_, kind, id); };
  }

  ImportPlan<R> run() {
    for (const ImportRow& row : sheet_.rows) plan_.rows.push_back(row.unreadable ? unreadable(row) : plan_row(row));
    return std::move(plan_);
  }

 private:
  static RowOutcome unreadable(const ImportRow& row) {
    RowOutcome out;
    out.row = row.row;
    out.action = RowAction::invalid;
    out.problems = row.problems;
    return out;
  }

  std::vector<RowProblem> problems_of(const std::vector<AssignmentError>& errors) const {
    std::vector<RowProblem> out;
    for (const AssignmentError& e : errors) out.push_back({column_of(e.assignment), e.message});
    return out;
  }

  // The distinct items the program's records of this kind hold in a list
  // field, found once per field.
  std::vector<std::string> values_in_use(std::string_view path) {
    auto [it, added] = in_use_.try_emplace(std::string(path));
    if (!added) return it->second;
    const auto resolved = resolve_path(schema_, path);
    if (!resolved || resolved->def->type != FieldType::text_list) return {};
    std::set<std::string> seen;
    for (const R& r : Kind<R>::records(program_))
      for (Sym item : field_at<SymList>(&r, resolved->offset))
        if (seen.insert(item.str()).second) it->second.push_back(item.str());
    return it->second;
  }

  RowOutcome invalid(RowOutcome out, std::vector<RowProblem> problems) {
    out.action = RowAction::invalid;
    out.id.clear();
    out.detail.clear();
    out.problems = std::move(problems);
    return out;
  }

  RowOutcome plan_row(const ImportRow& row) {
    RowOutcome out;
    out.row = row.row;
    ImportRow values = row;

    // The row as a record on its own, to find what it duplicates.
    R candidate{};
    const auto candidate_errors = apply_assignments_in_place(schema_, &candidate, values.assignments,
                                                             program_.settings, rules_);
    if (!values.id.empty()) {
      if (valid_id(values.id))
        candidate.id = Sym(values.id);
      else
        values.problems.push_back({values.id_column, fmt::format("invalid id '{}' (lower-case letters, digits and "
                                                                 "'-', at most {} characters)",
                                                                 values.id, kMaxIdLength)});
    }
    // As it would be created: a request without a date is today's.
    defaults(candidate);
    const std::vector<DuplicateKey> keys = duplicate_keys(candidate);
    for (const DuplicateKey& k : keys)
      if (auto it = seen_.find(k.key); it != seen_.end()) {
        out.action = RowAction::skip;
        out.id = it->second.second;
        out.detail = fmt::format("same {} as row {} ({})", Kind<R>::noun, it->second.first, k.what);
        return out;
      }
    for (const DuplicateKey& k : keys)
      if (auto it = existing_.find(k.key); it != existing_.end())
        return options_.update ? update_row(std::move(out), *it->second, values) : skip_existing(std::move(out), *it->second, k.what);

    std::vector<RowProblem> problems = std::move(values.problems);
    for (RowProblem& p : problems_of(candidate_errors)) problems.push_back(std::move(p));
    return create_row(std::move(out), std::move(candidate), values, std::move(problems));
  }

  void defaults(R& record) const {
    Kind<R>::defaults(record, options_.today, [this](std::string_view path) { return mapped_.count(std::string(path)) > 0; });
  }

  static void sort_problems(std::vector<RowProblem>& problems) {
    std::stable_sort(problems.begin(), problems.end(),
                     [](const RowProblem& a, const RowProblem& b) { return a.column < b.column; });
  }

  RowOutcome skip_existing(RowOutcome out, const R& existing, std::string_view what) {
    out.action = RowAction::skip;
    out.id = existing.id.str();
    out.detail = fmt::format("already there ({})", what);
    return out;
  }

  // A new record from the row; `problems` are those found so far.
  RowOutcome create_row(RowOutcome out, R record, const ImportRow& values, std::vector<RowProblem> problems) {
    if (!values.note_lines.empty()) record.notes = with_note_lines(record.notes, values.note_lines);
    for (const FieldDef& f : schema_.fields) {
      // A value the row gives but that is invalid is reported already.
      const bool given = values.given.count(std::string(f.name)) > 0;
      if (!f.required || f.name == "id" || given || !is_empty_value(f, &record, f.offset)) continue;
      const auto it = mapped_.find(std::string(f.name));
      if (it != mapped_.end())
        problems.push_back({it->second, fmt::format("{} is required for a new {}; the cell is empty", f.name, Kind<R>::noun)});
      else
        problems.push_back({0, fmt::format("{} is required for a new {} and no column gives it (map one with --map "
                                           "COLUMN={})",
                                           f.name, Kind<R>::noun, f.name)});
    }
    if (!problems.empty()) {
      sort_problems(problems);
      return invalid(std::move(out), std::move(problems));
    }
    if (record.id.empty())
      record.id = Sym(unique_id(Kind<R>::slug(record), [this](std::string_view id) {
        return existing_.count(fmt::format("id\x1f{}", id)) > 0 || seen_.count(fmt::format("id\x1f{}", id)) > 0;
      }));
    out.action = RowAction::create;
    out.id = record.id.str();
    out.detail = Kind<R>::describe(record);
    remember(record, out.row);
    plan_.created.push_back(std::move(record));
    return out;
  }

  RowOutcome update_row(RowOutcome out, const R& before, const ImportRow& values) {
    R after = before;
    std::vector<RowProblem> problems = values.problems;
    for (RowProblem& p : problems_of(apply_assignments(after, values.assignments, program_.settings, rules_)))
      problems.push_back(std::move(p));
    if (problems.empty()) check_update(before, after, values, problems);
    if (!problems.empty()) {
      sort_problems(problems);
      return invalid(std::move(out), std::move(problems));
    }
    if (!values.note_lines.empty()) after.notes = with_note_lines(after.notes, values.note_lines);
    remember(before, out.row);
    remember(after, out.row);
    out.id = before.id.str();
    const std::vector<std::string> changed = changed_fields(schema_, &before, &after);
    if (changed.empty()) {
      out.action = RowAction::skip;
      out.detail = "nothing to change";
      return out;
    }
    out.action = RowAction::update;
    std::string detail;
    for (const std::string& f : changed) detail += (detail.empty() ? "" : ", ") + f;
    out.detail = std::move(detail);
    plan_.updated.push_back(std::move(after));
    return out;
  }

  // Rules of the record type that an update must keep.
  void check_update(const R& before, R& after, const ImportRow& values, std::vector<RowProblem>& problems);

  void remember(const R& record, size_t row) {
    for (DuplicateKey& k : duplicate_keys(record)) seen_.emplace(std::move(k.key), std::make_pair(row, record.id.str()));
  }

  const Program& program_;
  const ImportSheet& sheet_;
  const ImportOptions& options_;
  const RecordSchema& schema_;
  AssignmentRules rules_;
  const std::unordered_map<std::string, size_t>& mapped_;  // field → 1-based column
  std::unordered_map<std::string, const R*> existing_;     // duplicate key → record of the program
  std::unordered_map<std::string, std::pair<size_t, std::string>> seen_;  // key → row and id
  std::unordered_map<std::string, std::vector<std::string>> in_use_;     // list field → items held
  ImportPlan<R> plan_;
};

template <>
void Importer<Advocate>::check_update(const Advocate& before, Advocate& after, const ImportRow& values,
                                      std::vector<RowProblem>& problems) {
  if (after.stage != before.stage) {
    const size_t column = mapped_.at("stage");
    if (!can_move(before.stage, after.stage)) {
      std::string allowed;
      for (Stage s : allowed_moves(before.stage)) allowed += (allowed.empty() ? "" : ", ") + std::string(to_string(s));
      problems.push_back({column, fmt::format("an advocate cannot move from {} to {} (allowed: {})",
                                              to_string(before.stage), to_string(after.stage), allowed)});
    } else if (values.given.count("stage_on") == 0) {
      after.stage_on = options_.today;
    }
  }
  if (after.email != before.email && !after.email.empty()) {
    const std::string key = fmt::format("email\x1f{}", lower_ascii(after.email.view()));
    const auto other = existing_.find(key);
    const auto earlier = seen_.find(key);
    std::string owner;
    if (other != existing_.end() && other->second->id != before.id) owner = other->second->id.str();
    else if (earlier != seen_.end() && earlier->second.second != before.id.view()) owner = earlier->second.second;
    if (!owner.empty())
      problems.push_back({mapped_.at("email"), fmt::format("{} is already the e-mail address of advocate '{}'",
                                                           after.email.view(), owner)});
  }
}

template <>
void Importer<Story>::check_update(const Story&, Story&, const ImportRow&, std::vector<RowProblem>&) {}

template <>
void Importer<Request>::check_update(const Request&, Request&, const ImportRow&, std::vector<RowProblem>&) {}

}  // namespace

template <class R>
ImportPlan<R> plan_import(const Program& program, const ImportSheet& sheet, const ImportOptions& options) {
  return Importer<R>(program, sheet, options).run();
}

template ImportPlan<Advocate> plan_import<Advocate>(const Program&, const ImportSheet&, const ImportOptions&);
template ImportPlan<Story> plan_import<Story>(const Program&, const ImportSheet&, const ImportOptions&);
template ImportPlan<Request> plan_import<Request>(const Program&, const ImportSheet&, const ImportOptions&);

}  // namespace advo
