// Whether engagements are asks or gives, and their effort, answered by the
// interned type name: the same answers as is_ask and is_give (rest.hpp,
// activity.hpp) without a text lookup for each of a large log's entries.
#pragma once

#include <cstdint>
#include <unordered_map>
#include <vector>

#include "advo/domain/program.hpp"
#include "advo/domain/rest.hpp"

namespace advo {

class EngagementKinds {
 public:
  explicit EngagementKinds(const Settings& settings);

  // Not cancelled, and of an ask type or a type the settings do not define.
  bool ask(const Engagement& e) const;
  // Not cancelled, and of a give type.
  bool give(const Engagement& e) const;
  // The type's effort; 0 for a type the settings do not define.
  int64_t effort(Sym type) const;
  // The advocate's asks by date, as asks_of gives them.
  std::vector<Ask> asks(const Program& p, const Advocate& a) const;

 private:
  const ActivityType* type(Sym name) const;
  std::unordered_map<uint32_t, const ActivityType*> types_;
};

}  // namespace advo
