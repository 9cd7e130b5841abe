// Placing check's findings (locate.hpp): the line and column of the value
// each is about, from the places kept for the files that did not change
// (storage/cache/check_places.hpp), or else by parsing the file again.
#include "advo/storage/locate.hpp"

#include <map>

#include "advo/storage/cache/check_places.hpp"
#include "advo/storage/record_reader.hpp"
#include "advo/storage/yaml_tree.hpp"

namespace advo {
namespace {

// A file parsed again, with the hash of what was read.
struct ParsedAgain {
  std::optional<YamlNode> tree;
  uint64_t hash = 0;
};

ParsedAgain parse_again(const LoadedProgram& loaded, const std::string& relative, const std::string& display) {
  ParsedAgain out;
  try {
    const bool month = relative.rfind("engagements/", 0) == 0;
    FileStamp stamp;
    const std::string text =
        read_record_text(loaded.root / relative, display, month ? kMaxMonthFileBytes : kMaxRecordBytes, &stamp);
    out.hash = stamp.hash;
    out.tree = parse_yaml(text, display, month ? kMonthFileLimits : kRecordLimits);
  } catch (const Error&) {
    out.tree.reset();
  }
  return out;
}

Place place_in(const ParsedAgain& parsed, const Finding& f) {
  if (!parsed.tree) return Place{};
  const YamlNode* record = &*parsed.tree;
  if (record->kind == YamlNode::Kind::seq)
    record = f.origin.item < record->children.size() ? &record->children[f.origin.item] : nullptr;
  if (record == nullptr) return Place{};
  const YamlNode* node = f.path.empty() ? record : find_node(*record, f.path, f.item);
  return node != nullptr ? Place{node->line, node->column} : Place{};
}

}  // namespace

Problems place_findings(const LoadedProgram& loaded, const Findings& findings) {
  const Program& program = loaded.program;
  // Places are kept only beside a cache: a load without one (--no-cache)
  // reads every file it needs.
  const bool kept = loaded.cache != nullptr;
  const CheckPlaces before = kept ? CheckPlaces::read(loaded.root) : CheckPlaces{};
  CheckPlaces now;
  std::map<uint32_t, ParsedAgain> parsed;
  Problems out;
  out.reserve(findings.size());
  for (const Finding& f : findings) {
    Location where{program.display_path(f.origin), f.origin.line, f.origin.column};
    if (f.origin.file < program.files.size()) {
      const std::string& relative = program.files[f.origin.file];
      const FileStamp* stamp = f.origin.file < loaded.stamps.size() ? &loaded.stamps[f.origin.file] : nullptr;
      if (stamp != nullptr && (!stamp->exists || stamp->hash == 0)) stamp = nullptr;
      const PlaceKey key{f.origin.item, f.item, f.path};
      std::optional<Place> place = stamp != nullptr ? before.find(relative, stamp->hash, stamp->size, key) : std::nullopt;
      if (!place) {
        auto [it, fresh] = parsed.try_emplace(f.origin.file);
        if (fresh) it->second = parse_again(loaded, relative, where.file);
        place = place_in(it->second, f);
        // Kept only when the file still holds what the load read.
        if (stamp != nullptr && it->second.hash != stamp->hash) stamp = nullptr;
      }
      if (place->line > 0) {
        where.line = place->line;
        where.column = place->column;
      }
      if (kept && stamp != nullptr) now.add(relative, stamp->hash, stamp->size, key, *place);
    }
    out.push_back(Problem{std::move(where), f.severity, f.code, f.message});
  }
  if (kept && !(now == before)) write_check_places(loaded.root, now);
  return out;
}

}  // namespace advo
