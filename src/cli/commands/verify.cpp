// advo verify ID…: the profile was confirmed current today.
#include <algorithm>

#include <fmt/format.h>

#include "cli/command.hpp"
#include "cli/completion.hpp"
#include "cli/record_update.hpp"

namespace advo::cli {
namespace {

struct VerifyOptions {
  std::vector<std::string> ids;
};

int run_verify(Context& ctx, const VerifyOptions& o) {
  const Program& program = ctx.program_for_write();
  const Date today = ctx.today();
  // Every id is resolved before anything is written.
  std::vector<const Advocate*> advocates;
  for (const std::string& id : o.ids) {
    const Advocate* a = &advocate_arg(program, id);
    if (std::find(advocates.begin(), advocates.end(), a) == advocates.end()) advocates.push_back(a);
  }
  std::string verified;
  for (const Advocate* a : advocates) {
    if (a->verified_on == today) {
      ctx.note(fmt::format("{}: already verified today", a->id.view()));
      continue;
    }
    Advocate after = *a;
    after.verified_on = today;
    if (!save_record(ctx, program, after)) continue;
    ctx.note(fmt::format("{}: verified on {}", a->id.view(), today.str()));
    verified += (verified.empty() ? "" : ", ") + std::string(a->id.view());
  }
  if (!verified.empty()) ctx.describe_change(fmt::format("verify: {} on {}", verified, today.str()));
  return 0;
}

}  // namespace

Runner setup_verify(CommandOptions& app) {
  auto o = std::make_shared<VerifyOptions>();
  app.add_option("ID", o->ids, "Ids or unique id prefixes of the advocates").required();
  return [o](Context& ctx) { return run_verify(ctx, *o); };
}

}  // namespace advo::cli
