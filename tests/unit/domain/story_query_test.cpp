#include "advo/domain/story_query.hpp"

#include <doctest/doctest.h>

#include "../test_records.hpp"
#include "advo/domain/domain_error.hpp"

using namespace advo;

namespace {

struct Fixture {
  Program program;
  Date today = *Date::parse("2026-11-16");

  Fixture() {
    program.advocates.push_back(test::record_from<Advocate>("id: ben\nname: B\ncompany: C\nstage: alumni\n"));
    auto story = [&](const std::string& yaml) { program.stories.push_back(test::record_from<Story>(yaml)); };
    story("id: fine\ntitle: T\nkind: blog\nstatus: published\napprovals: [{date: 2026-01-01, expires: 2028-01-01}]\n");
    story("id: soon\ntitle: T\nkind: blog\nstatus: approved\napprovals: [{date: 2026-01-01, expires: 2026-12-01}]\n");
    story("id: ended\ntitle: T\nkind: blog\nstatus: approved\napprovals: [{date: 2024-01-01, expires: 2026-11-15}]\n");
    story("id: gone\ntitle: T\nkind: blog\nstatus: published\napprovals: [{date: 2026-01-01}]\nadvocates: [ben]\n");
    story("id: old\ntitle: T\nkind: blog\nstatus: retired\napprovals: [{expires: 2026-11-20}]\n");
    program.build_indexes();
  }

  std::vector<std::string> ids(const std::string& query) const {
    const auto virtuals = story_query_fields(program, today);
    const std::vector<std::string> words = {query};
    const Query q = Query::parse(schema_for<Story>(), words, &program.settings, virtuals);
    std::vector<std::string> out;
    for (const Story& s : program.stories)
      if (q(s)) out.push_back(s.id.str());
    return out;
  }
};

using Ids = std::vector<std::string>;

}  // namespace

TEST_CASE("expiring and expired look at the approval's end whatever the status") {
  Fixture f;
  CHECK(f.ids("expiring:true") == Ids{"old", "soon"});
  CHECK(f.ids("expiring:true status:approved,published") == Ids{"soon"});
  CHECK(f.ids("expired:true") == Ids{"ended"});
  CHECK(f.ids("expired:false expiring:false") == Ids{"fine", "gone"});
}

TEST_CASE("usable stories may be used today") {
  Fixture f;
  CHECK(f.ids("usable:true") == Ids{"fine", "soon"});
  CHECK(f.ids("not:usable:true") == Ids{"ended", "gone", "old"});
}

TEST_CASE("the flags take true or false") {
  Fixture f;
  CHECK_THROWS_AS(f.ids("usable:yes"), DomainError);
}
