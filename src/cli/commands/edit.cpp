// advo edit ID: any record in the user's editor — an advocate, story or
// request as its file, an engagement as its entry alone (edit_kinds.hpp) —
// validated before it is saved; the edited text is never lost.
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <iostream>

#include <unistd.h>

#include <fmt/format.h>

#include "advo/domain/normal_form.hpp"
#include "advo/error.hpp"
#include "advo/render/terminal.hpp"
#include "advo/storage/files.hpp"
#include "advo/storage/loader.hpp"
#include "advo/storage/record_text.hpp"
#include "advo/storage/state_folder.hpp"
#include "cli/command.hpp"
#include "cli/completion.hpp"
#include "cli/edit_kinds.hpp"
#include "cli/editor.hpp"
#include "cli/record_update.hpp"

namespace advo::cli {
namespace fs = std::filesystem;
namespace {

struct EditOptions {
  std::string id;
};

// The copy the editor works on: .advo/edit/ID.yaml, or ID-2.yaml … while
// an earlier edit's text is kept there. It is made as a new file from the
// folder's descriptor, so a link put in .advo/ never makes advo write
// elsewhere; it is removed the same way.
class EditCopy {
 public:
  EditCopy(Context& ctx, std::string_view id, std::string_view text) {
    const StateFolder state = StateFolder::open(ctx.root(), true);
    dir_ = state.open_folder("edit", true);
    if (dir_ < 0) {
      const int err = errno;
      if (err == ENOTDIR || err == ELOOP)
        throw RefusedError("is not a folder (a symbolic link or a file): advo never writes through it; remove it and "
                           "run the command again; nothing written",
                           Location{ctx.display(".advo/edit")});
      throw RefusedError(fmt::format("cannot write: {}", std::strerror(err)), Location{ctx.display(".advo/edit")});
    }
    for (int n = 1;; ++n) {
      name_ = n == 1 ? fmt::format("{}.yaml", id) : fmt::format("{}-{}.yaml", id, n);
      relative_ = ".advo/edit/" + name_;
      const int err = create_new_file_at(dir_, name_, text);
      if (err == 0) return;
      if (err != EEXIST) {
        ::close(dir_);
        throw RefusedError(fmt::format("cannot write: {}", std::strerror(err)), Location{ctx.display(relative_)});
      }
      if (n == 1) ctx.note(fmt::format("the text of an earlier edit is still kept in {}", ctx.display(relative_)));
    }
  }
  ~EditCopy() { ::close(dir_); }
  EditCopy(const EditCopy&) = delete;
  EditCopy& operator=(const EditCopy&) = delete;

  const std::string& relative() const { return relative_; }
  void remove() const { ::unlinkat(dir_, name_.c_str(), 0); }

 private:
  int dir_ = -1;
  std::string name_;
  std::string relative_;
};

bool ask_to_reopen(Context& ctx) {
  ctx.err() << "Open the editor again to fix it? [Y/n] ";
  ctx.err().flush();
  std::string answer;
  if (!std::getline(std::cin, answer)) return false;
  return answer.empty() || answer == "y" || answer == "Y" || answer == "yes";
}

template <class R>
int edit_record(Context& ctx, const Program& program, const R& before) {
  const Editor editor = choose_editor();
  const std::string original = text_to_edit(ctx, program, before);
  const std::string_view kind = schema_for<R>().name;

  const EditCopy copy(ctx, before.id.view(), original);
  const fs::path copy_path = ctx.root() / copy.relative();
  const std::string shown = ctx.display(copy.relative());
  const std::string kept = fmt::format("the edited text is kept in {}", shown);

  while (true) {
    const int status = run_editor(editor, copy_path);
    std::string edited;
    try {
      edited = read_file(copy_path, shown, kMaxRecordBytes + 1);
    } catch (const Error& e) {
      std::error_code ec;
      const bool still_there = fs::exists(copy_path, ec);
      throw DataError(fmt::format("{}; nothing written{}", e.describe(), still_there ? "; " + kept : ""));
    }
    if (status != 0) {
      const std::string what = status == 127 ? fmt::format("could not run the editor '{}'", editor.command)
                                             : fmt::format("the editor '{}' failed (exit status {})", editor.command, status);
      if (edited == original) {
        copy.remove();
        throw UsageError(fmt::format("{}; nothing written", what));
      }
      throw UsageError(fmt::format("{}; nothing written; {}", what, kept));
    }
    if (edited == original) {
      copy.remove();
      ctx.note(fmt::format("{}: no changes; nothing written", before.id.view()));
      return 0;
    }

    // What was typed is saved composed (NFC), as every other input is.
    edited = to_nfc(edited);
    R after{};
    RecordText text = parse_record_text(edited, schema_for<R>(), program.settings, shown, &after);
    if (!after.id.empty()) check_edited(program, ctx.today(), before, after, text);  // else already reported
    if (!text.has_errors()) {
      after.origin = before.origin;
      if (same_record(before, after)) {
        copy.remove();
        ctx.note(fmt::format("{}: no changes to the record; nothing written", before.id.view()));
        return 0;
      }
      std::string saved;
      try {
        saved = save_edited(ctx, program, before, after);
      } catch (const RefusedError& e) {
        // A rule of rest: the text is kept, and on a terminal it may be
        // mended (an `override:` with the reason, another date).
        if (!stdin_is_terminal()) throw RefusedError(fmt::format("{}; {}", e.what(), kept));
        ctx.err() << "advo: " << terminal_safe(e.what(), /*keep_newlines=*/true) << '\n';
        if (!ask_to_reopen(ctx)) throw RefusedError(fmt::format("nothing written; {}", kept));
        continue;
      }
      copy.remove();
      ctx.describe_change(fmt::format("edit: {} ({})", before.id.view(), changed_fields(before, after)));
      ctx.note(fmt::format("saved {}", saved));
      return 0;
    }
    for (const Problem& p : text.problems)
      ctx.err() << "advo: " << terminal_safe(to_string(p.where)) << ": "
                << (p.severity == Severity::error ? "" : "warning: ") << terminal_safe(p.message) << '\n';
    if (!stdin_is_terminal() || !ask_to_reopen(ctx)) {
      const size_t errors = count_errors(text.problems);
      throw DataError(fmt::format("nothing written: the edited {} has {} error{}; {}", kind, errors,
                                  errors == 1 ? "" : "s", kept));
    }
  }
}

// Whether any record's id is, or starts with, `text`.
template <class R>
bool edit_prefix_names(const std::vector<R>& records, std::string_view text) {
  return std::any_of(records.begin(), records.end(), [&](const R& r) { return r.id.view().starts_with(text); });
}

int run_edit(Context& ctx, const EditOptions& o) {
  const Program& program = ctx.program_for_write();
  if (!edit_prefix_names(program.advocates, o.id) && !edit_prefix_names(program.stories, o.id) &&
      !edit_prefix_names(program.requests, o.id) && !edit_prefix_names(program.engagements, o.id))
    throw UsageError(fmt::format("no record '{}'", o.id));
  const RecordRef ref = resolve_id(program, o.id,
                                   {RecordKind::advocate, RecordKind::story, RecordKind::request, RecordKind::engagement});
  switch (ref.kind) {
    case RecordKind::advocate:
      return edit_record(ctx, program, program.advocates[ref.index]);
    case RecordKind::story:
      return edit_record(ctx, program, program.stories[ref.index]);
    case RecordKind::request:
      return edit_record(ctx, program, program.requests[ref.index]);
    case RecordKind::engagement:
      return edit_record(ctx, program, program.engagements[ref.index]);
  }
  return 0;
}

}  // namespace

Runner setup_edit(CommandOptions& app) {
  auto o = std::make_shared<EditOptions>();
  app.add_option("ID", o->id, "Id or unique id prefix of an advocate, story, request or engagement").required();
  return [o](Context& ctx) { return run_edit(ctx, *o); };
}

}  // namespace advo::cli
