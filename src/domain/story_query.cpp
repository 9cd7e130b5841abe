#include "advo/domain/story_query.hpp"

#include <fmt/format.h>

#include "advo/domain/story_usability.hpp"

namespace advo {
namespace {

const Story& story(const void* record) { return *static_cast<const Story*>(record); }

}  // namespace

std::vector<VirtualField> story_query_fields(const Program& program, Date today) {
  std::vector<VirtualField> out;
  out.push_back(flag_field(
      "expiring", fmt::format("the approval ends within {} days", program.settings.expiry_warn_days),
      [&program, today](const void* r) { return story_expiring(story(r), program.settings, today); }));
  out.push_back(flag_field("expired", "the approval has ended (expires_on is before today)",
                           [today](const void* r) { return story_expired(story(r), today); }));
  out.push_back(flag_field(
      "usable", "approved or published, not expired, featured advocates still advocates and consenting",
      [&program, today](const void* r) { return story_usable(program, story(r), today); }));
  return out;
}

}  // namespace advo
