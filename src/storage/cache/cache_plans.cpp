// Which files and records go into the next cache image: all of them for a
// base, those that differ from the base for a delta, and after a command
// wrote files, those files read again.
#include <algorithm>
#include <map>

#include <sys/stat.h>

#include "advo/domain/date.hpp"
#include "advo/storage/cache/interned_segments.hpp"
#include "advo/domain/ids.hpp"
#include "advo/domain/schema.hpp"
#include "advo/storage/cache/cache_plan.hpp"
#include "advo/storage/loader.hpp"
#include "advo/storage/cache/program_cache.hpp"
#include "advo/storage/record_files.hpp"
#include "advo/storage/state_folder.hpp"

namespace advo {
namespace fs = std::filesystem;
namespace {

PlannedFile planned_file(const CacheState& state, const LoadedProgram& loaded, size_t i) {
  const CachedFile& f = state.files[i];
  PlannedFile p;
  p.path = loaded.program.files[i];
  p.folder = folder_of_path(p.path);
  p.check = f.check;
  p.stamp = loaded.stamps[i];
  p.image = f.image;
  p.entry = f.entry;
  if (f.image == nullptr && f.problems != UINT32_MAX) p.problems = &state.read_problems[f.problems];
  return p;
}

std::array<PlannedFolder, cache::kFolderCount> planned_folders(const CacheState& state, bool inherit_base) {
  std::array<PlannedFolder, cache::kFolderCount> out;
  for (size_t f = 0; f < cache::kFolderCount; ++f) {
    const CachedFolder& folder = state.folders[f];
    if (inherit_base && folder.image != nullptr && folder.image == state.base.get()) {
      out[f].state = cache::FolderEntry::kInherit;
    } else if (folder.listed) {
      out[f].state = cache::FolderEntry::kListed;
      out[f].check = folder.listing.check;
      out[f].names = &folder.listing.names;
    }
  }
  return out;
}

// A delta: the files whose records do not come from the base, with the
// changed ones replaced by what reading them again gave.
class DeltaPlanner {
 public:
  DeltaPlanner(const CacheState& state, const LoadedProgram& loaded) : state_(state), loaded_(loaded) {}

  struct Replacement {
    const ParsedFile* parsed;
    cache::FileCheck check;
  };

  struct Item {
    PlannedFile file;
    size_t program_index = SIZE_MAX;
    const ParsedFile* parsed = nullptr;
  };

 public:
  // A file read again after the load: null `parsed` when it is gone.
  void replace(const std::string& path, const ParsedFile* parsed, const cache::FileCheck& check) {
    replaced_[path] = Replacement{parsed, check};
  }

  // The plan, or nullopt when the delta would be too large next to the base.
  std::optional<ImagePlan> plan(const std::vector<uint8_t>& unlisted_folders) {
    const cache::ImageContent& base = state_.base->content();
    ImagePlan plan;
    plan.kind = cache::ImageKind::delta;
    std::vector<bool> base_used(base.files.size(), false);
    std::vector<uint32_t> to_delta(loaded_.program.files.size(), UINT32_MAX);
    std::vector<Item> items;
    for (size_t i = 1; i < loaded_.program.files.size(); ++i) {
      const CachedFile& f = state_.files[i];
      auto r = replaced_.find(loaded_.program.files[i]);
      if (r == replaced_.end() && f.image == state_.base.get()) {
        base_used[f.entry] = true;
        continue;
      }
      Item item{planned_file(state_, loaded_, i), i};
      if (r != replaced_.end()) {
        if (r->second.parsed == nullptr) continue;  // gone: a removal below if the base has it
        item = replacement(r->first, r->second);
      }
      items.push_back(std::move(item));
    }
    // Files written that the load did not know.
    for (const auto& [path, r] : replaced_) {
      if (r.parsed == nullptr) continue;
      const bool known = std::find(loaded_.program.files.begin(), loaded_.program.files.end(), path) !=
                         loaded_.program.files.end();
      if (!known) items.push_back(replacement(path, r));
    }
    for (size_t b = 1; b < base.files.size(); ++b)
      if (!base_used[b]) {
        PlannedFile removed;
        removed.path = std::string(base.path(base.files[b]));
        removed.folder = base.files[b].folder;
        removed.removed = true;
        items.push_back(Item{std::move(removed)});
      }
    std::sort(items.begin(), items.end(), [](const Item& a, const Item& b) {
      return a.file.folder != b.file.folder ? a.file.folder < b.file.folder : a.file.path < b.file.path;
    });
    for (size_t j = 0; j < items.size(); ++j) {
      if (items[j].program_index != SIZE_MAX) to_delta[items[j].program_index] = static_cast<uint32_t>(j);
      plan.files.push_back(items[j].file);
    }
    const Program& p = loaded_.program;
    size_t records = 0;
    records += collect(p.advocates, &ParsedFile::advocates, items, to_delta, advocates_);
    records += collect(p.stories, &ParsedFile::stories, items, to_delta, stories_);
    records += collect(p.requests, &ParsedFile::requests, items, to_delta, requests_);
    records += collect(p.engagements, &ParsedFile::engagements, items, to_delta, engagements_);
    (void)records;
    // A delta larger than a quarter of the base costs every load more than
    // writing a new base once.
    const size_t strings =
        detail::own_symbol_count() + (state_.delta ? state_.delta->content().string_count() : 0);
    const size_t bytes = advocates_.size() * sizeof(Advocate) + stories_.size() * sizeof(Story) +
                         requests_.size() * sizeof(Request) + engagements_.size() * sizeof(Engagement) +
                         strings * 32 + items.size() * 128;
    if (bytes > state_.base->size() / 4) return std::nullopt;
    plan.advocates = advocates_;
    plan.stories = stories_;
    plan.requests = requests_;
    plan.engagements = engagements_;
    plan.folders = planned_folders(state_, true);
    for (uint8_t f : unlisted_folders) plan.folders[f - 1] = PlannedFolder{};
    return plan;
  }

 private:
  Item replacement(const std::string& path, const Replacement& r) {
    PlannedFile f;
    f.path = path;
    f.folder = folder_of_path(path);
    f.check = r.check;
    f.stamp = r.parsed->stamp;
    f.problems = &r.parsed->problems;
    return Item{std::move(f), SIZE_MAX, r.parsed};
  }

  template <class R>
  size_t collect(const std::vector<R>& program_records, std::vector<R> ParsedFile::*parsed, const std::vector<Item>& items,
                 const std::vector<uint32_t>& to_delta, std::vector<R>& out) {
    for (const R& r : program_records)
      if (r.origin.file < to_delta.size() && to_delta[r.origin.file] != UINT32_MAX) {
        out.push_back(r);
        out.back().origin.file = to_delta[r.origin.file];
      }
    for (size_t j = 0; j < items.size(); ++j)
      if (items[j].parsed != nullptr)
        for (R r : items[j].parsed->*parsed) {
          r.origin.file = static_cast<uint32_t>(j);
          out.push_back(r);
        }
    std::sort(out.begin(), out.end(), in_program_order<R>);
    return out.size();
  }

  const CacheState& state_;
  const LoadedProgram& loaded_;
  std::map<std::string, Replacement> replaced_;
  std::vector<Advocate> advocates_;
  std::vector<Story> stories_;
  std::vector<Request> requests_;
  std::vector<Engagement> engagements_;
};

ImagePlan base_plan(const CacheState& state, const LoadedProgram& loaded) {
  ImagePlan plan;
  plan.kind = cache::ImageKind::base;
  PlannedFile settings;
  settings.path = "advo.toml";
  plan.files.push_back(settings);
  for (size_t i = 1; i < loaded.program.files.size(); ++i) plan.files.push_back(planned_file(state, loaded, i));
  plan.folders = planned_folders(state, false);
  const Program& p = loaded.program;
  plan.advocates = p.advocates;
  plan.stories = p.stories;
  plan.requests = p.requests;
  plan.engagements = p.engagements;
  plan.indexes = p.engagement_index().arrays();
  return plan;
}

bool record_file_name(uint8_t folder, std::string_view name) {
  if (name.size() <= 5 || name.substr(name.size() - 5) != ".yaml") return false;
  const std::string_view stem = name.substr(0, name.size() - 5);
  if (folder == 4) return stem.size() == 7 && stem[4] == '-' && Date::parse(std::string(stem) + "-01").has_value();
  return valid_id(stem);
}

}  // namespace

uint8_t folder_of_path(std::string_view relative) {
  for (size_t f = 0; f < cache::kFolderCount; ++f) {
    const std::string_view folder = schema_of(kFolderKinds[f]).folder;
    if (relative.size() > folder.size() + 1 && relative.substr(0, folder.size()) == folder &&
        relative[folder.size()] == '/' && relative.find('/', folder.size() + 1) == std::string_view::npos)
      return static_cast<uint8_t>(f + 1);
  }
  return 0;
}

bool write_program_cache(CacheState& state, const LoadedProgram& loaded, bool force_base) {
  std::optional<ImagePlan> plan;
  DeltaPlanner delta(state, loaded);
  if (state.base && state.adopted && !force_base) plan = delta.plan({});
  const bool is_delta = plan.has_value();
  if (!plan) plan = base_plan(state, loaded);
  bool same_handles = false;
  if (!write_cache_image(state, *plan, &same_handles)) return false;

  // From now on the state describes the images just written, so that a
  // command writing files can extend them.
  const StateFolder folder = StateFolder::open(state.root, false);
  if (!is_delta) {
    state.base = folder.usable() ? cache::Image::open_in(folder.fd(), kCacheBaseName) : nullptr;
    state.delta.reset();
    state.adopted = same_handles && state.base != nullptr;
    for (size_t i = 0; i < state.files.size(); ++i) {
      state.files[i].image = state.base.get();
      state.files[i].entry = static_cast<uint32_t>(i);
    }
    for (CachedFolder& f : state.folders) f.image = f.listed ? state.base.get() : nullptr;
    return true;
  }
  const cache::ImageContent& b = state.base->content();
  if (folder.usable())
    state.delta = cache::Image::open_in(folder.fd(), kCacheDeltaName,
                                        {b.string_first + b.string_count() - 1, b.sym_list_first + b.sym_list_count() - 1,
                                         b.window_list_first + b.window_list_count() - 1});
  else
    state.delta.reset();
  if (!state.delta) {
    state.base.reset();
    return true;
  }
  const cache::ImageContent& d = state.delta->content();
  size_t j = 0;
  for (size_t i = 1; i < state.files.size(); ++i) {
    if (state.files[i].image == state.base.get()) continue;
    const std::string& path = loaded.program.files[i];
    while (j < d.files.size() && (d.files[j].folder < folder_of_path(path) ||
                                  (d.files[j].folder == folder_of_path(path) && d.path(d.files[j]) < path)))
      ++j;
    state.files[i].image = state.delta.get();
    state.files[i].entry = static_cast<uint32_t>(j);
  }
  for (CachedFolder& f : state.folders)
    if (f.image != state.base.get()) f.image = f.listed ? state.delta.get() : nullptr;
  return true;
}

void record_written_files(const CacheState& state, const LoadedProgram& loaded, const std::vector<std::string>& changed) {
  if (!state.base || !state.adopted) return;
  std::vector<ParsedFile> parsed;
  parsed.reserve(changed.size());
  std::vector<uint8_t> unlisted;
  DeltaPlanner delta(state, loaded);
  for (const std::string& path : changed) {
    const uint8_t folder = folder_of_path(path);
    if (folder == 0) continue;
    unlisted.push_back(folder);
    if (!record_file_name(folder, path.substr(path.find('/') + 1))) continue;
    const cache::FileCheck check = check_path(state.root / path);
    if (check.mode == 0 || !S_ISREG(check.mode)) {
      delta.replace(path, nullptr, check);
      continue;
    }
    parsed.push_back(read_record_file(kFolderKinds[folder - 1], state.root / path, state.display_root + path));
    delta.replace(path, &parsed.back(), check);
  }
  std::sort(unlisted.begin(), unlisted.end());
  unlisted.erase(std::unique(unlisted.begin(), unlisted.end()), unlisted.end());
  if (auto plan = delta.plan(unlisted)) write_cache_image(state, *plan);
}

}  // namespace advo
