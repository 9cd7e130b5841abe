// The virtual fields of engagement queries (engagement_query.hpp).
#include "advo/domain/engagement_query.hpp"

#include <memory>
#include <string>

#include "advo/domain/schema.hpp"

namespace advo {
namespace {

const Engagement& engagement(const void* record) { return *static_cast<const Engagement*>(record); }

// by:WHO is logged_by:WHO, parsed by the query language itself so globs,
// lists, `by:` for none and case folding work as on any text field.
VirtualField by_field() {
  VirtualField v;
  v.name = "by";
  v.value_hint = "WHO";
  v.description = "logged by WHO (the field logged_by)";
  v.compile = [](std::string_view value) -> RecordTest {
    const std::vector<std::string> words = {"logged_by:\"" + std::string(value) + "\""};
    auto query = std::make_shared<const Query>(Query::parse(schema_for<Engagement>(), words));
    return [query](const void* r) { return (*query)(engagement(r)); };
  };
  return v;
}

}  // namespace

bool scheduled_in_past(const Engagement& e, Date today) {
  return e.outcome == Outcome::scheduled && e.date.valid() && e.date < today;
}

std::vector<VirtualField> engagement_query_fields(Date today) {
  std::vector<VirtualField> out;
  out.push_back(by_field());
  out.push_back(flag_field("past-scheduled", "still scheduled though its date is before today",
                           [today](const void* r) { return scheduled_in_past(engagement(r), today); }));
  return out;
}

}  // namespace advo
