// advo stage ID STAGE [--reason R]: moves an advocate through the pipeline.
#include <fmt/format.h>

#include "advo/domain/field_values.hpp"
#include "advo/domain/pipeline.hpp"
#include "advo/error.hpp"
#include "cli/command.hpp"
#include "cli/completion.hpp"
#include "cli/record_update.hpp"

namespace advo::cli {
namespace {

struct StageOptions {
  std::string id;
  std::string stage;
  std::string reason;
};

std::string moves_text(Stage from) {
  std::string out;
  const auto moves = allowed_moves(from);
  for (size_t i = 0; i < moves.size(); ++i) {
    if (i > 0) out += i + 1 == moves.size() ? " or " : ", ";
    out += to_string(moves[i]);
  }
  return out;
}

Stage parse_stage(std::string_view text) {
  const FieldDef* def = find_field(schema_for<Advocate>().fields, "stage");
  Stage stage = Stage::none;
  const std::string error = store_scalar(*def, &stage, 0, text);
  if (!error.empty()) throw UsageError(error);
  return stage;
}

int run_stage(Context& ctx, const StageOptions& o) {
  const Stage to = parse_stage(o.stage);
  const Program& program = ctx.program_for_write();
  const Advocate& before = advocate_arg(program, o.id);
  const Stage from = before.stage;
  if (from == to)
    throw RefusedError(fmt::format("'{}' is already {}; from {} it can move to {}", before.id.view(), to_string(to),
                                   to_string(from), moves_text(from)));
  if (!can_move(from, to))
    throw RefusedError(fmt::format("'{}' cannot move from {} to {}; from {} it can move to {}", before.id.view(),
                                   to_string(from), to_string(to), to_string(from), moves_text(from)));

  const Date today = ctx.today();
  Advocate after = before;
  after.stage = to;
  after.stage_on = today;
  const std::string_view reason = o.reason;
  if (!reason.empty()) {
    // The reason is kept with the record, as a dated line of its notes.
    const std::string line = fmt::format("{} {} → {}: {}", today.str(), to_string(from), to_string(to), reason);
    after.notes = Sym(before.notes.empty() ? line : fmt::format("{}\n{}", before.notes.view(), line));
  }
  save_record(ctx, program, after);
  ctx.describe_change(fmt::format("stage: {} {} → {}", before.id.view(), to_string(from), to_string(to)));
  ctx.note(fmt::format("{}: {} → {}", before.id.view(), to_string(from), to_string(to)));
  return 0;
}

}  // namespace

Runner setup_stage(CommandOptions& app) {
  auto o = std::make_shared<StageOptions>();
  app.add_option("ID", o->id, "Id or unique id prefix of the advocate").required();
  complete_field(app.add_option("STAGE", o->stage, "nominated, qualified, active, paused, alumni or declined").required(),
                 RecordKind::advocate, "stage");
  app.add_option("--reason", o->reason, "Why; added to the advocate's notes with the date").value_name("TEXT");
  return [o](Context& ctx) { return run_stage(ctx, *o); };
}

}  // namespace advo::cli
