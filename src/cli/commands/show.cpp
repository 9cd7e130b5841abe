// advo show ID: any record, as its canonical YAML or as JSON; an advocate
// with facts derived from the log (show_advocate.cpp), a story with its
// usability and usage (show_story.cpp), a request with how it stands today
// (show_request.cpp).
#include <fmt/format.h>

#include "advo/domain/program.hpp"
#include "advo/render/record_json.hpp"
#include "advo/storage/record_writer.hpp"
#include "cli/command.hpp"
#include "cli/completion.hpp"
#include "cli/show_advocate.hpp"
#include "cli/show_story.hpp"
#include "cli/show_request.hpp"

namespace advo::cli {
namespace {

struct ShowOptions {
  std::string id;
  std::string format;
  bool full = false;
};

template <class R>
void print(Context& ctx, const R& record, const std::string& format) {
  if (format == "json") {
    ctx.out() << record_json(record).dump() << '\n';
  } else {
    ctx.out() << terminal_safe(write_record(record), /*keep_newlines=*/true);
  }
}

int run_show(Context& ctx, const ShowOptions& o) {
  const Program& program = ctx.program();
  if (o.full) {  // about a person
    show_advocate_full(ctx, program, program.advocates[resolve_id(program, o.id, {RecordKind::advocate}).index], o.format);
    return 0;
  }
  const RecordRef ref = resolve_id(program, o.id,
                                   {RecordKind::advocate, RecordKind::story, RecordKind::request, RecordKind::engagement});
  switch (ref.kind) {
    case RecordKind::advocate:
      show_advocate(ctx, program, program.advocates[ref.index], o.format);
      break;
    case RecordKind::story:
      show_story(ctx, program, program.stories[ref.index], o.format);
      break;
    case RecordKind::request:
      show_request(ctx, program, program.requests[ref.index], o.format);
      break;
    case RecordKind::engagement:
      print(ctx, program.engagements[ref.index], o.format);
      break;
  }
  return 0;
}

}  // namespace

Runner setup_show(CommandOptions& app) {
  auto o = std::make_shared<ShowOptions>();
  app.add_option("ID", o->id, "Id or unique id prefix of an advocate, story, request or engagement").required();
  add_format_option(app, o->format, {"yaml", "json"});
  app.add_flag("--full", o->full,
               "Everything held about an advocate: the record, their engagements, the requests and stories naming them");
  return [o](Context& ctx) { return run_show(ctx, *o); };
}

}  // namespace advo::cli
