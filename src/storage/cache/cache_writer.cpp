// Writing the program cache: what goes into a base or a delta image, and the
// handles the process's strings and lists get there.
#include <algorithm>
#include <bit>
#include <unordered_set>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "advo/storage/cache/interned_segments.hpp"
#include "advo/domain/schema.hpp"
#include "advo/storage/cache/cache_plan.hpp"
#include "advo/storage/loader.hpp"
#include "advo/storage/cache/program_cache.hpp"
#include "advo/storage/state_folder.hpp"

namespace advo {
namespace fs = std::filesystem;
namespace {

using cache::FileEntry;
using cache::FolderEntry;
using cache::ImageContent;
using cache::NameEntry;
using cache::ProblemEntry;

// The handles strings get in an image: the process's own dense handles as
// they are, strings interned before the table was sealed after them.
class HandleMap {
 public:
  HandleMap() {
    end_ = detail::symbols_adopted();
    for (size_t k = 0; k < detail::own_symbol_count(); ++k) {
      const uint32_t h = detail::own_symbol_handle(k);
      if (h < detail::kProvisionalHandle) end_ = std::max(end_, h);
    }
    provisional_.assign(detail::own_symbol_count(), 0);
    uint32_t next = end_ + 1;
    for (size_t k = 0; k < detail::own_symbol_count(); ++k)
      if (detail::own_symbol_handle(k) >= detail::kProvisionalHandle && !detail::own_symbol_is_alias(k)) {
        provisional_[k] = next++;
        extra_.push_back(k);
      }
  }
  uint32_t operator()(Sym s) const {
    const uint32_t h = s.id();
    return h < detail::kProvisionalHandle ? h : provisional_[h - detail::kProvisionalHandle - 1];
  }
  uint32_t end() const { return end_; }
  bool identity() const { return extra_.empty(); }
  const std::vector<size_t>& extra() const { return extra_; }

 private:
  uint32_t end_ = 0;
  std::vector<uint32_t> provisional_;
  std::vector<size_t> extra_;  // own indexes of provisional strings, in image order
};

void map_fields(std::span<const FieldDef> fields, unsigned char* base, const HandleMap& map) {
  for (const FieldDef& f : fields) {
    if (f.type == FieldType::text) {
      Sym& s = field_at<Sym>(base, f.offset);
      s = Sym::from_handle(map(s));
    } else if (f.type == FieldType::group) {
      map_fields(f.fields, base + f.offset, map);
    }
  }
}

// The last id of the process's own lists that were made after sealing.
uint32_t list_end(const detail::ArrayStore& store) {
  uint32_t end = store.adopted();
  for (size_t k = 0; k < store.own_count(); ++k) {
    const uint32_t id = store.own_id(k);
    if (id < detail::ArrayStore::kProvisional) end = std::max(end, id);
  }
  return end;
}

class ImageBuilder {
 public:
  ImageBuilder(const CacheState& state, const ImagePlan& plan) : state_(state), plan_(plan) {}

  // The image's content (views into this builder and the program), or
  // false when the plan cannot be written.
  bool build() {
    const bool delta = plan_.kind == cache::ImageKind::delta;
    const ImageContent* base = delta ? &state_.base->content() : nullptr;
    c_.kind = plan_.kind;
    c_.validated_at_ns = state_.validated_at_ns;
    c_.base_checksum = delta ? state_.base->checksum() : 0;
    c_.string_first = delta ? base->string_first + base->string_count() : 1;
    c_.sym_list_first = delta ? base->sym_list_first + base->sym_list_count() : 1;
    c_.window_list_first = delta ? base->window_list_first + base->window_list_count() : 1;
    if (c_.string_first > map_.end() + 1) return false;
    add_strings();
    add_lists();
    if (!add_files() || !add_folders()) return false;
    add_records();
    c_.engagements_by_id = plan_.indexes.by_id;
    c_.by_advocate = plan_.indexes.by_advocate;
    c_.by_advocate_start = plan_.indexes.by_advocate_start;
    return true;
  }

  const ImageContent& content() const { return c_; }
  bool handles_unchanged() const { return map_.identity(); }

 private:
  uint32_t text_offset(std::string_view s) {
    const auto at = static_cast<uint32_t>(text_.size());
    text_ += s;
    return at;
  }

  void add_strings() {
    string_offsets_.push_back(0);
    auto add = [&](std::string_view s) {
      string_text_ += s;
      string_offsets_.push_back(static_cast<uint32_t>(string_text_.size()));
    };
    for (uint32_t h = c_.string_first; h <= map_.end(); ++h) add(Sym::from_handle(h).view());
    for (size_t k : map_.extra()) add(detail::own_symbol_text(k));
    const size_t count = string_offsets_.size() - 1;
    if (count > 0) {
      slots_.assign(std::bit_ceil(count * 2), 0);
      const size_t mask = slots_.size() - 1;
      for (size_t k = 0; k < count; ++k) {
        const std::string_view s(string_text_.data() + string_offsets_[k], string_offsets_[k + 1] - string_offsets_[k]);
        size_t i = detail::hash_text(s) & mask;
        while (slots_[i] != 0) i = (i + 1) & mask;
        slots_[i] = c_.string_first + static_cast<uint32_t>(k);
      }
    }
    c_.string_offsets = string_offsets_;
    c_.string_text = string_text_;
    c_.string_slots = slots_;
  }

  void add_lists() {
    const detail::ArrayStore& syms = detail::list_store(sizeof(Sym), typeid(Sym));
    sym_offsets_.push_back(0);
    const uint32_t sym_end = list_end(syms);
    for (uint32_t id = c_.sym_list_first; id <= sym_end; ++id) {
      for (Sym s : SymList::from_id(id)) sym_items_.push_back(Sym::from_handle(map_(s)));
      sym_offsets_.push_back(static_cast<uint32_t>(sym_items_.size()));
    }
    const detail::ArrayStore& windows = detail::list_store(sizeof(Window), typeid(Window));
    window_offsets_.push_back(0);
    const uint32_t window_end = list_end(windows);
    for (uint32_t id = c_.window_list_first; id <= window_end; ++id) {
      for (Window w : WindowList::from_id(id)) {
        w.reason = Sym::from_handle(map_(w.reason));
        window_items_.push_back(w);
      }
      window_offsets_.push_back(static_cast<uint32_t>(window_items_.size()));
    }
    c_.sym_list_offsets = sym_offsets_;
    c_.sym_list_items = sym_items_;
    c_.window_list_offsets = window_offsets_;
    c_.window_list_items = window_items_;
  }

  bool add_problem(const Problem& p, const std::string& display) {
    if (p.where.file != display) return false;  // only a file's own problems are kept with it
    ProblemEntry e;
    e.code_offset = text_offset(p.code);
    e.code_length = static_cast<uint32_t>(p.code.size());
    e.message_offset = text_offset(p.message);
    e.message_length = static_cast<uint32_t>(p.message.size());
    e.line = p.where.line;
    e.column = p.where.column;
    e.severity = p.severity == Severity::error ? 0 : 1;
    problems_.push_back(e);
    return true;
  }

  bool add_files() {
    for (const PlannedFile& f : plan_.files) {
      FileEntry e;
      e.path_offset = text_offset(f.path);
      e.path_length = static_cast<uint32_t>(f.path.size());
      e.folder = f.folder;
      e.flags = static_cast<uint8_t>(f.removed ? FileEntry::kRemoved : 0);
      if (f.stamp.exists) e.flags |= FileEntry::kStampExists;
      e.mode = f.check.mode;
      e.size = f.check.size;
      e.mtime_ns = f.check.mtime_ns;
      e.ctime_ns = f.check.ctime_ns;
      e.inode = f.check.inode;
      e.stamp_size = f.stamp.size;
      e.stamp_mtime_ns = f.stamp.mtime_ns;
      e.stamp_inode = f.stamp.inode;
      e.stamp_hash = f.stamp.hash;
      e.problem_first = static_cast<uint32_t>(problems_.size());
      if (f.image != nullptr) {
        const ImageContent& from = f.image->content();
        const FileEntry& old = from.files[f.entry];
        for (const ProblemEntry& p : from.problems.subspan(old.problem_first, old.problem_count)) {
          ProblemEntry copy = p;
          copy.code_offset = text_offset(from.text_at(p.code_offset, p.code_length));
          copy.message_offset = text_offset(from.text_at(p.message_offset, p.message_length));
          problems_.push_back(copy);
        }
      } else if (f.problems != nullptr) {
        const std::string display = state_.display_root + f.path;
        for (const Problem& p : *f.problems)
          if (!add_problem(p, display)) return false;
      }
      e.problem_count = static_cast<uint32_t>(problems_.size()) - e.problem_first;
      files_.push_back(e);
    }
    c_.files = files_;
    return true;
  }

  bool add_folders() {
    for (const PlannedFolder& f : plan_.folders) {
      FolderEntry e;
      e.state = f.state;
      e.mode = f.check.mode;
      e.mtime_ns = f.check.mtime_ns;
      e.ctime_ns = f.check.ctime_ns;
      e.inode = f.check.inode;
      e.name_first = static_cast<uint32_t>(names_.size());
      if (f.names != nullptr)
        for (const FolderName& n : *f.names)
          names_.push_back(NameEntry{text_offset(n.name), static_cast<uint32_t>(n.name.size()),
                                     n.symlink ? NameEntry::kSymlink : 0u});
      e.name_count = static_cast<uint32_t>(names_.size()) - e.name_first;
      folders_.push_back(e);
    }
    c_.folders = folders_;
    return true;
  }

  template <class R>
  std::span<const R> mapped(std::span<const R> records, std::vector<R>& storage) {
    if (map_.identity()) return records;
    storage.assign(records.begin(), records.end());
    for (R& r : storage) map_fields(schema_for<R>().fields, reinterpret_cast<unsigned char*>(&r), map_);
    return storage;
  }

  void add_records() {
    c_.advocates = mapped(plan_.advocates, advocates_);
    c_.stories = mapped(plan_.stories, stories_);
    c_.requests = mapped(plan_.requests, requests_);
    c_.engagements = mapped(plan_.engagements, engagements_);
    c_.text = text_;
    c_.problems = problems_;
    c_.names = names_;
  }

  const CacheState& state_;
  const ImagePlan& plan_;
  HandleMap map_;
  ImageContent c_;
  std::string text_;
  std::vector<uint32_t> string_offsets_;
  std::string string_text_;
  std::vector<uint32_t> slots_;
  std::vector<uint32_t> sym_offsets_;
  std::vector<Sym> sym_items_;
  std::vector<uint32_t> window_offsets_;
  std::vector<Window> window_items_;
  std::vector<FileEntry> files_;
  std::vector<ProblemEntry> problems_;
  std::vector<FolderEntry> folders_;
  std::vector<NameEntry> names_;
  std::vector<Advocate> advocates_;
  std::vector<Story> stories_;
  std::vector<Request> requests_;
  std::vector<Engagement> engagements_;
};

}  // namespace

bool write_cache_image(const CacheState& state, const ImagePlan& plan, bool* handles_unchanged) {
  // Only into a real .advo folder, never through a link.
  const StateFolder folder = StateFolder::open(state.root, true);
  if (!folder.usable()) return false;
  ImageBuilder builder(state, plan);
  if (!builder.build()) return false;
  if (handles_unchanged != nullptr) *handles_unchanged = builder.handles_unchanged();
  // Written as it is serialised: the image is never held whole in memory.
  const auto write = [&builder](const StateFolder::PieceWriter& put) { return cache::write_image(builder.content(), put); };
  if (plan.kind == cache::ImageKind::base) {
    if (!folder.replace_file(kCacheBaseName, write)) return false;
    folder.remove_file(kCacheDeltaName);
    return true;
  }
  return folder.replace_file(kCacheDeltaName, write);
}

}  // namespace advo
