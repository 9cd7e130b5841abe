// advo story add TITLE --kind K …: a new story, its id made from the title.
#include <algorithm>
#include <filesystem>

#include <fmt/format.h>

#include "advo/domain/field_values.hpp"
#include "advo/domain/ids.hpp"
#include "advo/domain/list_text.hpp"
#include "advo/domain/story_status.hpp"
#include "advo/error.hpp"
#include "advo/render/terminal.hpp"
#include "advo/storage/record_writer.hpp"
#include "cli/commands/story_commands.hpp"
#include "cli/date_option.hpp"
#include "cli/field_options.hpp"
#include "cli/record_update.hpp"

namespace advo::cli {
namespace {

// An option that sets one field of the new story.
constexpr FieldOption kFieldOptions[] = {
    {"--company", "company", "The customer's company (default: the featured advocates')"},
    {"--industry", "industry", "Industry (default: the featured advocates')"},
    {"--segment", "segment", "smb, mid-market or enterprise (default: the featured advocates')"},
    {"--region", "region", "Region (default: the featured advocates')"},
    {"--products", "products", "Products the story is about (comma-separated or repeated)", true},
    {"--use-cases", "use_cases", "Use cases the story is about (comma-separated or repeated)", true},
    {"--outcome", "outcomes", "A result the story reports, like \"cut onboarding time 40%\" (repeated)", true, true,
     "TEXT"},
    {"--url", "url", "Where the story is published"},
    {"--approved-on", "approved_on", "The day the customer signed the story off", false, false, "DATE"},
    {"--expires-on", "expires_on", "The last day the approval holds", false, false, "DATE"},
    {"--tags", "tags", "Tags (comma-separated or repeated)", true},
    {"--note", "notes", "Notes", false, false, "TEXT"},
};

// Fields a story takes from its featured advocates when not given: facts
// of the customer, not of what the story is about.
constexpr std::string_view kInherited[] = {"company", "industry", "segment", "region"};

struct StoryAddOptions {
  std::string title;
  std::string kind;
  std::string status = "draft";
  std::vector<std::string> advocates;
  FieldOptions fields{kFieldOptions, RecordKind::story};
};

// The value every featured advocate shares for a field, or "".
std::string shared_value(const Program& program, const std::vector<std::string>& ids, std::string_view path) {
  const RecordSchema& schema = schema_for<Advocate>();
  const auto field = resolve_path(schema, path);
  std::string shared;
  for (const std::string& id : ids) {
    const Advocate* a = program.find_advocate(id);
    if (a == nullptr || field == std::nullopt) return {};
    const std::string value = scalar_text(*field->def, a, field->offset);
    if (value.empty() || (!shared.empty() && value != shared)) return {};
    shared = value;
  }
  return shared;
}

int run_story_add(Context& ctx, const StoryAddOptions& o) {
  const std::string_view title = trim(o.title);
  if (title.empty()) throw UsageError("TITLE is empty");
  std::vector<Assignment> given_fields = o.fields.assignments();
  const std::vector<AssignmentError> date_errors = resolve_date_assignments(given_fields, schema_for<Story>(), ctx.today());
  if (!date_errors.empty()) refuse_assignments(ctx, date_errors);

  Story s{};
  s.title = Sym(title);
  const RecordSchema& schema = schema_for<Story>();
  for (auto [name, value] : {std::pair<std::string_view, const std::string&>{"kind", o.kind}, {"status", o.status}}) {
    const auto field = resolve_path(schema, name);
    const std::string error = store_scalar(*field->def, &s, field->offset, trim(value));
    if (!error.empty()) throw UsageError(fmt::format("--{}: {}", name, error));
  }
  if (needs_approval_date(s.status) && !o.fields.given("approved_on"))
    throw UsageError(fmt::format("--status {} needs --approved-on DATE, the day the customer signed the story off",
                                 to_string(s.status)));

  const Program& program = ctx.program_for_write();
  const Date today = ctx.today();
  std::vector<AssignmentError> errors;
  std::vector<std::string> featured;
  for (const std::string& value : o.advocates)
    for (const std::string& id : split_list(featured_advocates(program, value, "--advocate " + value, errors)))
      if (std::find(featured.begin(), featured.end(), id) == featured.end()) featured.push_back(id);
  if (!errors.empty()) refuse_assignments(ctx, errors);

  std::vector<Assignment> assignments;
  if (!featured.empty())
    assignments.push_back(Assignment{"--advocate", "advocates", AssignOp::set, join_list(featured)});
  assignments.insert(assignments.end(), given_fields.begin(), given_fields.end());
  std::vector<std::string> inherited;
  for (std::string_view path : kInherited) {
    if (o.fields.given(path)) continue;
    const std::string value = shared_value(program, featured, path);
    if (value.empty()) continue;
    assignments.push_back(Assignment{fmt::format("{} of {}", path, join_list(featured, ' ')), std::string(path),
                                     AssignOp::set, value});
    inherited.emplace_back(path);
  }
  errors = apply_assignments(s, assignments, program.settings, story_rules(program, today));
  if (!errors.empty()) refuse_assignments(ctx, errors);

  const std::filesystem::path folder = ctx.root() / "stories";
  const std::string id = unique_id(story_slug(title), [&](std::string_view candidate) {
    std::error_code ec;
    return program.find_story(candidate) != nullptr ||
           std::filesystem::exists(folder / fmt::format("{}.yaml", candidate), ec);
  });
  s.id = Sym(id);
  const std::string file = fmt::format("stories/{}.yaml", id);
  ctx.write(file, write_record(s));
  ctx.out() << id << '\n';
  if (!inherited.empty())
    ctx.note(fmt::format("{} from {}", join_list(inherited, ' '), terminal_safe(join_list(featured, ' '))));
  ctx.note(fmt::format("added {} {}: {}", to_string(s.status), to_string(s.kind), ctx.display(file)));
  ctx.describe_change(fmt::format("story add: {} ({} {})", id, to_string(s.status), to_string(s.kind)));
  return 0;
}

}  // namespace

StorySubcommand setup_story_add(CommandOptions& story) {
  CommandOptions app = story.add_subcommand("add", "Add a story to the library; prints its id, made from the title");
  app.fallthrough();
  auto o = std::make_shared<StoryAddOptions>();
  app.add_option("TITLE", o->title, "The story's title").required();
  app.add_option("--kind", o->kind, "case-study, video, quote, blog, webinar, press-release or review")
      .required()
      .value_name("KIND");
  app.add_option("--advocate", o->advocates,
                  "Id or unique id prefix of an advocate the story features (comma-separated or repeated)")
      .one_value_per_use()
      .value_name("ID,...");
  app.add_option("--status", o->status,
                  "draft (default), in-review, approved, published or retired; approved and published need "
                  "--approved-on")
      .value_name("STATUS");
  o->fields.add_to(app);
  return {app, [o](Context& ctx) { return run_story_add(ctx, *o); }};
}

}  // namespace advo::cli
