#include "advo/io/column_mapping.hpp"

#include <set>

#include <doctest/doctest.h>

#include "advo/domain/domain_error.hpp"

using namespace advo;

namespace {

using Header = std::vector<std::string>;

// "path" for fields, "first"/"last" for name parts, "-" for ignored, "?" + reason for unmapped.
std::vector<std::string> mapped(RecordKind kind, const Header& header, const std::vector<ColumnOverride>& overrides = {}) {
  std::vector<std::string> out;
  for (const ColumnTarget& t : map_columns(schema_of(kind), header, overrides)) {
    switch (t.use) {
      case ColumnUse::field:
        out.push_back(t.path);
        break;
      case ColumnUse::first_name:
        out.emplace_back("first");
        break;
      case ColumnUse::last_name:
        out.emplace_back("last");
        break;
      case ColumnUse::ignored:
        out.push_back("-");
        break;
      case ColumnUse::unmapped:
        out.push_back("?" + t.reason);
        break;
    }
  }
  return out;
}

std::string usage_error(RecordKind kind, const Header& header, const std::vector<ColumnOverride>& overrides) {
  try {
    map_columns(schema_of(kind), header, overrides);
  } catch (const DomainError& e) {
    return e.what();
  }
  return "no error";
}

}  // namespace

TEST_CASE("heading keys ignore case accents spaces underscores and hyphens") {
  CHECK(heading_key("Account_Owner") == "accountowner");
  CHECK(heading_key(" account owner ") == "accountowner");
  CHECK(heading_key("ACCOUNT-OWNER") == "accountowner");
  CHECK(heading_key("E-mail") == "email");
  CHECK(heading_key("Pays d'Été") == "paysd'ete");
  CHECK(heading_key("nps.score") == "nps.score");
  CHECK(heading_key("名前") == "名前");
}

TEST_CASE("columns map to fields by name and dotted path") {
  CHECK(mapped(RecordKind::advocate, {"Name", "COMPANY", "e-mail", "Account_Owner", "nps.score", "NPS On",
                                      "consent.case-study.granted", "Use Cases"}) ==
        std::vector<std::string>{"name", "company", "email", "account_owner", "nps.score", "nps.date",
                                 "consent.case-study.granted", "use_cases"});
}

TEST_CASE("common CRM headings are recognised") {
  CHECK(mapped(RecordKind::advocate, {"First Name", "Last Name", "Account Name", "Email Address", "Job Title",
                                      "Mailing Country", "Industry", "Mobile", "Contact Owner", "Region"}) ==
        std::vector<std::string>{"first", "last", "company", "email", "title", "country", "industry", "phone",
                                 "account_owner", "region"});
  CHECK(mapped(RecordKind::story, {"Story Title", "Content Type", "Status", "Customer", "Link"}) ==
        std::vector<std::string>{"title", "kind", "status", "company", "url"});
  CHECK(mapped(RecordKind::request, {"Request Type", "Requester", "Request Date", "Opportunity ID", "Account Name",
                                     "Amount", "Industry", "Due Date"}) ==
        std::vector<std::string>{"type", "requested_by", "requested_on", "opportunity.id", "opportunity.account",
                                 "opportunity.amount", "criteria.industry", "needed_by"});
}

TEST_CASE("a field is filled from one column only") {
  CHECK(mapped(RecordKind::advocate, {"Mobile", "Phone", "Lead Score", ""}) ==
        std::vector<std::string>{"?phone is filled from column B (Phone)", "phone", "?no field of that name",
                                 "?no heading"});
  CHECK(mapped(RecordKind::advocate, {"Full Name", "First Name", "Name"}) ==
        std::vector<std::string>{"?name is filled from column C (Name)", "?name is filled from column C (Name)",
                                 "name"});
  CHECK(mapped(RecordKind::advocate, {"Email", "email"}) ==
        std::vector<std::string>{"email", "?email is filled from column A (Email)"});
}

TEST_CASE("overrides map ignore and take fields from other columns") {
  const std::vector<ColumnOverride> overrides{
      {"Customer", "company", "--map"}, {"lead score", "", "--map"}, {"Cell", "phone", "map.toml:3"}};
  CHECK(mapped(RecordKind::advocate, {"Customer", "Lead Score", "Phone", "Cell", "Organisation"}, overrides) ==
        std::vector<std::string>{"company", "-", "?phone is filled from column D (Cell)", "phone",
                                 "?company is filled from column A (Customer)"});
  // The later override of a column wins.
  CHECK(mapped(RecordKind::advocate, {"X"}, {{"X", "title", "map.toml:2"}, {"X", "persona", "--map"}}) ==
        std::vector<std::string>{"persona"});
}

TEST_CASE("bad overrides are usage errors") {
  CHECK(usage_error(RecordKind::advocate, {"Name", "Company"}, {{"Compnay", "company", "--map"}}) ==
        "--map: no column 'Compnay' in the sheet (did you mean 'Company'?)");
  CHECK(usage_error(RecordKind::advocate, {"Name"}, {{"Name", "nmae", "--map"}}) ==
        "--map: unknown field 'nmae' for advocates (did you mean 'name'?)");
  CHECK(usage_error(RecordKind::advocate, {"A", "B"}, {{"A", "title", "--map"}, {"B", "title", "--map"}}) ==
        "--map: column A (A) and column B (B) would both fill title");
  CHECK(usage_error(RecordKind::advocate, {"Phone", "phone"}, {{"PHONE", "phone", "--map"}}) ==
        "--map: 2 columns are headed 'PHONE' (A and B); rename one in the sheet");
  CHECK(usage_error(RecordKind::story, {"Given"}, {{"Given", "first_name", "--map"}}) ==
        "--map: unknown field 'first_name' for stories");
  CHECK(usage_error(RecordKind::advocate, {"Name", "Given"}, {{"Given", "first_name", "--map"}}) ==
        "column B (Given) would fill part of the name, which is filled from column A (Name)");
}

TEST_CASE("every CRM heading names a field and no heading is another field's own name") {
  for (RecordKind kind : {RecordKind::advocate, RecordKind::story, RecordKind::request}) {
    const RecordSchema& schema = schema_of(kind);
    const std::vector<std::string> fields = importable_fields(schema);
    std::set<std::string> own;
    for (const std::string& f : fields) own.insert(heading_key(f));
    std::set<std::string> seen;
    for (const CrmHeading& h : crm_headings(kind)) {
      CHECK_MESSAGE(std::find(fields.begin(), fields.end(), h.path) != fields.end(), h.heading);
      CHECK_MESSAGE(own.count(heading_key(h.heading)) == 0, h.heading);
      CHECK_MESSAGE(seen.insert(heading_key(h.heading)).second, h.heading);
    }
    // Field paths do not collide either, with or without their dots.
    std::set<std::string> keys;
    for (const std::string& f : fields) {
      std::string dotless = f;
      std::erase(dotless, '.');
      CHECK_MESSAGE(keys.insert(heading_key(f)).second, f);
      if (dotless != f) CHECK_MESSAGE(keys.insert(heading_key(dotless)).second, f);
    }
  }
}
