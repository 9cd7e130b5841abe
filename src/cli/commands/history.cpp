// advo history ID [--patch]: the commits that changed one record, newest
// first, one line each ("HASH DATE SUBJECT (AUTHOR)"), from git log.
//
// An advocate, story or request is its own file, followed across renames.
// An engagement shares its month file with the month's other engagements:
// a commit is listed when the engagement's own entry in that file differs
// before and after it (added, changed or removed), and --patch shows the
// change of that entry alone.
#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "advo/domain/job_move.hpp"
#include "advo/domain/program.hpp"
#include "advo/error.hpp"
#include "advo/render/terminal.hpp"
#include "advo/os/git.hpp"
#include "cli/command.hpp"
#include "cli/completion.hpp"

namespace advo::cli {
namespace {

struct HistoryOptions {
  std::string id;
  bool patch = false;
};

// Commit lines start with this byte, which no line of a diff starts with.
constexpr char kMark = '\x01';
const std::string kFormat = "--format=%x01%h %ad %s (%an)";

std::vector<std::string_view> lines_of(std::string_view text) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    out.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

void print_line(Context& ctx, std::string_view line) {
  const Style& style = ctx.style();
  if (!line.empty() && line.front() == kMark) {
    ctx.out() << style.paint(terminal_safe(line.substr(1)), Color::bold) << '\n';
    return;
  }
  Color c = Color::none;
  if (line.rfind("+++", 0) == 0 || line.rfind("---", 0) == 0 || line.rfind("diff ", 0) == 0) c = Color::bold;
  else if (!line.empty() && line.front() == '+') c = Color::green;
  else if (!line.empty() && line.front() == '-') c = Color::red;
  else if (line.rfind("@@", 0) == 0) c = Color::blue;
  const std::string safe = terminal_safe(line);
  ctx.out() << (c == Color::none ? safe : style.paint(safe, c)) << '\n';
}

size_t trimmed_length(std::string_view text) {
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.remove_suffix(1);
  return text.size();
}

// The text of the entry with id `id` in a month file: the item of the
// top-level sequence that holds "id: ID" ("" when there is none).
std::string entry_text(std::string_view file, std::string_view id) {
  std::string item;
  bool found = false;
  const auto is_id_line = [&](std::string_view line) {
    line.remove_prefix(std::min<size_t>(2, line.size()));
    if (line.rfind("id:", 0) != 0) return false;
    line.remove_prefix(3);
    while (!line.empty() && (line.front() == ' ' || line.front() == '"')) line.remove_prefix(1);
    while (!line.empty() && (line.back() == ' ' || line.back() == '"' || line.back() == '\r')) line.remove_suffix(1);
    return line == id;
  };
  for (std::string_view line : lines_of(file)) {
    if (line.rfind("- ", 0) == 0 || line == "-") {
      if (found) return item;
      item.clear();
    }
    if (is_id_line(line) && (line.rfind("- ", 0) == 0 || line.rfind("  ", 0) == 0)) found = true;
    item += line;
    item += '\n';
  }
  return found ? item : std::string();
}

// The lines of `before` and `after` as a diff: " " kept, "-" removed, "+"
// added (the longest common subsequence; entries are a few lines).
std::vector<std::string> entry_diff(std::string_view before, std::string_view after) {
  const std::vector<std::string_view> a = lines_of(before), b = lines_of(after);
  std::vector<std::vector<size_t>> common(a.size() + 1, std::vector<size_t>(b.size() + 1, 0));
  for (size_t i = a.size(); i-- > 0;)
    for (size_t j = b.size(); j-- > 0;)
      common[i][j] = a[i] == b[j] ? common[i + 1][j + 1] + 1 : std::max(common[i + 1][j], common[i][j + 1]);
  std::vector<std::string> out;
  size_t i = 0, j = 0;
  while (i < a.size() || j < b.size()) {
    if (i < a.size() && j < b.size() && a[i] == b[j]) {
      out.push_back(" " + std::string(a[i++]));
      ++j;
    } else if (j < b.size() && (i == a.size() || common[i][j + 1] >= common[i + 1][j])) {
      out.push_back("+" + std::string(b[j++]));
    } else {
      out.push_back("-" + std::string(a[i++]));
    }
  }
  return out;
}

// Blob contents by id, read in one `git cat-file --batch`.
std::map<std::string, std::string> read_blobs(const GitRepo& git, const std::vector<std::string>& ids) {
  std::map<std::string, std::string> out;
  if (ids.empty()) return out;
  std::string input;
  for (const std::string& id : ids) input += id + '\n';
  const std::string data = git.run_or_throw({"cat-file", "--batch"}, {}, input);
  size_t pos = 0;
  for (const std::string& id : ids) {
    const size_t header_end = data.find('\n', pos);
    if (header_end == std::string::npos) break;
    const std::string_view header = std::string_view(data).substr(pos, header_end - pos);
    const size_t space = header.rfind(' ');
    if (header.find(" missing") != std::string_view::npos || space == std::string_view::npos) {
      pos = header_end + 1;
      continue;
    }
    const size_t size = std::stoul(std::string(header.substr(space + 1)));
    out[id] = data.substr(header_end + 1, size);
    pos = header_end + 1 + size + 1;
  }
  return out;
}

size_t engagement_history(Context& ctx, const GitRepo& git, const std::string& file, std::string_view id, bool patch) {
  const std::string log =
      git.run_or_throw({"log", "--date=short", kFormat, "--raw", "--no-abbrev", "--no-renames", "--", file});
  struct Change {
    std::string header, before, after;
  };
  std::vector<Change> changes;
  std::vector<std::string> blobs;
  const std::string none(40, '0');
  for (std::string_view line : lines_of(log)) {
    if (!line.empty() && line.front() == kMark) {
      changes.push_back({std::string(line), {}, {}});
    } else if (!line.empty() && line.front() == ':' && !changes.empty()) {
      // ":100644 100644 OLD NEW M\tpath"
      std::vector<std::string_view> parts;
      size_t start = 1;
      while (parts.size() < 4) {
        const size_t space = line.find(' ', start);
        if (space == std::string_view::npos) break;
        parts.push_back(line.substr(start, space - start));
        start = space + 1;
      }
      if (parts.size() < 4) continue;
      changes.back().before = parts[2];
      changes.back().after = parts[3];
      for (std::string_view blob : {parts[2], parts[3]})
        if (blob.find_first_not_of('0') != std::string_view::npos) blobs.emplace_back(blob);
    }
  }
  std::sort(blobs.begin(), blobs.end());
  blobs.erase(std::unique(blobs.begin(), blobs.end()), blobs.end());
  const std::map<std::string, std::string> contents = read_blobs(git, blobs);
  const auto entry_in = [&](const std::string& blob) {
    const auto it = contents.find(blob);
    return it == contents.end() ? std::string() : entry_text(it->second, id);
  };

  // --no-abbrev (for the blob ids) also lengthens %h: shorten it as git
  // would abbreviate it.
  const size_t hash_length = trimmed_length(git.run_or_throw({"rev-parse", "--short", "HEAD"}));
  size_t shown = 0;
  for (const Change& c : changes) {
    if (c.before.empty() && c.after.empty()) continue;  // a merge: its sides are listed
    const std::string before = entry_in(c.before), after = entry_in(c.after);
    if (before == after) continue;
    if (patch && shown > 0) ctx.out() << '\n';
    const size_t space = c.header.find(' ');
    print_line(ctx, space != std::string::npos && space > hash_length + 1
                        ? c.header.substr(0, hash_length + 1) + c.header.substr(space)
                        : c.header);
    ++shown;
    if (!patch) continue;
    print_line(ctx, fmt::format("--- {}", before.empty() ? "/dev/null" : file));
    print_line(ctx, fmt::format("+++ {}", after.empty() ? "/dev/null" : file));
    for (const std::string& l : entry_diff(before, after)) print_line(ctx, l);
  }
  return shown;
}

size_t record_history(Context& ctx, const GitRepo& git, const std::string& file, bool patch) {
  std::vector<std::string> args = {"log", "--follow", "--date=short", kFormat, "--no-color"};
  if (patch) args.emplace_back("--patch");
  args.emplace_back("--");
  args.push_back(file);
  size_t shown = 0;
  const std::string log = git.run_or_throw(args);  // the lines below view it
  for (std::string_view line : lines_of(log)) {
    if (!line.empty() && line.front() == kMark) ++shown;
    print_line(ctx, line);
  }
  return shown;
}

// A person who changed jobs has a record per job: the others are named,
// each with the command that shows its history.
void note_job_moves(Context& ctx, const Program& program, const Advocate& advocate) {
  for (const Advocate* later : later_records(program, advocate))
    ctx.note(fmt::format("moved to {} ({}): advo history {}", terminal_safe(later->id.view()),
                         terminal_safe(later->company.view()), terminal_safe(later->id.view())));
  for (const Advocate* earlier : earlier_records(program, advocate))
    ctx.note(fmt::format("moved from {} ({}): advo history {}", terminal_safe(earlier->id.view()),
                         terminal_safe(earlier->company.view()), terminal_safe(earlier->id.view())));
}

int run_history(Context& ctx, const HistoryOptions& o) {
  const Program& program = ctx.program();
  const RecordRef ref = resolve_id(program, o.id,
                                   {RecordKind::advocate, RecordKind::story, RecordKind::request, RecordKind::engagement});
  std::string why;
  const std::optional<GitRepo> git = GitRepo::find(ctx.root(), &why);
  if (!git) throw UsageError(fmt::format("history comes from git, but {}", why));
  const std::string file = program.files.at(record_origin(program, ref).file);
  const std::string id(record_id(program, ref).view());
  const ProcessResult head = git->run({"rev-parse", "--verify", "-q", "HEAD"});
  if (!head.started || head.status != 0) {
    ctx.note(fmt::format("{}: no commit changes it yet", id));
    return 0;
  }
  const size_t shown = ref.kind == RecordKind::engagement ? engagement_history(ctx, *git, file, id, o.patch)
                                                          : record_history(ctx, *git, file, o.patch);
  if (shown == 0) ctx.note(fmt::format("{}: no commit changes it yet", id));
  if (ref.kind == RecordKind::advocate) note_job_moves(ctx, program, program.advocates[ref.index]);
  return 0;
}

}  // namespace

Runner setup_history(CommandOptions& app) {
  auto o = std::make_shared<HistoryOptions>();
  app.add_option("ID", o->id, "Id or unique id prefix of an advocate, story, request or engagement")
                   .required();
  app.add_flag("-p,--patch", o->patch, "Show each change as a diff");
  return [o](Context& ctx) { return run_history(ctx, *o); };
}

}  // namespace advo::cli
