// advo nominate NAME --company C …: a new advocate in stage `nominated`.
#include <filesystem>

#include <fmt/format.h>

#include "advo/domain/assignment.hpp"
#include "advo/domain/duplicates.hpp"
#include "advo/domain/ids.hpp"
#include "advo/domain/list_text.hpp"
#include "advo/error.hpp"
#include "cli/command.hpp"
#include "cli/field_options.hpp"
#include "cli/record_update.hpp"

namespace advo::cli {
namespace {

constexpr FieldOption kFieldOptions[] = {
    {"--email", "email", "E-mail address"},
    {"--title", "title", "Job title"},
    {"--phone", "phone", "Phone number"},
    {"--account-owner", "account_owner", "The seller or CSM who agrees to asks"},
    {"--industry", "industry", "Industry"},
    {"--segment", "segment", "smb, mid-market or enterprise"},
    {"--employees", "employees", "Number of employees of the company"},
    {"--region", "region", "Region"},
    {"--country", "country", "Country (ISO 3166 alpha-2, like DE)"},
    {"--languages", "languages", "Languages spoken (comma-separated or repeated)", true},
    {"--products", "products", "Products used (comma-separated or repeated)", true},
    {"--use-cases", "use_cases", "Use cases (comma-separated or repeated)", true},
    {"--persona", "persona", "Persona"},
    {"--topics", "topics", "Topics they can speak to (comma-separated or repeated)", true},
    {"--activities", "activities", "Activity types they are willing to do (comma-separated or repeated)", true},
    {"--by", "nominated.by", "Who nominates them"},
    {"--source", "nominated.source", "sales, success, support, product, marketing, partner or self"},
    {"--reason", "nominated.reason", "Why they would make a good advocate"},
    {"--tags", "tags", "Tags (comma-separated or repeated)", true},
    {"--notes", "notes", "Notes"},
};

struct NominateOptions {
  std::string name;
  std::string company;
  FieldOptions fields{kFieldOptions, RecordKind::advocate};
  bool force = false;
};

int run_nominate(Context& ctx, const NominateOptions& o) {
  const std::string_view name = trim(o.name);
  const std::string_view company = trim(o.company);
  if (name.empty()) throw UsageError("NAME is empty");
  if (company.empty()) throw UsageError("--company is empty");
  const std::vector<Assignment> assignments = o.fields.assignments();

  const Program& program = ctx.program_for_write();
  const Date today = ctx.today();
  Advocate a{};
  a.name = Sym(name);
  a.company = Sym(company);
  a.stage = Stage::nominated;
  a.stage_on = today;
  a.nominated.on = today;
  const auto errors = apply_assignments(a, assignments, program.settings);
  if (!errors.empty()) refuse_assignments(ctx, errors);

  // Two advocates never share an e-mail address (`advo check` reports it),
  // so --force does not override that.
  if (const Advocate* same = advocate_with_email(program, a.email.view()))
    throw RefusedError(fmt::format("advocate '{}' ({}, {}) already has the e-mail address {}; nothing written",
                                   same->id.view(), same->name.view(), same->company.view(), a.email.view()));
  if (!o.force)
    if (const Advocate* same = advocate_with_name(program, name, company))
      throw RefusedError(fmt::format("advocate '{}' ({}, {}) has the same name at the same company; nothing written "
                                     "(--force nominates another person of that name)",
                                     same->id.view(), same->name.view(), same->company.view()));

  const std::filesystem::path folder = ctx.root() / "advocates";
  const std::string id = unique_id(advocate_slug(name, company), [&](std::string_view candidate) {
    std::error_code ec;
    return program.find_advocate(candidate) != nullptr ||
           std::filesystem::exists(folder / fmt::format("{}.yaml", candidate), ec);
  });
  a.id = Sym(id);
  const std::string file = fmt::format("advocates/{}.yaml", id);
  ctx.write(file, write_record(a));
  ctx.describe_change(fmt::format("nominate: {} ({}, {})", id, name, company));
  ctx.out() << id << '\n';
  ctx.note(fmt::format("nominated {} of {}: {}", name, company, ctx.display(file)));
  return 0;
}

}  // namespace

Runner setup_nominate(CommandOptions& app) {
  auto o = std::make_shared<NominateOptions>();
  app.add_option("NAME", o->name, "The person's full name").required();
  app.add_option("--company", o->company, "Their company").required().value_name("COMPANY");
  o->fields.add_to(app);
  app.add_flag("--force", o->force, "Nominate even when an advocate of the same name works at the same company");
  return [o](Context& ctx) { return run_nominate(ctx, *o); };
}

}  // namespace advo::cli
