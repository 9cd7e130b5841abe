#include "advo/domain/schema.hpp"

#include <array>

namespace advo {
namespace {

constexpr std::string_view kStage[] = {"nominated", "qualified", "active", "paused", "alumni", "declined"};
constexpr std::string_view kSegment[] = {"smb", "mid-market", "enterprise"};
constexpr std::string_view kSource[] = {"sales",     "success", "support", "product",
                                        "marketing", "partner", "self"};
constexpr std::string_view kStoryKind[] = {"case-study", "video",         "quote", "blog",
                                           "webinar",    "press-release", "review"};
constexpr std::string_view kStoryStatus[] = {"draft", "in-review", "approved", "published", "retired"};
constexpr std::string_view kRequestStatus[] = {"open",      "matched",     "scheduled",
                                               "fulfilled", "unfulfilled", "cancelled"};
constexpr std::string_view kDeal[] = {"open", "won", "lost"};
constexpr std::string_view kOutcome[] = {"scheduled", "completed", "declined", "no-show", "cancelled"};
constexpr std::string_view kScope[] = {"logo", "name", "quote", "case-study", "video", "press"};

constexpr uint16_t off(size_t o) { return static_cast<uint16_t>(o); }

// --- advocate ---------------------------------------------------------------
constexpr FieldDef kNominationFields[] = {
    {.name = "by", .type = FieldType::text, .offset = off(offsetof(Nomination, by))},
    {.name = "date", .type = FieldType::date, .offset = off(offsetof(Nomination, on)), .former_name = "on"},
    {.name = "source", .type = FieldType::enumeration, .offset = off(offsetof(Nomination, source)), .values = kSource},
    {.name = "reason", .type = FieldType::text, .offset = off(offsetof(Nomination, reason))},
};
constexpr FieldDef kNpsFields[] = {
    {.name = "score", .type = FieldType::integer, .offset = off(offsetof(Nps, score)), .min = 0, .max = 10},
    {.name = "date", .type = FieldType::date, .offset = off(offsetof(Nps, on)), .former_name = "on"},
};
constexpr FieldDef kGrantFields[] = {
    {.name = "granted", .type = FieldType::date, .offset = off(offsetof(Grant, granted)), .required = true},
    {.name = "expires", .type = FieldType::date, .offset = off(offsetof(Grant, expires))},
};
constexpr FieldDef kLimitsFields[] = {
    {.name = "max_per_quarter", .type = FieldType::integer, .offset = off(offsetof(Limits, max_per_quarter)), .min = 0, .max = 1000},
    {.name = "max_per_year", .type = FieldType::integer, .offset = off(offsetof(Limits, max_per_year)), .min = 0, .max = 1000},
};
constexpr FieldDef kWindowFields[] = {
    {.name = "from", .type = FieldType::date, .offset = off(offsetof(Window, from)), .required = true},
    {.name = "to", .type = FieldType::date, .offset = off(offsetof(Window, to)), .required = true},
    {.name = "reason", .type = FieldType::text, .offset = off(offsetof(Window, reason))},
};
constexpr FieldDef kCommitmentFields[] = {
    {.name = "activities", .type = FieldType::text_list, .offset = off(offsetof(Commitment, activities)), .rule = TextRule::activity_type},
    {.name = "until", .type = FieldType::date, .offset = off(offsetof(Commitment, until))},
    {.name = "note", .type = FieldType::text, .offset = off(offsetof(Commitment, note))},
};

#define ADV(member) off(offsetof(Advocate, member))
constexpr FieldDef kAdvocateFields[] = {
    {.name = "id", .type = FieldType::text, .offset = ADV(id), .required = true, .rule = TextRule::id},
    {.name = "name", .type = FieldType::text, .offset = ADV(name), .required = true},
    {.name = "title", .type = FieldType::text, .offset = ADV(title)},
    {.name = "company", .type = FieldType::text, .offset = ADV(company), .required = true},
    {.name = "email", .type = FieldType::text, .offset = ADV(email), .rule = TextRule::email},
    {.name = "phone", .type = FieldType::text, .offset = ADV(phone)},
    {.name = "account_owner", .type = FieldType::text, .offset = ADV(account_owner)},
    {.name = "industry", .type = FieldType::text, .offset = ADV(industry)},
    {.name = "segment", .type = FieldType::enumeration, .offset = ADV(segment), .values = kSegment},
    {.name = "employees", .type = FieldType::integer, .offset = ADV(employees), .min = 0},
    {.name = "region", .type = FieldType::text, .offset = ADV(region)},
    {.name = "country", .type = FieldType::text, .offset = ADV(country), .rule = TextRule::country},
    {.name = "languages", .type = FieldType::text_list, .offset = ADV(languages)},
    {.name = "products", .type = FieldType::text_list, .offset = ADV(products)},
    {.name = "use_cases", .type = FieldType::text_list, .offset = ADV(use_cases)},
    {.name = "persona", .type = FieldType::text, .offset = ADV(persona)},
    {.name = "topics", .type = FieldType::text_list, .offset = ADV(topics)},
    {.name = "activities", .type = FieldType::text_list, .offset = ADV(activities), .rule = TextRule::activity_type},
    {.name = "stage", .type = FieldType::enumeration, .offset = ADV(stage), .required = true, .values = kStage},
    {.name = "stage_on", .type = FieldType::date, .offset = ADV(stage_on)},
    {.name = "nominated", .type = FieldType::group, .offset = ADV(nominated), .fields = kNominationFields},
    {.name = "nps", .type = FieldType::group, .offset = ADV(nps), .fields = kNpsFields},
    {.name = "moved_to", .type = FieldType::text, .offset = ADV(moved_to), .rule = TextRule::id, .ref = RefKind::advocate},
    {.name = "moved_from", .type = FieldType::text, .offset = ADV(moved_from), .rule = TextRule::id, .ref = RefKind::advocate},
    {.name = "consent", .type = FieldType::consents, .offset = ADV(consent), .values = kScope, .fields = kGrantFields},
    {.name = "limits", .type = FieldType::group, .offset = ADV(limits), .fields = kLimitsFields},
    {.name = "unavailable", .type = FieldType::windows, .offset = ADV(unavailable), .fields = kWindowFields},
    {.name = "do_not_contact", .type = FieldType::boolean, .offset = ADV(do_not_contact)},
    {.name = "commitment", .type = FieldType::group, .offset = ADV(commitment), .fields = kCommitmentFields},
    {.name = "verified_on", .type = FieldType::date, .offset = ADV(verified_on)},
    {.name = "tags", .type = FieldType::text_list, .offset = ADV(tags)},
    {.name = "notes", .type = FieldType::text, .offset = ADV(notes)},
};
#undef ADV

// --- story ------------------------------------------------------------------
constexpr FieldDef kApprovalFields[] = {
    {.name = "date", .type = FieldType::date, .offset = off(offsetof(Window, from))},
    {.name = "expires", .type = FieldType::date, .offset = off(offsetof(Window, to))},
};
#define STO(member) off(offsetof(Story, member))
constexpr FieldDef kStoryFields[] = {
    {.name = "id", .type = FieldType::text, .offset = STO(id), .required = true, .rule = TextRule::id},
    {.name = "title", .type = FieldType::text, .offset = STO(title), .required = true},
    {.name = "kind", .type = FieldType::enumeration, .offset = STO(kind), .required = true, .values = kStoryKind},
    {.name = "status", .type = FieldType::enumeration, .offset = STO(status), .required = true, .values = kStoryStatus},
    {.name = "advocates", .type = FieldType::text_list, .offset = STO(advocates), .rule = TextRule::id, .ref = RefKind::advocate},
    {.name = "company", .type = FieldType::text, .offset = STO(company)},
    {.name = "industry", .type = FieldType::text, .offset = STO(industry)},
    {.name = "segment", .type = FieldType::enumeration, .offset = STO(segment), .values = kSegment},
    {.name = "region", .type = FieldType::text, .offset = STO(region)},
    {.name = "products", .type = FieldType::text_list, .offset = STO(products)},
    {.name = "use_cases", .type = FieldType::text_list, .offset = STO(use_cases)},
    {.name = "outcomes", .type = FieldType::text_list, .offset = STO(outcomes)},
    {.name = "url", .type = FieldType::text, .offset = STO(url), .rule = TextRule::url},
    {.name = "approvals", .type = FieldType::windows, .offset = STO(approvals), .fields = kApprovalFields},
    {.name = "approved_on", .type = FieldType::date, .offset = STO(approved_on), .derived = true},
    {.name = "expires_on", .type = FieldType::date, .offset = STO(expires_on), .derived = true},
    {.name = "tags", .type = FieldType::text_list, .offset = STO(tags)},
    {.name = "notes", .type = FieldType::text, .offset = STO(notes)},
};
#undef STO

// --- request ----------------------------------------------------------------
constexpr FieldDef kOpportunityFields[] = {
    {.name = "id", .type = FieldType::text, .offset = off(offsetof(Opportunity, id))},
    {.name = "account", .type = FieldType::text, .offset = off(offsetof(Opportunity, account))},
    {.name = "amount", .type = FieldType::number, .offset = off(offsetof(Opportunity, amount)), .min = 0},
    {.name = "currency", .type = FieldType::text, .offset = off(offsetof(Opportunity, currency)), .rule = TextRule::currency},
    {.name = "stage", .type = FieldType::text, .offset = off(offsetof(Opportunity, stage))},
};
constexpr FieldDef kCriteriaFields[] = {
    {.name = "industry", .type = FieldType::text, .offset = off(offsetof(Criteria, industry))},
    {.name = "segment", .type = FieldType::enumeration, .offset = off(offsetof(Criteria, segment)), .values = kSegment},
    {.name = "region", .type = FieldType::text, .offset = off(offsetof(Criteria, region))},
    {.name = "country", .type = FieldType::text, .offset = off(offsetof(Criteria, country)), .rule = TextRule::country},
    {.name = "products", .type = FieldType::text_list, .offset = off(offsetof(Criteria, products))},
    {.name = "use_cases", .type = FieldType::text_list, .offset = off(offsetof(Criteria, use_cases))},
    {.name = "persona", .type = FieldType::text, .offset = off(offsetof(Criteria, persona))},
    {.name = "languages", .type = FieldType::text_list, .offset = off(offsetof(Criteria, languages))},
};
constexpr FieldDef kDealOutcomeFields[] = {
    {.name = "deal", .type = FieldType::enumeration, .offset = off(offsetof(DealOutcome, deal)), .values = kDeal},
    {.name = "closed_on", .type = FieldType::date, .offset = off(offsetof(DealOutcome, closed_on))},
    {.name = "reason", .type = FieldType::text, .offset = off(offsetof(DealOutcome, reason))},
};

#define REQ(member) off(offsetof(Request, member))
constexpr FieldDef kRequestFields[] = {
    {.name = "id", .type = FieldType::text, .offset = REQ(id), .required = true, .rule = TextRule::id},
    {.name = "type", .type = FieldType::text, .offset = REQ(type), .required = true, .rule = TextRule::activity_type},
    {.name = "status", .type = FieldType::enumeration, .offset = REQ(status), .required = true, .values = kRequestStatus},
    {.name = "requested_by", .type = FieldType::text, .offset = REQ(requested_by), .required = true},
    {.name = "requested_on", .type = FieldType::date, .offset = REQ(requested_on), .required = true},
    {.name = "needed_by", .type = FieldType::date, .offset = REQ(needed_by)},
    {.name = "opportunity", .type = FieldType::group, .offset = REQ(opportunity), .fields = kOpportunityFields},
    {.name = "criteria", .type = FieldType::group, .offset = REQ(criteria), .fields = kCriteriaFields},
    {.name = "advocates", .type = FieldType::text_list, .offset = REQ(advocates), .rule = TextRule::id, .ref = RefKind::advocate},
    {.name = "stories", .type = FieldType::text_list, .offset = REQ(stories), .rule = TextRule::id, .ref = RefKind::story},
    {.name = "fulfilled_on", .type = FieldType::date, .offset = REQ(fulfilled_on)},
    {.name = "outcome", .type = FieldType::group, .offset = REQ(outcome), .fields = kDealOutcomeFields},
    {.name = "notes", .type = FieldType::text, .offset = REQ(notes)},
};
#undef REQ

// --- engagement -------------------------------------------------------------
#define ENG(member) off(offsetof(Engagement, member))
constexpr FieldDef kEngagementFields[] = {
    {.name = "id", .type = FieldType::text, .offset = ENG(id), .required = true, .rule = TextRule::id},
    {.name = "date", .type = FieldType::date, .offset = ENG(date), .required = true},
    {.name = "advocate", .type = FieldType::text, .offset = ENG(advocate), .required = true, .rule = TextRule::id, .ref = RefKind::advocate},
    {.name = "type", .type = FieldType::text, .offset = ENG(type), .required = true, .rule = TextRule::activity_type},
    {.name = "outcome", .type = FieldType::enumeration, .offset = ENG(outcome), .required = true, .values = kOutcome},
    {.name = "request", .type = FieldType::text, .offset = ENG(request), .rule = TextRule::id, .ref = RefKind::request},
    {.name = "story", .type = FieldType::text, .offset = ENG(story), .rule = TextRule::id, .ref = RefKind::story},
    {.name = "logged_by", .type = FieldType::text, .offset = ENG(logged_by)},
    {.name = "override", .type = FieldType::text, .offset = ENG(override_reason)},
    {.name = "notes", .type = FieldType::text, .offset = ENG(notes)},
};
#undef ENG

constexpr RecordSchema kSchemas[] = {
    {RecordKind::advocate, "advocate", "advocates", kAdvocateFields},
    {RecordKind::story, "story", "stories", kStoryFields},
    {RecordKind::request, "request", "requests", kRequestFields},
    {RecordKind::engagement, "engagement", "engagements", kEngagementFields},
};

void collect_paths(std::span<const FieldDef> fields, const std::string& prefix, std::vector<std::string>& out) {
  for (const FieldDef& f : fields) {
    const std::string path = prefix + std::string(f.name);
    switch (f.type) {
      case FieldType::group:
        collect_paths(f.fields, path + ".", out);
        break;
      case FieldType::consents:
        for (std::string_view scope : f.values) collect_paths(f.fields, path + "." + std::string(scope) + ".", out);
        break;
      default:
        out.push_back(path);
    }
  }
}

}  // namespace

const std::span<const std::string_view> kStageNames = kStage;
const std::span<const std::string_view> kSegmentNames = kSegment;
const std::span<const std::string_view> kSourceNames = kSource;
const std::span<const std::string_view> kStoryKindNames = kStoryKind;
const std::span<const std::string_view> kStoryStatusNames = kStoryStatus;
const std::span<const std::string_view> kRequestStatusNames = kRequestStatus;
const std::span<const std::string_view> kDealNames = kDeal;
const std::span<const std::string_view> kOutcomeNames = kOutcome;
const std::span<const std::string_view> kScopeNames = kScope;

const RecordSchema& schema_of(RecordKind kind) { return kSchemas[static_cast<size_t>(kind)]; }
template <>
const RecordSchema& schema_for<Advocate>() { return kSchemas[0]; }
template <>
const RecordSchema& schema_for<Story>() { return kSchemas[1]; }
template <>
const RecordSchema& schema_for<Request>() { return kSchemas[2]; }
template <>
const RecordSchema& schema_for<Engagement>() { return kSchemas[3]; }

const FieldDef* find_field(std::span<const FieldDef> fields, std::string_view name) {
  for (const FieldDef& f : fields)
    if (f.name == name) return &f;
  return nullptr;
}

const FieldDef* find_former_field(std::span<const FieldDef> fields, std::string_view name) {
  for (const FieldDef& f : fields)
    if (!f.former_name.empty() && f.former_name == name) return &f;
  return nullptr;
}

std::vector<std::string> field_paths(const RecordSchema& schema) {
  std::vector<std::string> out;
  collect_paths(schema.fields, "", out);
  return out;
}

std::vector<std::pair<std::string, std::string>> former_paths(const RecordSchema& schema) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const std::string& path : field_paths(schema)) {
    const size_t dot = path.rfind('.');
    const std::string_view last = std::string_view(path).substr(dot == std::string::npos ? 0 : dot + 1);
    const auto r = resolve_path(schema, path);
    if (r && r->def->name == last && !r->def->former_name.empty())
      out.emplace_back(path.substr(0, dot == std::string::npos ? 0 : dot + 1) + std::string(r->def->former_name), path);
  }
  return out;
}

std::optional<ResolvedField> resolve_path(const RecordSchema& schema, std::string_view path) {
  std::span<const FieldDef> fields = schema.fields;
  size_t offset = 0;
  while (true) {
    const size_t dot = path.find('.');
    const std::string_view head = path.substr(0, dot);
    const FieldDef* f = find_field(fields, head);
    if (f == nullptr) f = find_former_field(fields, head);
    if (f == nullptr) return std::nullopt;
    offset += f->offset;
    if (dot == std::string_view::npos) return ResolvedField{f, offset};
    path.remove_prefix(dot + 1);
    if (f->type == FieldType::group) {
      fields = f->fields;
    } else if (f->type == FieldType::consents) {
      const size_t next = path.find('.');
      const auto scope = parse_scope(path.substr(0, next));
      if (!scope || next == std::string_view::npos) return std::nullopt;
      offset += static_cast<size_t>(*scope) * sizeof(Grant);
      path.remove_prefix(next + 1);
      fields = f->fields;
    } else {
      return std::nullopt;
    }
  }
}

std::string current_path(const RecordSchema& schema, std::string_view path) {
  std::span<const FieldDef> fields = schema.fields;
  std::string out;
  while (true) {
    const size_t dot = path.find('.');
    const std::string_view head = path.substr(0, dot);
    const FieldDef* f = find_field(fields, head);
    if (f == nullptr) f = find_former_field(fields, head);
    if (f == nullptr) return out + std::string(path);
    out += f->name;
    if (dot == std::string_view::npos) return out;
    out += '.';
    path.remove_prefix(dot + 1);
    if (f->type == FieldType::consents) {
      const size_t next = path.find('.');
      out += path.substr(0, next);
      if (next == std::string_view::npos) return out;
      out += '.';
      path.remove_prefix(next + 1);
    } else if (f->type != FieldType::group) {
      return out + std::string(path);
    }
    fields = f->fields;
  }
}

std::string_view enum_name(const FieldDef& def, uint8_t index) {
  if (index == 0 || index > def.values.size()) return {};
  return def.values[index - 1u];
}

uint8_t enum_index(const FieldDef& def, std::string_view name) {
  for (size_t i = 0; i < def.values.size(); ++i)
    if (def.values[i] == name) return static_cast<uint8_t>(i + 1);
  return 0;
}

namespace {
template <class E>
std::string_view name_of(E v, std::span<const std::string_view> names) {
  const auto i = static_cast<size_t>(v);
  return i == 0 || i > names.size() ? std::string_view{} : names[i - 1];
}
}  // namespace

std::string_view to_string(Stage v) { return name_of(v, kStage); }
std::string_view to_string(Segment v) { return name_of(v, kSegment); }
std::string_view to_string(Source v) { return name_of(v, kSource); }
std::string_view to_string(StoryKind v) { return name_of(v, kStoryKind); }
std::string_view to_string(StoryStatus v) { return name_of(v, kStoryStatus); }
std::string_view to_string(RequestStatus v) { return name_of(v, kRequestStatus); }
std::string_view to_string(Deal v) { return name_of(v, kDeal); }
std::string_view to_string(Outcome v) { return name_of(v, kOutcome); }
std::string_view to_string(Scope v) { return kScope[static_cast<size_t>(v)]; }
std::string_view to_string(RecordKind v) { return kSchemas[static_cast<size_t>(v)].name; }

std::optional<Scope> parse_scope(std::string_view name) {
  for (size_t i = 0; i < kScopeCount; ++i)
    if (kScope[i] == name) return static_cast<Scope>(i);
  return std::nullopt;
}

bool is_empty_value(const FieldDef& def, const void* base, size_t offset) {
  switch (def.type) {
    case FieldType::text:
      return field_at<Sym>(base, offset).empty();
    case FieldType::enumeration:
      return field_at<uint8_t>(base, offset) == 0;
    case FieldType::date:
      return !field_at<Date>(base, offset).valid();
    case FieldType::integer:
      return field_at<int64_t>(base, offset) == kNoInt;
    case FieldType::number:
      return !has_number(field_at<double>(base, offset));
    case FieldType::boolean:
      return !field_at<bool>(base, offset);
    case FieldType::text_list:
      return field_at<SymList>(base, offset).empty();
    case FieldType::windows:
      return field_at<WindowList>(base, offset).empty();
    case FieldType::group:
      for (const FieldDef& f : def.fields)
        if (!is_empty_value(f, base, offset + f.offset)) return false;
      return true;
    case FieldType::consents:
      for (size_t s = 0; s < def.values.size(); ++s)
        for (const FieldDef& f : def.fields)
          if (!is_empty_value(f, base, offset + s * sizeof(Grant) + f.offset)) return false;
      return true;
  }
  return true;
}

namespace {
bool same_fields(std::span<const FieldDef> fields, const void* a, const void* b, size_t offset);

bool same_field(const FieldDef& f, const void* a, const void* b, size_t at) {
  switch (f.type) {
    case FieldType::text:
      return field_at<Sym>(a, at) == field_at<Sym>(b, at);
    case FieldType::enumeration:
      return field_at<uint8_t>(a, at) == field_at<uint8_t>(b, at);
    case FieldType::date:
      return field_at<Date>(a, at) == field_at<Date>(b, at);
    case FieldType::integer:
      return field_at<int64_t>(a, at) == field_at<int64_t>(b, at);
    case FieldType::number: {
      const double x = field_at<double>(a, at);
      const double y = field_at<double>(b, at);
      return (!has_number(x) && !has_number(y)) || x == y;
    }
    case FieldType::boolean:
      return field_at<bool>(a, at) == field_at<bool>(b, at);
    case FieldType::text_list:
      return field_at<SymList>(a, at) == field_at<SymList>(b, at);
    case FieldType::windows:
      return field_at<WindowList>(a, at) == field_at<WindowList>(b, at);
    case FieldType::group:
      return same_fields(f.fields, a, b, at);
    case FieldType::consents:
      for (size_t s = 0; s < f.values.size(); ++s)
        if (!same_fields(f.fields, a, b, at + s * sizeof(Grant))) return false;
      return true;
  }
  return false;
}

bool same_fields(std::span<const FieldDef> fields, const void* a, const void* b, size_t offset) {
  for (const FieldDef& f : fields)
    if (!same_field(f, a, b, offset + f.offset)) return false;
  return true;
}
}  // namespace

bool same_values(const RecordSchema& schema, const void* a, const void* b) {
  return same_fields(schema.fields, a, b, 0);
}

}  // namespace advo
