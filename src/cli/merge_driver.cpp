#include "cli/merge_driver.hpp"

#include <fmt/format.h>

#include "advo/render/terminal.hpp"

namespace advo::cli {

void configure_merge_driver(Context& ctx, const GitRepo& repo, bool say_when_set) {
  const ProcessResult current = repo.run({"config", "--local", "--get", "merge.union.driver"});
  std::string value = current.status == 0 ? current.out : std::string();
  while (!value.empty() && (value.back() == '\n' || value.back() == '\r')) value.pop_back();
  if (value == kMergeDriverCommand) {
    if (say_when_set) ctx.note("the merge driver for month files is configured already (merge.union.driver)");
    return;
  }
  if (!value.empty()) {
    ctx.note(fmt::format("merge.union.driver is '{}' already, not advo's; not replaced (month files merge with it)",
                         terminal_safe(value)));
    return;
  }
  repo.run_or_throw({"config", "--local", "merge.union.name", "engagements merged by id (advo), else union"});
  repo.run_or_throw({"config", "--local", "merge.union.driver", std::string(kMergeDriverCommand)});
  ctx.note("configured git to merge month files by engagement id (merge.union.driver: advo merge-engagements)");
}

}  // namespace advo::cli
