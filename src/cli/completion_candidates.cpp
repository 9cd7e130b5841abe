#include "cli/completion_candidates.hpp"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <optional>
#include <set>

#include <CLI/CLI.hpp>

#include "advo/domain/date_input.hpp"
#include "advo/domain/ids.hpp"
#include "advo/domain/schema.hpp"
#include "advo/storage/loader.hpp"
#include "advo/storage/program_paths.hpp"
#include "advo/storage/settings_file.hpp"
#include "cli/command_line.hpp"
#include "cli/completion.hpp"

namespace advo::cli {
namespace fs = std::filesystem;
namespace {

bool starts_with(std::string_view text, std::string_view prefix) { return text.substr(0, prefix.size()) == prefix; }

// Help text cut to its first clause, without a closing parenthesis, for
// the descriptions shells show.
std::string short_description(std::string_view text) {
  text = text.substr(0, text.find("; "));
  const size_t open = text.rfind(" (");
  if (open != std::string_view::npos && !text.empty() && text.back() == ')') text = text.substr(0, open);
  while (!text.empty() && text.back() == '.') text.remove_suffix(1);
  return std::string(text);
}

// What the program holds, read only when a candidate needs it: advo.toml
// for activity types and [vocab], folder listings for ids, one month file
// for engagement ids; each with storage's own paths and readers.
class LiveData {
 public:
  explicit LiveData(std::optional<fs::path> root) : root_(std::move(root)) {}

  const Settings& settings() {
    if (settings_) return *settings_;
    settings_.emplace();
    if (!root_) return *settings_;
    try {
      std::error_code ec;
      const fs::path canonical = fs::canonical(*root_, ec);
      Problems problems;
      Settings read = read_settings_file(*root_, ec ? *root_ : canonical, std::string(kSettingsFile), problems);
      // A file that cannot be read, or is not TOML at all, names no types:
      // offer none.
      const bool unreadable = std::any_of(problems.begin(), problems.end(),
                                          [](const Problem& p) { return p.code == "syntax" || p.code == "file"; });
      if (!unreadable) settings_ = std::move(read);
    } catch (...) {
    }
    return *settings_;
  }

  std::vector<std::string> ids(RecordKind kind, std::string_view prefix) {
    std::vector<std::string> out;
    if (!root_) return out;
    if (kind == RecordKind::engagement) return engagement_ids(prefix);
    std::error_code ec;
    for (fs::directory_iterator it(*root_ / schema_of(kind).folder, ec), end; !ec && it != end; it.increment(ec)) {
      const fs::path& p = it->path();
      if (p.extension() != ".yaml") continue;
      const std::string id = p.stem().string();
      if (valid_id(id) && starts_with(id, prefix)) out.push_back(id);
    }
    std::sort(out.begin(), out.end());
    return out;
  }

 private:
  // Engagement ids start with their date; only the month file the prefix
  // names is read, so a large log stays fast.
  std::vector<std::string> engagement_ids(std::string_view prefix) {
    std::vector<std::string> out;
    if (prefix.size() < 7 || prefix[4] != '-') return out;
    const std::string month(prefix.substr(0, 7));
    if (!valid_id(month)) return out;
    const std::string file = month_file(month);
    std::vector<Engagement> entries;
    try {
      Problems problems;
      entries = read_month_file(*root_ / file, file, problems);
    } catch (...) {
      return out;
    }
    for (const Engagement& e : entries)
      if (valid_id(e.id.view()) && starts_with(e.id.view(), prefix)) out.emplace_back(e.id.view());
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
  }

  std::optional<fs::path> root_;
  std::optional<Settings> settings_;
};

class Completer {
 public:
  Completer(CLI::App& root, LiveData& live) : root_(root), live_(live) {}

  void option_values(const CLI::Option* option, std::string_view word, std::string_view head = {}) {
    // An option whose value is a DATE takes the words of DATES in advo(1).
    if (option->nonpositional() && option->get_option_text() == "DATE")
      add_values(std::vector<std::string>(date_input_words().begin(), date_input_words().end()), word, head);
    else if (const Completion* c = completion_of(option))
      declared(*c, word, head);
  }

  void declared(const Completion& c, std::string_view word, std::string_view head) {
    using Kind = Completion::Kind;
    switch (c.kind) {
      case Kind::values:
        add_values(c.values, word, head);
        break;
      case Kind::field:
        add_values(field_values(schema_of(c.record), c.path, word), word, head);
        break;
      case Kind::ids:
        for (RecordKind k : c.kinds) add_values(live_.ids(k, word), word, head);
        break;
      case Kind::activity_types:
        add_values(activity_types(c.types), word, head);
        break;
      case Kind::query:
        query(c, word);
        break;
      case Kind::assignments:
        assignment(c, word);
        break;
      case Kind::files:
        result.directive = Candidates::Directive::files;
        break;
      case Kind::folders:
        result.directive = Candidates::Directive::folders;
        break;
      case Kind::commands:
        for (const CLI::App* sub : visible_subcommands(&root_)) add(sub->get_name(), word, {});
        add_values(c.values, word, head);
        break;
    }
  }

  void options(const CLI::App* app, std::string_view word) {
    std::set<std::string> seen;
    for (const CLI::App* a = app; a != nullptr; a = a->get_parent()) {
      for (const CLI::Option* opt : a->get_options([](const CLI::Option* o) { return o->nonpositional(); })) {
        if (opt->get_group().empty()) continue;
        if (a != app && (opt == a->get_version_ptr() || opt == a->get_help_ptr())) continue;
        const std::vector<std::string>& longs = opt->get_lnames();
        const std::string name = longs.empty() ? "-" + opt->get_snames().front() : "--" + longs.front();
        if (seen.insert(name).second) add(name, word, short_description(opt->get_description()));
      }
    }
  }

  void commands(CLI::App* app, std::string_view word) {
    for (const CLI::App* sub : visible_subcommands(app)) {
      const std::string about = short_description(sub->get_description());
      add(sub->get_name(), word, about);
      for (const std::string& alias : sub->get_aliases()) add(alias, word, about);
    }
  }

  Candidates result;

 private:
  static std::vector<const CLI::App*> visible_subcommands(CLI::App* app) {
    std::vector<const CLI::App*> out;
    for (const CLI::App* sub : app->get_subcommands([](CLI::App* s) { return !s->get_group().empty(); }))
      out.push_back(sub);
    return out;
  }

  void add(const std::string& candidate, std::string_view word, std::string description) {
    if (starts_with(candidate, word)) result.list.push_back({candidate, std::move(description)});
  }

  void add_values(const std::vector<std::string>& values, std::string_view word, std::string_view head) {
    for (const std::string& v : values)
      if (starts_with(v, word)) result.list.push_back({std::string(head) + v, {}});
  }

  std::vector<std::string> activity_types(ActivityTypes which) {
    std::vector<std::string> out;
    for (const ActivityType& t : live_.settings().types)
      if (which == ActivityTypes::all || t.kind == ActivityKind::ask) out.push_back(t.name);
    return out;
  }

  // The values a field of `schema` takes: enumeration values, consent
  // scopes, activity types, ids of what it refers to, [vocab] values.
  std::vector<std::string> field_values(const RecordSchema& schema, std::string_view path, std::string_view word) {
    std::vector<std::string> out;
    const auto resolved = resolve_path(schema, path);
    if (!resolved) return out;
    const FieldDef& def = *resolved->def;
    switch (def.type) {
      case FieldType::enumeration:
      case FieldType::consents:
        for (std::string_view v : def.values) out.emplace_back(v);
        return out;
      case FieldType::boolean:
        return {"true", "false"};
      case FieldType::text:
      case FieldType::text_list:
        break;
      default:
        return out;
    }
    if (def.rule == TextRule::activity_type) return activity_types(ActivityTypes::all);
    switch (def.ref) {
      case RefKind::advocate:
        return live_.ids(RecordKind::advocate, word);
      case RefKind::story:
        return live_.ids(RecordKind::story, word);
      case RefKind::request:
        return live_.ids(RecordKind::request, word);
      case RefKind::none:
        break;
    }
    const auto vocab = live_.settings().vocab.find(std::string(def.name));
    if (vocab != live_.settings().vocab.end()) out = vocab->second;
    return out;
  }

  // Field names one level at a time: "nps." first, then "nps.score:".
  void add_names(const std::vector<std::string>& names, std::string_view word, std::string_view suffix) {
    std::set<std::string> seen;
    for (const std::string& name : names) {
      if (!starts_with(name, word)) continue;
      const size_t dot = name.find('.', word.size());
      const std::string candidate = dot == std::string::npos ? name + std::string(suffix) : name.substr(0, dot + 1);
      if (seen.insert(candidate).second) result.list.push_back({candidate, {}});
    }
  }

  // Query words: field:value, not:field:value, field:a,b.
  void query(const Completion& c, std::string_view word, std::string_view negation = {}) {
    if (negation.empty() && starts_with(word, "not:")) return query(c, word.substr(4), "not:");
    const RecordSchema& schema = schema_of(c.record);
    std::vector<VirtualField> virtuals;
    static const Program kNoProgram;
    if (c.virtual_fields) virtuals = c.virtual_fields(kNoProgram, Date());
    const size_t colon = word.find(':');
    if (colon == std::string_view::npos) {
      std::vector<std::string> names = field_paths(schema);
      for (const FieldDef& f : schema.fields)
        if (f.type == FieldType::consents) names.emplace_back(f.name);
      for (const VirtualField& v : virtuals) names.push_back(v.name);
      std::sort(names.begin(), names.end());
      const size_t before = result.list.size();
      add_names(names, word, ":");
      for (size_t i = before; i < result.list.size(); ++i) result.list[i].word.insert(0, negation);
      if (negation.empty() && starts_with("not:", word)) result.list.push_back({"not:", {}});
      return;
    }
    const std::string_view field = word.substr(0, colon);
    std::string_view value = word.substr(colon + 1);
    const size_t comma = value.rfind(',');
    const std::string head = std::string(negation) + std::string(word.substr(0, comma == std::string_view::npos
                                                                                    ? colon + 1
                                                                                    : colon + 1 + comma + 1));
    if (comma != std::string_view::npos) value = value.substr(comma + 1);
    for (const VirtualField& v : virtuals) {
      if (v.name != field) continue;
      if (v.value_hint == "TYPE") return add_values(activity_types(ActivityTypes::all), value, head);
      std::vector<std::string> values;
      std::string_view hint = v.value_hint;
      while (!hint.empty() && hint.find('|') != std::string_view::npos) {
        values.emplace_back(hint.substr(0, hint.find('|')));
        hint.remove_prefix(hint.find('|') + 1);
      }
      if (!values.empty()) values.emplace_back(hint);
      return add_values(values, value, head);
    }
    add_values(field_values(schema, field, value), value, head);
  }

  // Assignments: FIELD=VALUE, LIST+=VALUE, LIST-=VALUE.
  void assignment(const Completion& c, std::string_view word) {
    const RecordSchema& schema = schema_of(c.record);
    const size_t eq = word.find('=');
    if (eq == std::string_view::npos) {
      std::vector<std::string> names;
      for (std::string& path : field_paths(schema))
        if (path != "id") names.push_back(std::move(path));
      for (const FieldDef& f : schema.fields)
        if (f.type == FieldType::consents)
          for (std::string_view scope : f.values) names.push_back(std::string(f.name) + "." + std::string(scope));
      std::sort(names.begin(), names.end());
      return add_names(names, word, "=");
    }
    size_t field_end = eq;
    if (eq > 0 && (word[eq - 1] == '+' || word[eq - 1] == '-')) --field_end;
    add_values(field_values(schema, word.substr(0, field_end), word.substr(eq + 1)), word.substr(eq + 1),
               word.substr(0, eq + 1));
  }

  CLI::App& root_;
  LiveData& live_;
};

// The program the command line is about: -C/--dir on it, else $ADVO_DIR,
// else the current folder (and the folders above).
std::optional<fs::path> program_root(const ReadCommandLine& line) {
  std::string dir;
  for (size_t i = 0; i < line.words.size(); ++i) {
    const CommandWord& w = line.words[i];
    if (w.kind != CommandWord::Kind::option || w.option == nullptr || !w.option->check_lname("dir")) continue;
    if (starts_with(w.text, "--dir=")) dir = w.text.substr(6);
    else if (w.text.size() > 2 && w.text[1] != '-') dir = w.text.substr(2);
    else if (i + 1 < line.words.size()) dir = line.words[i + 1].text;
  }
  if (dir.empty()) {
    const char* env = std::getenv("ADVO_DIR");
    dir = env != nullptr && *env != '\0' ? env : ".";
  }
  if (starts_with(dir, "~/")) {
    const char* home = std::getenv("HOME");
    if (home != nullptr) dir = std::string(home) + dir.substr(1);
  }
  try {
    return find_program_root(dir);
  } catch (...) {
    return std::nullopt;
  }
}

}  // namespace

Candidates complete_words(const CommandOptions& root_command, std::span<const std::string> words) {
  CLI::App& root = root_command.parser_app();
  try {
    const std::string current = words.empty() ? std::string() : words.back();
    const ReadCommandLine line = read_command_line(root, words.empty() ? words : words.first(words.size() - 1));
    LiveData live(program_root(line));
    Completer completer(root, live);
    CLI::App* app = line.command();
    if (line.pending != nullptr) {
      completer.option_values(line.pending, current);
    } else if (!line.after_double_dash && starts_with(current, "-")) {
      const size_t eq = current.find('=');
      const CLI::Option* opt = starts_with(current, "--") && eq != std::string::npos
                                   ? find_option(app, std::string_view(current).substr(0, eq))
                                   : nullptr;
      if (opt != nullptr && takes_value(*opt))
        completer.option_values(opt, std::string_view(current).substr(eq + 1), std::string_view(current).substr(0, eq + 1));
      else if (eq == std::string::npos)
        completer.options(app, current);
    } else {
      if (line.positionals == 0 && !line.after_double_dash) completer.commands(app, current);
      if (const CLI::Option* positional = positional_for(app, line.positionals))
        completer.option_values(positional, current);
      const bool offers_nothing = app != &root && app->get_subcommands([](CLI::App*) { return true; }).empty() &&
                                  positional_for(app, line.positionals) == nullptr;
      if (offers_nothing && current.empty() && !line.after_double_dash) completer.options(app, current);
    }
    return std::move(completer.result);
  } catch (...) {
    return {};
  }
}

std::string candidates_text(const Candidates& candidates) {
  std::string out;
  switch (candidates.directive) {
    case Candidates::Directive::words:
      out = "words\n";
      break;
    case Candidates::Directive::files:
      out = "files\n";
      break;
    case Candidates::Directive::folders:
      out = "folders\n";
      break;
  }
  std::set<std::string> seen;
  for (const Candidate& c : candidates.list) {
    // A candidate is one line; tabs separate the description.
    if (c.word.find_first_of("\t\n\r") != std::string::npos || !seen.insert(c.word).second) continue;
    out += c.word;
    if (!c.description.empty()) {
      std::string about = c.description;
      std::replace_if(about.begin(), about.end(), [](char ch) { return ch == '\t' || ch == '\n' || ch == '\r'; }, ' ');
      out += '\t' + about;
    }
    out += '\n';
  }
  return out;
}

}  // namespace advo::cli
