// advo advocates [QUERY]: the advocates a query selects, as a table, JSON,
// CSV or Markdown.
#include "advo/domain/advocate_query.hpp"
#include "cli/command.hpp"
#include "cli/record_list_command.hpp"

namespace advo::cli {
namespace {

std::vector<ListColumn<Advocate>> advocate_columns() {
  return {
      // Ids are cut only when nothing else helps; a cut id still works as a
      // prefix.
      {.title = "ID", .path = "id", .min_width = 24, .cut_last = true},
      {.title = "NAME", .path = "name", .min_width = 10, .optional = true},
      {.title = "COMPANY", .path = "company", .min_width = 10, .optional = true},
      {.title = "STAGE", .path = "stage", .flexible = false},
      {.title = "INDUSTRY", .path = "industry", .min_width = 8},
      {.title = "REGION", .path = "region", .flexible = false},
      {.title = "NPS", .path = "nps.score", .align = Align::right, .flexible = false},
  };
}

const RecordListKind<Advocate> kAdvocates = {
    .singular = "advocate",
    .plural = "advocates",
    .query_help = "Terms field:value, all of which must hold (see 'man advo-advocates'); none: every advocate",
    .sort_help = "Sort by this field (any dotted path, like nps.score); default id",
    .columns = advocate_columns,
    .query_fields = advocate_query_fields,
    .completes_itself = true,
};

}  // namespace

Runner setup_advocates(CommandOptions& app) { return record_list_command(app, kAdvocates); }

}  // namespace advo::cli
