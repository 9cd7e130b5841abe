#include "advo/domain/record_import.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include "../test_records.hpp"
#include "advo/io/column_mapping.hpp"
#include "advo/io/csv_reader.hpp"
#include "advo/io/sheet_values.hpp"

using namespace advo;

// Every default activity type, as an unknown type is told with them.
const std::string kAllTypes =
    "advisory-board, analyst, case-study, early-access, exec-call, gift, logo, press, quote, reference-call, referral, "
    "review, site-visit, social, speaking, thank-you, training, video, webinar";

namespace {

const Date kToday = *Date::parse("2026-11-16");

Program sample() {
  Program p;
  p.settings.types = default_activity_types();
  p.advocates.push_back(test::record_from<Advocate>(
      "id: jane-doe-acme\nname: Jane Doe\ncompany: Acme\nemail: jane@acme.example\ntitle: CTO\nstage: nominated\n"
      "products: [analytics]\n"));
  p.advocates.push_back(test::record_from<Advocate>(
      "id: jose-muller-initech\nname: José Müller\ncompany: Initech\nstage: active\n"));
  p.stories.push_back(test::record_from<Story>(
      "id: acme-cuts-reporting-time\ntitle: Acme cuts reporting time\nkind: case-study\nstatus: published\n"));
  p.build_indexes();
  return p;
}

// The plan for a CSV sheet, its cells read as `advo import csv` reads them.
template <class R>
ImportPlan<R> plan(const Program& program, std::string_view csv, ImportOptions options = {},
                   const std::vector<ColumnOverride>& overrides = {}, bool unmapped_to_notes = false) {
  options.today = kToday;
  const CsvTable table = read_csv(csv);
  REQUIRE(table.readable());
  const auto columns = map_columns(schema_for<R>(), table.header, overrides);
  return plan_import<R>(program, sheet_values(schema_for<R>(), table, columns, unmapped_to_notes), options);
}

// "row N action id: detail" and "row N column C: problem" lines.
template <class R>
std::vector<std::string> outcome(const ImportPlan<R>& p) {
  std::vector<std::string> out;
  constexpr std::string_view kActions[] = {"create", "update", "skip", "invalid"};
  for (const RowOutcome& r : p.rows) {
    out.push_back(fmt::format("{} {} {}: {}", r.row, kActions[static_cast<size_t>(r.action)], r.id, r.detail));
    for (const RowProblem& problem : r.problems) out.push_back(fmt::format("  {}: {}", problem.column, problem.message));
  }
  return out;
}

}  // namespace

TEST_CASE("import creates advocates with defaults and new ids") {
  const Program p = sample();
  const auto result = plan<Advocate>(p,
                                     "First Name,Last Name,Account Name,Mailing Country,Segment,Products,Notes\n"
                                     "Amélie,Dubois,Northwind Health,France,Enterprise,analytics; dashboards|api,\"Met "
                                     "at the summit\nLikes data\"\n"
                                     "Bob,Stone,Globex,de,,,'=HYPERLINK(\"http://x\")\n");
  CHECK(outcome(result) == std::vector<std::string>{"2 create amelie-dubois-northwind-health: Amélie Dubois, Northwind Health",
                                                    "3 create bob-stone-globex: Bob Stone, Globex"});
  REQUIRE(result.created.size() == 2);
  const Advocate& a = result.created[0];
  CHECK(a.country.view() == "FR");
  CHECK(a.segment == Segment::enterprise);
  CHECK(a.products == make_sym_list({"analytics", "dashboards", "api"}));
  CHECK(a.notes.view() == "Met at the summit\nLikes data");
  CHECK(a.stage == Stage::nominated);
  CHECK(a.stage_on == kToday);
  CHECK(a.nominated.on == kToday);
  CHECK(a.nominated.source == Source::none);
  CHECK(result.created[1].country.view() == "DE");
  CHECK(result.created[1].notes.view() == "=HYPERLINK(\"http://x\")");
}

TEST_CASE("import skips advocates already there and duplicate rows") {
  const Program p = sample();
  const auto result = plan<Advocate>(p,
                                     "Name,Company,Email\n"
                                     "Someone,Elsewhere,JANE@acme.example\n"
                                     "Jose Muller,INITECH,\n"
                                     "Ann Lee,Hooli,ann@hooli.example\n"
                                     "Ann Lee,Hooli,\n"
                                     "Other,Person,ann@HOOLI.example\n");
  CHECK(outcome(result) == std::vector<std::string>{
                               "2 skip jane-doe-acme: already there (same e-mail)",
                               "3 skip jose-muller-initech: already there (same name at the same company)",
                               "4 create ann-lee-hooli: Ann Lee, Hooli",
                               "5 skip ann-lee-hooli: same advocate as row 4 (same name at the same company)",
                               "6 skip ann-lee-hooli: same advocate as row 4 (same e-mail)",
                           });
  CHECK(result.created.size() == 1);
}

TEST_CASE("import updates only the fields the sheet gives") {
  const Program p = sample();
  ImportOptions options;
  options.update = true;
  const auto result = plan<Advocate>(p,
                                     "Email,Title,NPS,NPS Date,Products,Stage\n"
                                     "jane@acme.example,,9,2026-11-01,reporting,\n"
                                     "jane@acme.example,VP,,,,\n"
                                     "Nobody,,,,,\n",
                                     options);
  CHECK(outcome(result) == std::vector<std::string>{
                               "2 update jane-doe-acme: products, nps.score, nps.date",
                               "3 skip jane-doe-acme: same advocate as row 2 (same e-mail)",
                               "4 invalid : ",
                               "  0: name is required for a new advocate and no column gives it (map one with --map "
                               "COLUMN=name)",
                               "  0: company is required for a new advocate and no column gives it (map one with "
                               "--map COLUMN=company)",
                               "  1: invalid e-mail address 'Nobody'",
                           });
  REQUIRE(result.updated.size() == 1);
  const Advocate& a = result.updated[0];
  CHECK(a.title.view() == "CTO");
  CHECK(a.products == make_sym_list({"reporting"}));
  CHECK(a.nps.score == 9);
  CHECK(a.origin.file == p.advocates[0].origin.file);

  const auto unchanged = plan<Advocate>(p, "id,title\njane-doe-acme,CTO\n", options);
  CHECK(outcome(unchanged) == std::vector<std::string>{"2 skip jane-doe-acme: nothing to change"});
}

TEST_CASE("import updates keep to the pipeline and to unique e-mails") {
  const Program p = sample();
  ImportOptions options;
  options.update = true;
  const auto result = plan<Advocate>(p,
                                     "id,stage,email\n"
                                     "jane-doe-acme,active,\n"
                                     "jose-muller-initech,paused,jane@acme.example\n"
                                     "jose-muller-initech,,\n",
                                     options);
  CHECK(outcome(result) == std::vector<std::string>{
                               "2 invalid : ",
                               "  2: an advocate cannot move from nominated to active (allowed: qualified, declined)",
                               "3 invalid : ",
                               "  3: jane@acme.example is already the e-mail address of advocate 'jane-doe-acme'",
                               "4 skip jose-muller-initech: nothing to change",
                           });
  const auto moved = plan<Advocate>(p, "id,stage\njose-muller-initech,paused\n", options);
  REQUIRE(moved.updated.size() == 1);
  CHECK(moved.updated[0].stage == Stage::paused);
  CHECK(moved.updated[0].stage_on == kToday);
}

TEST_CASE("invalid rows name every problem by column") {
  const Program p = sample();
  const auto result = plan<Advocate>(p,
                                     "Name,Company,NPS,NPS Date,Country,Activities\n"
                                     "Ann,Hooli,11,2026-02-30,Atlantis,refrence-call\n"
                                     ",Hooli,,,,\n"
                                     "Bo,Hooli,1,2\n"
                                     "Cy,Hooli,,,,\n");
  CHECK(outcome(result) == std::vector<std::string>{
                               "2 invalid : ",
                               "  3: score must be between 0 and 10, not 11",
                               "  4: invalid date '2026-02-30' (expected YYYY-MM-DD)",
                               "  5: unknown country 'Atlantis' (expected an ISO 3166 code like DE, or an English name "
                               "like Germany)",
                               "  6: unknown activity type 'refrence-call' (did you mean 'reference-call'?); "
        "known: " + kAllTypes,
                               "3 invalid : ",
                               "  1: name is required for a new advocate; the cell is empty",
                               "4 invalid : ",
                               "  0: the row has 4 cells but the header has 6 (a missing or extra delimiter, or a line "
                               "break outside quotes?)",
                               "5 create cy-hooli: Cy, Hooli",
                           });
  const auto no_company = plan<Advocate>(p, "Name\nAnn\n");
  CHECK(outcome(no_company) == std::vector<std::string>{
                                   "2 invalid : ",
                                   "  0: company is required for a new advocate and no column gives it (map one with "
                                   "--map COLUMN=company)",
                               });
}

TEST_CASE("unmapped columns can be kept in notes") {
  const Program p = sample();
  ImportOptions options;
  const auto result =
      plan<Advocate>(p, "Name,Company,Lead Score,Notes,Last Activity\nAnn,Hooli,87,Great QBR,\n", options, {}, true);
  REQUIRE(result.created.size() == 1);
  CHECK(result.created[0].notes.view() == "Great QBR\nLead Score: 87");
  options.update = true;
  const auto again = plan<Advocate>(p, "Email,Lead Score\njane@acme.example,12\n", options, {}, true);
  REQUIRE(again.updated.size() == 1);
  CHECK(again.updated[0].notes.view() == "Lead Score: 12");
}

TEST_CASE("import of stories and requests") {
  const Program p = sample();
  const auto stories = plan<Story>(p,
                                   "Title,Type,Advocates,Outcomes\n"
                                   "ACME cuts  reporting time,case-study,,\n"
                                   "Globex goes global,Video,jane-doe-acme;nobody,\n"
                                   "Initech in numbers,quote,jose-muller-initech,cut costs 40%; saved $2M\n");
  CHECK(outcome(stories) == std::vector<std::string>{
                                "2 skip acme-cuts-reporting-time: already there (same title)",
                                "3 invalid : ",
                                "  3: no advocate 'nobody'",
                                "4 create initech-in-numbers: Initech in numbers",
                            });
  REQUIRE(stories.created.size() == 1);
  CHECK(stories.created[0].status == StoryStatus::draft);
  CHECK(stories.created[0].outcomes == make_sym_list({"cut costs 40%", "saved $2M"}));

  const auto requests = plan<Request>(p,
                                      "Request Type,Requester,Account Name,Amount,Region\n"
                                      "reference-call,Kate,Umbrella,250000,emea\n"
                                      "reference-call,kate,umbrella,250000,emea\n"
                                      "case-study,,Umbrella,,\n");
  CHECK(outcome(requests) == std::vector<std::string>{
                                 "2 create 2026-11-16-umbrella-reference-call: reference-call for Umbrella",
                                 "3 skip 2026-11-16-umbrella-reference-call: same request as row 2 (same type, day, "
                                 "requester and opportunity)",
                                 "4 invalid : ",
                                 "  2: requested_by is required for a new request; the cell is empty",
                             });
  REQUIRE(requests.created.size() == 1);
  const Request& r = requests.created[0];
  CHECK(r.status == RequestStatus::open);
  CHECK(r.requested_on == kToday);
  CHECK(r.opportunity.amount == 250000);
  CHECK(r.criteria.region.view() == "emea");
}

TEST_CASE("import plans rows given as values") {
  const Program p = sample();
  ImportSheet sheet;
  sheet.field_columns = {{"name", 1}, {"company", 2}};
  ImportRow unreadable;
  unreadable.row = 2;
  unreadable.unreadable = true;
  unreadable.problems.push_back({0, "a quote is left open"});
  sheet.rows.push_back(unreadable);
  ImportRow ann;
  ann.row = 3;
  ann.assignments = {{"1", "name", AssignOp::set, "Ann"}, {"2", "company", AssignOp::set, "Hooli"}};
  ann.given = {"name", "company"};
  sheet.rows.push_back(ann);
  ImportOptions options;
  options.today = kToday;
  const auto result = plan_import<Advocate>(p, sheet, options);
  CHECK(outcome(result) == std::vector<std::string>{
                               "2 invalid : ",
                               "  0: a quote is left open",
                               "3 create ann-hooli: Ann, Hooli",
                           });
  REQUIRE(result.created.size() == 1);
  CHECK(result.created[0].stage == Stage::nominated);
  CHECK(result.created[0].stage_on == kToday);
}
