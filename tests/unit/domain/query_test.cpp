#include "advo/domain/query.hpp"

#include <chrono>

#include <doctest/doctest.h>

#include "../test_records.hpp"
#include "advo/domain/domain_error.hpp"

using namespace advo;

// Every default activity type, as an unknown type is told with them.
const std::string kAllTypes =
    "advisory-board, analyst, case-study, early-access, exec-call, gift, logo, press, quote, reference-call, referral, "
    "review, site-visit, social, speaking, thank-you, training, video, webinar";

namespace {

struct Fixture {
  Settings settings;
  std::vector<Advocate> advocates;
  std::vector<VirtualField> virtuals;
  Date today;  // none: dates are YYYY-MM-DD only

  Fixture() {
    settings.types = default_activity_types();
    settings.vocab["industry"] = {"healthcare", "retail", "manufacturing"};
    advocates.push_back(test::record_from<Advocate>(
        "id: jose-muller-initech\nname: José Müller\ncompany: Initech\nindustry: healthcare\nsegment: enterprise\n"
        "region: emea\ncountry: AT\nproducts: [Analytics, dashboards]\nactivities: [reference-call]\nstage: active\n"
        "nps: {score: 9, date: 2026-10-01}\nconsent: {logo: {granted: 2025-12-01}}\nverified_on: 2026-09-01\n"
        "unavailable: [{from: 2026-12-20, to: 2027-01-05}]\nnominated: {source: sales}\n"));
    advocates.push_back(test::record_from<Advocate>(
        "id: jane-roe-globex\nname: Jane Roe\ncompany: Globex Retail\nemail: jane@globex.example\nindustry: retail\n"
        "stage: paused\nnps: {score: 6}\ndo_not_contact: true\nverified_on: 2026-03-01\n"));
    advocates.push_back(test::record_from<Advocate>(
        "id: li-lei-hooli\nname: 李雷\ncompany: Hooli\nstage: nominated\nemployees: 40\n"));
    virtuals.push_back(flag_field("flagged", "the id starts with j", [](const void* r) {
      return static_cast<const Advocate*>(r)->id.view().starts_with("j");
    }));
  }

  std::vector<std::string> ids(std::vector<std::string> words) const {
    const Query q = Query::parse(schema_for<Advocate>(), words, &settings, virtuals, {}, today);
    std::vector<std::string> out;
    for (const Advocate& a : advocates)
      if (q(a)) out.push_back(a.id.str());
    return out;
  }

  std::string error(std::vector<std::string> words) const {
    try {
      Query::parse(schema_for<Advocate>(), words, &settings, virtuals, {}, today);
    } catch (const DomainError& e) {
      return e.what();
    }
    return "(no error)";
  }
};

using Ids = std::vector<std::string>;
const Ids kAll = {"jose-muller-initech", "jane-roe-globex", "li-lei-hooli"};

}  // namespace

TEST_CASE("an empty query matches every record") {
  Fixture f;
  CHECK(f.ids({}) == kAll);
  CHECK(Query().matches(&f.advocates[0]));
}

TEST_CASE("text equals ignoring case and accents") {
  Fixture f;
  CHECK(f.ids({"industry:Healthcare"}) == Ids{"jose-muller-initech"});
  CHECK(f.error({"name:jose muller"}).starts_with("'muller' is not a query term"));
  CHECK(f.ids({"name:\"jose muller\""}) == Ids{"jose-muller-initech"});
  CHECK(f.ids({"name:李雷"}) == Ids{"li-lei-hooli"});
  CHECK(f.ids({"name:王芳"}) == Ids{});
  CHECK(f.ids({"company:globex"}) == Ids{});  // whole values, not parts
}

TEST_CASE("stars match any run of characters") {
  Fixture f;
  CHECK(f.ids({"company:globex*"}) == Ids{"jane-roe-globex"});
  CHECK(f.ids({"name:*m?ller"}) == Ids{});
  CHECK(f.ids({"name:*muller"}) == Ids{"jose-muller-initech"});
  CHECK(f.ids({"email:*"}) == Ids{"jane-roe-globex"});
}

TEST_CASE("a list matches when it holds the value") {
  Fixture f;
  CHECK(f.ids({"products:analytics"}) == Ids{"jose-muller-initech"});
  CHECK(f.ids({"products:dash*"}) == Ids{"jose-muller-initech"});
  CHECK(f.ids({"activities:reference-call"}) == Ids{"jose-muller-initech"});
}

TEST_CASE("commas give alternatives and terms all hold") {
  Fixture f;
  CHECK(f.ids({"stage:active,paused"}) == Ids{"jose-muller-initech", "jane-roe-globex"});
  CHECK(f.ids({"stage:active,paused industry:retail"}) == Ids{"jane-roe-globex"});
  CHECK(f.ids({"stage:active,paused", "industry:retail"}) == Ids{"jane-roe-globex"});
}

TEST_CASE("not: negates a term and includes records without the field") {
  Fixture f;
  CHECK(f.ids({"not:stage:active"}) == Ids{"jane-roe-globex", "li-lei-hooli"});
  CHECK(f.ids({"not:nps.score:>8"}) == Ids{"jane-roe-globex", "li-lei-hooli"});
  CHECK(f.ids({"not:stage:active,paused"}) == Ids{"li-lei-hooli"});
}

TEST_CASE("numbers and dates compare") {
  Fixture f;
  CHECK(f.ids({"nps.score:>8"}) == Ids{"jose-muller-initech"});
  CHECK(f.ids({"nps.score:>=6"}) == Ids{"jose-muller-initech", "jane-roe-globex"});
  CHECK(f.ids({"nps.score:<6"}) == Ids{});
  CHECK(f.ids({"nps.score:<=6"}) == Ids{"jane-roe-globex"});
  CHECK(f.ids({"nps.score:6,9"}) == Ids{"jose-muller-initech", "jane-roe-globex"});
  CHECK(f.ids({"verified_on:<2026-06-01"}) == Ids{"jane-roe-globex"});
  CHECK(f.ids({"verified_on:>=2026-09-01"}) == Ids{"jose-muller-initech"});
  CHECK(f.ids({"consent.logo.granted:<2026-01-01"}) == Ids{"jose-muller-initech"});
  CHECK(f.ids({"employees:40"}) == Ids{"li-lei-hooli"});
}

TEST_CASE("ranges are inclusive and may be open") {
  Fixture f;
  CHECK(f.ids({"nps.score:6..8"}) == Ids{"jane-roe-globex"});
  CHECK(f.ids({"nps.score:9.."}) == Ids{"jose-muller-initech"});
  CHECK(f.ids({"verified_on:..2026-03-01"}) == Ids{"jane-roe-globex"});
  CHECK(f.ids({"verified_on:2026-03-02..2026-09-01"}) == Ids{"jose-muller-initech"});
}

TEST_CASE("dates in comparisons and ranges are typed as on the command line") {
  Fixture f;
  f.today = *Date::parse("2026-09-15");
  CHECK(f.ids({"verified_on:>-30d"}) == Ids{"jose-muller-initech"});
  CHECK(f.ids({"verified_on:<=-6m"}) == Ids{"jane-roe-globex"});
  CHECK(f.ids({"verified_on:-30d.."}) == Ids{"jose-muller-initech"});
  CHECK(f.ids({"verified_on:..-2w"}) == Ids{"jose-muller-initech", "jane-roe-globex"});
  CHECK(f.ids({"verified_on:2026-08-01..today"}) == Ids{"jose-muller-initech"});
  CHECK(f.ids({"nps.date:-1m..+1m"}) == Ids{"jose-muller-initech"});
  CHECK(f.ids({"unavailable:+14w"}) == Ids{"jose-muller-initech"});
  // 2026-12-20 is a Sunday, and the window runs to 2027-01-05.
  f.today = *Date::parse("2026-12-18");
  CHECK(f.ids({"unavailable:sunday"}) == Ids{"jose-muller-initech"});
  CHECK(f.ids({"unavailable:tomorrow"}) == Ids{});
  CHECK(f.error({"verified_on:>soon"}).starts_with("'verified_on:>soon': invalid date 'soon' (expected YYYY-MM-DD"));
  // Without a today, only YYYY-MM-DD.
  f.today = Date();
  CHECK(f.error({"verified_on:-30d.."}).starts_with("'verified_on:-30d..': invalid date '-30d'"));
}

TEST_CASE("a comparison without a value teaches the range that needs no quotes") {
  Fixture f;
  CHECK(f.error({"nps.score:>="}) ==
        "'nps.score:>=': a comparison needs a value (unquoted, the shell reads '>' and '<' as redirections). "
        "Write a range, which needs no quotes: nps.score:9.. (9 or more), nps.score:..9 (9 or less), "
        "nps.score:9..10; or quote the term: 'nps.score:>=9'");
  CHECK(f.error({"verified_on:<"}) ==
        "'verified_on:<': a comparison needs a value (unquoted, the shell reads '>' and '<' as redirections). "
        "Write a range, which needs no quotes: verified_on:-30d.. (-30d or later), verified_on:..-30d (-30d or "
        "earlier), verified_on:-30d..today; or quote the term: 'verified_on:>=-30d'");
}

TEST_CASE("enumerations nested fields and booleans") {
  Fixture f;
  CHECK(f.ids({"segment:enterprise"}) == Ids{"jose-muller-initech"});
  CHECK(f.ids({"nominated.source:sales"}) == Ids{"jose-muller-initech"});
  CHECK(f.ids({"do_not_contact:true"}) == Ids{"jane-roe-globex"});
  CHECK(f.ids({"do_not_contact:false"}) == Ids{"jose-muller-initech", "li-lei-hooli"});
}

TEST_CASE("field: matches an empty field and not:field: a set one") {
  Fixture f;
  CHECK(f.ids({"email:"}) == Ids{"jose-muller-initech", "li-lei-hooli"});
  CHECK(f.ids({"not:email:"}) == Ids{"jane-roe-globex"});
  CHECK(f.ids({"nps:"}) == Ids{"li-lei-hooli"});
  CHECK(f.ids({"products:"}) == Ids{"jane-roe-globex", "li-lei-hooli"});
  CHECK(f.ids({"consent:"}) == Ids{"jane-roe-globex", "li-lei-hooli"});
  CHECK(f.ids({"do_not_contact:"}) == Ids{"jose-muller-initech", "li-lei-hooli"});
}

TEST_CASE("consent scopes and unavailability windows") {
  Fixture f;
  CHECK(f.ids({"consent:logo"}) == Ids{"jose-muller-initech"});
  CHECK(f.ids({"consent:quote,logo"}) == Ids{"jose-muller-initech"});
  CHECK(f.ids({"consent:quote"}) == Ids{});
  CHECK(f.ids({"unavailable:2026-12-20"}) == Ids{"jose-muller-initech"});
  CHECK(f.ids({"unavailable:2027-01-06"}) == Ids{});
}

TEST_CASE("virtual fields are the caller's") {
  Fixture f;
  CHECK(f.ids({"flagged:true"}) == Ids{"jose-muller-initech", "jane-roe-globex"});
  CHECK(f.ids({"flagged:false"}) == Ids{"li-lei-hooli"});
  CHECK(f.ids({"not:flagged:true"}) == Ids{"li-lei-hooli"});
  CHECK(f.error({"flagged:maybe"}) == "'flagged:maybe': flagged takes true or false, not 'maybe'");
}

TEST_CASE("unknown fields name the nearest valid one") {
  Fixture f;
  CHECK(f.error({"industy:retail"}) == "unknown field 'industy' in 'industy:retail' (did you mean 'industry'?)");
  CHECK(f.error({"nps.scor:9"}) == "unknown field 'nps.scor' in 'nps.scor:9' (did you mean 'nps.score'?)");
  CHECK(f.error({"flaged:true"}) == "unknown field 'flaged' in 'flaged:true' (did you mean 'flagged'?)");
  const std::string far = f.error({"zzz:1"});
  CHECK(far.starts_with("unknown field 'zzz' in 'zzz:1'; the fields of advocates are: id, name, title,"));
  CHECK(far.ends_with(", notes, flagged"));
}

TEST_CASE("bad values of typed fields are usage errors") {
  Fixture f;
  CHECK(f.error({"stage:activ"}) ==
        "'stage:activ': unknown stage 'activ' (did you mean 'active'?); known: nominated, qualified, active, paused, "
        "alumni, declined");
  CHECK(f.error({"nps.score:>nine"}) == "'nps.score:>nine': score must be a whole number, not 'nine'");
  CHECK(f.error({"verified_on:<2026-13-01"}).starts_with(
      "'verified_on:<2026-13-01': invalid date '2026-13-01' (expected YYYY-MM-DD, today, yesterday, tomorrow, +Nd"));
  CHECK(f.error({"do_not_contact:yes"}) == "'do_not_contact:yes': do_not_contact must be true or false, not 'yes'");
  CHECK(f.error({"consent:logos"}) ==
        "'consent:logos': unknown consent scope 'logos' (did you mean 'logo'?); known: logo, name, quote, case-study, "
        "video, press");
  CHECK(f.error({"industry:>a"}) == "'industry:>a': '<' and '>' compare dates and numbers; industry is text");
  CHECK(f.error({"nps.score:>8,9"}) == "'nps.score:>8,9': a comparison takes one value");
  CHECK(f.error({"nps.score:.."}) == "'nps.score:..': a range needs at least one end");
  CHECK(f.error({"nps:9"}) ==
        "'nps:9': nps is a group of fields (nps.score, nps.date); query one of them, or 'nps:' for none set");
}

TEST_CASE("values the settings know are checked") {
  Fixture f;
  CHECK(f.error({"activities:refrence-call"}) ==
        "'activities:refrence-call': unknown activity type 'refrence-call' (did you mean 'reference-call'?); "
        "known: " + kAllTypes);
  CHECK(f.error({"industry:helthcare"}) ==
        "'industry:helthcare': unknown industry 'helthcare' (did you mean 'healthcare'?); known: healthcare, retail, "
        "manufacturing");
  CHECK(f.error({"country:Germany"}) ==
        "'country:Germany': unknown country code 'Germany' (expected ISO 3166 alpha-2, like DE or US)");
  CHECK(f.ids({"country:at"}) == Ids{"jose-muller-initech"});
  CHECK(f.ids({"activities:Reference-Call"}) == Ids{"jose-muller-initech"});
  CHECK(f.ids({"industry:health*"}) == Ids{"jose-muller-initech"});
}

TEST_CASE("terms must be field:value") {
  Fixture f;
  CHECK(f.error({"jane"}) ==
        "'jane' is not a query term: write field:value, like stage:active (quote a value with spaces: name:\"Jane Doe\")");
  CHECK(f.error({":x"}).starts_with("':x' is not a query term"));
  CHECK(f.error({"name:\"Jane"}) == "unbalanced '\"' in the query 'name:\"Jane'");
}

TEST_CASE("a parsed query tests ten thousand records quickly") {
  Fixture f;
  std::vector<Advocate> many;
  for (int i = 0; i < 10'000; ++i) {
    Advocate a = f.advocates[static_cast<size_t>(i % 3)];
    a.id = Sym("a" + std::to_string(i));
    a.name = Sym("Name " + std::to_string(i));
    many.push_back(a);
  }
  const std::vector<std::string> words = {"stage:active,paused not:industry:retail nps.score:>=7 name:name* flagged:false"};
  const Query q = Query::parse(schema_for<Advocate>(), words, &f.settings, f.virtuals);
  const auto start = std::chrono::steady_clock::now();
  size_t hits = 0;
  for (const Advocate& a : many) if (q(a)) ++hits;
  const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start).count();
  CHECK(hits == 3334);  // every third is José; none of them has an id starting with j
  CHECK(ms < 500);
}

TEST_CASE("nps.date is queried by its old name nps.on too") {
  Fixture f;
  CHECK(f.ids({"nps.date:2026-10-01"}) == Ids{"jose-muller-initech"});
  CHECK(f.ids({"nps.on:2026-10-01"}) == Ids{"jose-muller-initech"});
}
