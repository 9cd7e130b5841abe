#include "cli/completion_table.hpp"

#include <sstream>
#include <string>

#include <doctest/doctest.h>

#include "cli/app.hpp"

using namespace advo;
using namespace advo::cli;

TEST_CASE("completion rules describe what an argument completes to") {
  const Completion status = field_values(RecordKind::request, "status");
  CHECK(status.kind == Completion::Kind::field);
  CHECK(status.record == RecordKind::request);
  CHECK(status.path == "status");
  CHECK(query_words(RecordKind::story).kind == Completion::Kind::query);
  CHECK(assignment_words(RecordKind::story).record == RecordKind::story);
  CHECK(activity_types(ActivityTypes::asks).types == ActivityTypes::asks);
  const Completion both = ids({RecordKind::advocate, RecordKind::story});
  CHECK(both.kind == Completion::Kind::ids);
  CHECK(both.kinds.size() == 2);
}

TEST_CASE("every rule of the table names a command argument the parser has") {
  // run() applies the table to the parser it builds; a rule naming a
  // missing command or argument throws std::logic_error.
  std::ostringstream out, err;
  std::string a0 = "advo", a1 = "--version";
  char* argv[] = {a0.data(), a1.data()};
  CHECK_NOTHROW(run(2, argv, out, err));
  CHECK(out.str().rfind("advo ", 0) == 0);
  CHECK_FALSE(completion_table().empty());
}
