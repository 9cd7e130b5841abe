// Loading a program through the cache (cached_load.hpp): the steps of
// read_program (read_program.cpp), with the records, problems and stamps
// of every file the images still describe taken from them, and only the
// files that changed since read again. The steps, in run():
//   advo.toml; the images opened; the folders listed (or their listings
//   taken from an image while a folder's stat is unchanged); the stat of
//   every record file taken on helper threads while the images' strings
//   and records are verified and adopted; each file matched to its image
//   entry; the stale ones read; the records merged in program order (or
//   the base image's taken as they are when nothing changed); problems and
//   stamps collected in load order; the cache written again when worth it.
#include "advo/storage/cache/cached_load.hpp"

#include <algorithm>

#include <sys/mman.h>
#include <sys/stat.h>

#include <fmt/format.h>

#include "advo/domain/schema.hpp"
#include "advo/error.hpp"
#include "advo/os/process_memory.hpp"
#include "advo/storage/cache/program_cache.hpp"
#include "advo/storage/program_scan.hpp"
#include "advo/storage/read_program.hpp"
#include "advo/storage/record_files.hpp"

namespace advo {
namespace fs = std::filesystem;
namespace {

// Asks for huge pages for a large array that is about to be filled: on
// machines where first touching memory is costly this is most of a warm load.
template <class T>
void reserve_large(std::vector<T>& v, size_t n) {
  v.reserve(n);
#ifdef MADV_HUGEPAGE
  constexpr uintptr_t kHuge = uintptr_t{2} << 20;
  const auto begin = (reinterpret_cast<uintptr_t>(v.data()) + kHuge - 1) & ~(kHuge - 1);
  const auto end = (reinterpret_cast<uintptr_t>(v.data() + n)) & ~(kHuge - 1);
  if (n * sizeof(T) >= kHuge && end > begin)
    ::madvise(reinterpret_cast<void*>(begin), end - begin, MADV_HUGEPAGE);
#endif
}

// A record file found in a folder. Its stat and the image entry that
// describes it, if any, are in the CacheState's file of the same place.
struct Candidate {
  std::string_view name;
  uint32_t read = UINT32_MAX;  // its result in `reads_`
  uint8_t folder = 0;          // 1..4
  bool fresh = false;          // the image entry holds its records
  bool verify = false;         // fresh if its content still has the entry's hash
};

bool same_check(const cache::FileCheck& cached, const cache::FileCheck& now, bool with_size) {
  return cached.mtime_ns == now.mtime_ns && cached.ctime_ns == now.ctime_ns && cached.inode == now.inode &&
         cached.mode == now.mode && (!with_size || cached.size == now.size);
}

// Orders an image's file entry against the file `name` of folder
// `folder` (1..4), as the load order does.
int compare_entry(const cache::ImageContent& c, const cache::FileEntry& e, uint8_t folder, std::string_view name) {
  if (e.folder != folder) return e.folder < folder ? -1 : 1;
  if (folder == 0) return 0;
  const size_t skip = schema_of(kFolderKinds[folder - 1]).folder.size() + 1;
  const int order = c.path(e).substr(std::min(skip, size_t{e.path_length})).compare(name);
  return order < 0 ? -1 : order > 0 ? 1 : 0;
}

std::string_view name_in_folder(const cache::ImageContent& c, const cache::FileEntry& e) {
  if (e.folder == 0) return c.path(e);
  const size_t skip = schema_of(kFolderKinds[e.folder - 1]).folder.size() + 1;
  return c.path(e).substr(std::min(skip, size_t{e.path_length}));
}

class LoadSession {
 public:
  LoadSession(const fs::path& root, const std::string& display_root, bool fold_delta)
      : root_(root), display_root_(display_root), fold_delta_(fold_delta), state_(std::make_shared<CacheState>()) {
    std::error_code ec;
    canonical_root_ = fs::weakly_canonical(root, ec);
    result_.root = root;
    result_.program.display_root = display_root;
    state_->root = root;
    state_->display_root = display_root;
  }

  LoadedProgram run() {
    state_->validated_at_ns = wall_clock_ns();
    load_settings();
    open_cache();
    scan_folders();
    {
      // The stat of every file is taken on helper threads while this one
      // verifies the rest of the cache.
      FileChecks checks = start_checks();
      use_cache_data();
      finish_checks(checks);
    }
    if (listing_dropped_) {
      // A listing came from an image that turned out damaged: start again
      // from the folders themselves.
      reset_scan();
      scan_folders();
      FileChecks checks = start_checks();
      finish_checks(checks);
    }
    match_cache_entries();
    read_files();
    if (fast_path_possible())
      take_base_as_it_is();
    else
      assemble();
    collect_problems_and_stamps();
    release_listings();
    if (any_read_) {
      // What was read is all in the program now: its memory is let go
      // before the cache image is built.
      std::vector<ParsedFile>().swap(reads_);
      release_free_heap();
    }
    const bool wrote = needs_write() && write_program_cache(*state_, result_, racy_rewrite_);
    (void)wrote;
    result_.cache = state_;
    return std::move(result_);
  }

 private:
  void load_settings() {
    read_program_settings(root_, canonical_root_, display_root_, result_, settings_problems_);
    state_->files.push_back(CachedFile{});
  }

  // The images, verified as far as listing files goes.
  void open_cache() {
    const CacheImages images = open_cache_images(root_);
    state_->base = images.base;
    state_->delta = images.delta;
    // Loading copies the records of the images: room for them and what
    // the command builds from them (a small program needs none).
    if (images.base) reserve_heap(2 * images.base->size());
  }

  // Verifies the images' records and strings, then makes their handles the
  // process's (or translates them).
  void use_cache_data() {
    CacheImages images{state_->base, state_->delta};
    const CacheImages verified = verify_cache_data(images);
    // Names listed so far may point into an image dropped here.
    for (const auto& image : {state_->base, state_->delta})
      if (image) scanned_from_.push_back(image);
    for (const CachedFolder& f : state_->folders)
      if (f.image != nullptr && f.image != verified.base.get() && f.image != verified.delta.get()) listing_dropped_ = true;
    state_->base = verified.base;
    state_->delta = verified.delta;
    if (verified.base) state_->adopted = adopt_cache_images(verified);
    if (verified.base && !state_->adopted) {
      translation_.add(verified.base->content());
      if (verified.delta) translation_.add(verified.delta->content());
    }
    if (!state_->adopted) seal_interned_tables();
  }

  void reset_scan() {
    for (CachedFolder& f : state_->folders) f = CachedFolder{};
    folder_problems_.clear();
    items_.clear();
    candidates_.clear();
    state_->files.resize(1);
    listing_changed_ = false;
    racy_names_ = 0;
    listing_dropped_ = false;
  }

  // The listing a cached image holds for folder f, when still good.
  std::pair<const cache::Image*, const cache::FolderEntry*> cached_listing(size_t f) const {
    if (state_->delta) {
      const cache::FolderEntry& d = state_->delta->content().folders[f];
      if (d.state == cache::FolderEntry::kListed) return {state_->delta.get(), &d};
      if (d.state == cache::FolderEntry::kUnlisted) return {nullptr, nullptr};
    }
    if (state_->base) {
      const cache::FolderEntry& b = state_->base->content().folders[f];
      if (b.state == cache::FolderEntry::kListed) return {state_->base.get(), &b};
    }
    return {nullptr, nullptr};
  }

  void scan_folders() {
    folder_problems_.resize(cache::kFolderCount);
    for (size_t f = 0; f < cache::kFolderCount; ++f) {
      const RecordSchema& schema = schema_of(kFolderKinds[f]);
      const fs::path dir = root_ / schema.folder;
      CachedFolder& folder = state_->folders[f];
      if (link_leads_outside(dir, canonical_root_)) {
        // Not listed, so no image's listing of it is used either.
        folder_problems_[f].push_back(
            Problem{Location{display_root_ + std::string(schema.folder)}, Severity::error, "file", kOutsideLink});
        folder.listed = false;
        listing_changed_ = true;
        items_.emplace_back();
        continue;
      }
      auto [image, entry] = cached_listing(f);
      const cache::FileCheck now = image != nullptr ? check_path(dir) : cache::FileCheck{};
      if (image != nullptr && S_ISDIR(now.mode) && same_check(entry->check(), now, false) &&
          !is_racy(entry->check(), image->content().validated_at_ns)) {
        const cache::ImageContent& c = image->content();
        folder.listing.exists = true;
        folder.listing.check = entry->check();
        for (const cache::NameEntry& n : c.names.subspan(entry->name_first, entry->name_count))
          folder.listing.names.push_back(FolderName{c.text_at(n.offset, n.length), (n.flags & cache::NameEntry::kSymlink) != 0});
        folder.image = image;
      } else {
        folder.listing = list_folder(dir, display_root_ + std::string(schema.folder), folder_problems_[f]);
        if (image != nullptr && folder.listing.exists) listing_changed_ |= !same_names(*image, *entry, folder.listing);
        if (image == nullptr && folder.listing.exists) listing_changed_ = true;
        if (folder.listing.exists && is_racy(folder.listing.check, state_->validated_at_ns)) racy_names_ += folder.listing.names.size();
      }
      folder.listed = folder.listing.exists;
      items_.push_back(classify_names(kFolderKinds[f], folder.listing, root_, canonical_root_));
    }
  }

  static bool same_names(const cache::Image& image, const cache::FolderEntry& entry, const FolderListing& listing) {
    const cache::ImageContent& c = image.content();
    if (entry.name_count != listing.names.size()) return false;
    for (size_t i = 0; i < listing.names.size(); ++i) {
      const cache::NameEntry& n = c.names[entry.name_first + i];
      if (c.text_at(n.offset, n.length) != listing.names[i].name ||
          ((n.flags & cache::NameEntry::kSymlink) != 0) != listing.names[i].symlink)
        return false;
    }
    return true;
  }

  FileChecks start_checks() {
    size_t total = 0;
    for (const auto& items : items_)
      for (const FolderItem& item : items) total += item.kind == NameKind::record_file ? 1 : 0;
    candidates_.reserve(total);
    std::vector<fs::path> folders;
    std::vector<FileChecks::Target> targets;
    targets.reserve(total);
    for (size_t f = 0; f < cache::kFolderCount; ++f) {
      folders.push_back(root_ / schema_of(kFolderKinds[f]).folder);
      for (const FolderItem& item : items_[f])
        if (item.kind == NameKind::record_file) {
          candidates_.push_back(Candidate{item.name, UINT32_MAX, static_cast<uint8_t>(f + 1)});
          targets.push_back(FileChecks::Target{static_cast<uint32_t>(f), item.name});
        }
    }
    return FileChecks(folders, std::move(targets), worker_threads());
  }

  void finish_checks(FileChecks& checks) {
    const std::vector<cache::FileCheck> found = checks.finish();
    state_->files.reserve(found.size() + 1);
    for (const cache::FileCheck& check : found) state_->files.push_back(CachedFile{check});
  }

  // Which image entry describes each file, and whether it still holds.
  void match_cache_entries() {
    size_t b = 1;
    size_t d = 0;
    const cache::ImageContent* base = state_->base ? &state_->base->content() : nullptr;
    const cache::ImageContent* delta = state_->delta ? &state_->delta->content() : nullptr;
    for (size_t i = 0; i < candidates_.size(); ++i) {
      Candidate& c = candidates_[i];
      CachedFile& file = state_->files[i + 1];
      const cache::FileEntry* found = nullptr;
      const cache::Image* image = nullptr;
      uint32_t entry = 0;
      bool dead = false;
      if (delta != nullptr) {
        while (d < delta->files.size() && compare_entry(*delta, delta->files[d], c.folder, c.name) < 0) ++d;
        if (d < delta->files.size() && compare_entry(*delta, delta->files[d], c.folder, c.name) == 0) {
          dead = (delta->files[d].flags & cache::FileEntry::kRemoved) != 0;
          if (!dead) found = &delta->files[d], image = state_->delta.get(), entry = static_cast<uint32_t>(d);
        }
      }
      if (base != nullptr) {
        while (b < base->files.size() && compare_entry(*base, base->files[b], c.folder, c.name) < 0) ++b;
        if (found == nullptr && !dead && b < base->files.size() &&
            compare_entry(*base, base->files[b], c.folder, c.name) == 0)
          found = &base->files[b], image = state_->base.get(), entry = static_cast<uint32_t>(b);
      }
      if (found != nullptr) ++matched_;
      if (found == nullptr || file.check.mode == 0 || !same_check(found->check(), file.check, true)) continue;
      file.image = image;
      file.entry = entry;
      if (!is_racy(found->check(), image->content().validated_at_ns))
        c.fresh = true;
      else
        c.verify = (found->flags & cache::FileEntry::kStampExists) != 0;
    }
  }

  std::string relative_path(const Candidate& c) const {
    return fmt::format("{}/{}", schema_of(kFolderKinds[c.folder - 1]).folder, c.name);
  }

  void read_files() {
    // Reading needs about three times the files' size at its peak.
    size_t bytes = 0;
    for (size_t i = 0; i < candidates_.size(); ++i)
      if (!candidates_[i].fresh) bytes += state_->files[i + 1].check.size;
    reserve_heap(3 * bytes);
    std::vector<FileToRead> jobs;
    for (size_t i = 0; i < candidates_.size(); ++i) {
      Candidate& c = candidates_[i];
      const CachedFile& file = state_->files[i + 1];
      if (c.fresh) continue;
      const std::string relative = relative_path(c);
      FileToRead job{kFolderKinds[c.folder - 1], root_ / relative, display_root_ + relative};
      if (c.verify) {
        job.verify = true;
        job.expected_hash = file.image->content().files[file.entry].stamp_hash;
      }
      c.read = static_cast<uint32_t>(jobs.size());
      jobs.push_back(std::move(job));
    }
    reads_ = read_record_files(jobs, worker_threads());
    for (size_t i = 0; i < candidates_.size(); ++i) {
      Candidate& c = candidates_[i];
      if (c.read == UINT32_MAX) continue;
      if (reads_[c.read].unchanged) {
        c.fresh = true;
        verified_bytes_ += reads_[c.read].stamp.size;
      } else {
        state_->files[i + 1].image = nullptr;
        any_read_ = true;
      }
    }
  }

  bool fast_path_possible() const {
    if (!state_->base || state_->delta) return false;
    const cache::ImageContent& base = state_->base->content();
    if (base.files.size() != candidates_.size() + 1) return false;
    for (size_t i = 0; i < candidates_.size(); ++i)
      if (!candidates_[i].fresh || state_->files[i + 1].image != state_->base.get() || state_->files[i + 1].entry != i + 1)
        return false;
    return true;
  }

  // The base image's records into the program, a piece at a time, what
  // was copied let go (from the start: see Image::sections_intact).
  template <class R>
  void copy_records(std::span<const R> from, std::vector<R>& to) {
    reserve_large(to, from.size());
    constexpr size_t kPiece = (size_t{2} << 20) / sizeof(R);
    for (size_t at = 0; at < from.size(); at += kPiece) {
      const std::span<const R> piece = from.subspan(at, std::min(kPiece, from.size() - at));
      to.insert(to.end(), piece.begin(), piece.end());
      state_->base->release(from.data(), (at + piece.size()) * sizeof(R));
    }
    if (!state_->adopted)
      for (R& r : to) translate_record(r, translation_);
  }

  // Every file unchanged since the base image: its records, in program
  // order, and its indexes as they are.
  void take_base_as_it_is() {
    const cache::ImageContent& base = state_->base->content();
    Program& p = result_.program;
    copy_records(base.advocates, p.advocates);
    copy_records(base.stories, p.stories);
    copy_records(base.requests, p.requests);
    copy_records(base.engagements, p.engagements);
    p.use_engagement_index(EngagementIndex::from_arrays(
        EngagementIndex::Arrays{base.engagements_by_id, base.by_advocate, base.by_advocate_start}, state_->base));
  }

  // Records of unchanged files from the images, merged with those read now.
  void assemble() {
    // Where the images' files went: their index among the program's files.
    std::vector<uint32_t> base_to_file(state_->base ? state_->base->content().files.size() : 0, UINT32_MAX);
    std::vector<uint32_t> delta_to_file(state_->delta ? state_->delta->content().files.size() : 0, UINT32_MAX);
    for (size_t i = 0; i < candidates_.size(); ++i) {
      const CachedFile& file = state_->files[i + 1];
      if (!candidates_[i].fresh) continue;
      (file.image == state_->base.get() ? base_to_file : delta_to_file)[file.entry] = static_cast<uint32_t>(i + 1);
    }
    Program& p = result_.program;
    merge_kind(&cache::ImageContent::advocates, &ParsedFile::advocates, base_to_file, delta_to_file, p.advocates);
    merge_kind(&cache::ImageContent::stories, &ParsedFile::stories, base_to_file, delta_to_file, p.stories);
    merge_kind(&cache::ImageContent::requests, &ParsedFile::requests, base_to_file, delta_to_file, p.requests);
    merge_kind(&cache::ImageContent::engagements, &ParsedFile::engagements, base_to_file, delta_to_file, p.engagements);
    p.build_indexes();
  }

  // One kind of record from the base image, the delta image and the files
  // read now, merged in program order straight into the program.
  template <class R>
  void merge_kind(std::span<const R> cache::ImageContent::*field, std::vector<R> ParsedFile::*parsed,
                  const std::vector<uint32_t>& base_to_file, const std::vector<uint32_t>& delta_to_file,
                  std::vector<R>& out) {
    // A run of records in program order; `current` is its next record as
    // it will be in the program (its file, its handles).
    struct Source {
      std::span<const R> records;
      const std::vector<uint32_t>* to_file = nullptr;
      const HandleTranslation* translation = nullptr;
      size_t next = 0;
      R current{};
      bool done() const { return next >= records.size(); }
      void settle() {
        while (!done() && to_file != nullptr && (*to_file)[records[next].origin.file] == UINT32_MAX) ++next;
        if (done()) return;
        current = records[next];
        if (to_file != nullptr) current.origin.file = (*to_file)[current.origin.file];
        if (translation != nullptr) translate_record(current, *translation);
      }
    };
    std::vector<R> fresh;
    size_t read_count = 0;
    for (const Candidate& c : candidates_)
      if (!c.fresh && c.read != UINT32_MAX) read_count += (reads_[c.read].*parsed).size();
    fresh.reserve(read_count);
    for (size_t i = 0; i < candidates_.size(); ++i) {
      const Candidate& c = candidates_[i];
      if (c.fresh || c.read == UINT32_MAX) continue;
      std::vector<R>& read = reads_[c.read].*parsed;
      for (R& r : read) {
        r.origin.file = static_cast<uint32_t>(i + 1);
        fresh.push_back(r);
      }
      // Each record is held once here: the file's copy is let go.
      std::vector<R>().swap(read);
    }
    std::sort(fresh.begin(), fresh.end(), in_program_order<R>);
    const HandleTranslation* translation = state_->adopted ? nullptr : &translation_;
    Source sources[3];
    size_t total = fresh.size();
    if (state_->base) sources[0] = Source{state_->base->content().*field, &base_to_file, translation};
    if (state_->delta) sources[1] = Source{state_->delta->content().*field, &delta_to_file, translation};
    sources[2] = Source{fresh, nullptr, nullptr};
    for (size_t s = 0; s < 2; ++s)
      if (sources[s].to_file != nullptr)
        for (const R& r : sources[s].records)
          if ((*sources[s].to_file)[r.origin.file] != UINT32_MAX) ++total;
    reserve_large(out, total);
    for (Source& s : sources) s.settle();
    while (true) {
      Source* best = nullptr;
      for (Source& s : sources)
        if (!s.done() && (best == nullptr || in_program_order(s.current, best->current))) best = &s;
      if (best == nullptr) break;
      out.push_back(best->current);
      ++best->next;
      best->settle();
    }
    if (state_->base) state_->base->release(sources[0].records.data(), sources[0].records.size_bytes());
    if (state_->delta) state_->delta->release(sources[1].records.data(), sources[1].records.size_bytes());
  }

  void collect_problems_and_stamps() {
    Problems& out = result_.problems;
    out = std::move(settings_problems_);
    result_.program.files.reserve(candidates_.size() + 1);
    result_.stamps.reserve(candidates_.size() + 1);
    size_t next = 0;
    for (size_t f = 0; f < cache::kFolderCount; ++f) {
      out.insert(out.end(), folder_problems_[f].begin(), folder_problems_[f].end());
      for (const FolderItem& item : items_[f]) {
        if (item.kind != NameKind::record_file) {
          out.push_back(name_problem(kFolderKinds[f], item, display_root_));
          continue;
        }
        const size_t i = next++;
        const Candidate& c = candidates_[i];
        CachedFile& file = state_->files[i + 1];
        std::string relative = relative_path(c);
        if (c.fresh) {
          const cache::ImageContent& content = file.image->content();
          const cache::FileEntry& e = content.files[file.entry];
          for (const cache::ProblemEntry& p : content.problems.subspan(e.problem_first, e.problem_count))
            out.push_back(Problem{Location{display_root_ + relative, p.line, p.column},
                                  p.severity == 0 ? Severity::error : Severity::warning,
                                  std::string(content.text_at(p.code_offset, p.code_length)),
                                  std::string(content.text_at(p.message_offset, p.message_length))});
          FileStamp stamp;
          stamp.exists = (e.flags & cache::FileEntry::kStampExists) != 0;
          stamp.size = e.stamp_size;
          stamp.mtime_ns = e.stamp_mtime_ns;
          stamp.inode = e.stamp_inode;
          stamp.hash = e.stamp_hash;
          result_.stamps.push_back(stamp);
        } else {
          ParsedFile& r = reads_[c.read];
          out.insert(out.end(), r.problems.begin(), r.problems.end());
          result_.stamps.push_back(r.stamp);
          file.problems = static_cast<uint32_t>(state_->read_problems.size());
          state_->read_problems.push_back(std::move(r.problems));
        }
        result_.program.files.push_back(std::move(relative));
      }
    }
  }

  // The images' files, names and problems are all taken: let their pages
  // go (a later write of the cache reads them again from the file).
  void release_listings() {
    for (const auto& image : {state_->base, state_->delta}) {
      if (!image) continue;
      const cache::ImageContent& c = image->content();
      image->release(c.files.data(), c.files.size_bytes());
      image->release(c.text.data(), c.text.size());
      image->release(c.problems.data(), c.problems.size_bytes());
      image->release(c.names.data(), c.names.size_bytes());
    }
  }

  bool needs_write() {
    if (fold_delta_ && state_->base && state_->delta && settled()) {
      // Every load with a delta merges it into the base's records and
      // builds the indexes again, a cost paid over and over where a new
      // base is written once: folded as soon as nothing in it is recent
      // enough to be checked by content again.
      racy_rewrite_ = true;
      return true;
    }
    if (!state_->base || any_read_ || listing_changed_ || matched_ != described_files()) return true;
    // Files checked by content because they had just changed: once they
    // are old enough, a new image spares the next loads that work. Worth
    // it when reading them costs an eighth of writing the image again (a
    // program checked out or generated moments before the cache was made
    // would otherwise be read on every load), or 4 MiB at most.
    constexpr uint64_t kWorthRewriting = uint64_t{4} << 20;
    const uint64_t worth = std::min<uint64_t>(kWorthRewriting, state_->base->size() / 8);
    if (verified_bytes_ + racy_names_ * 1024 < worth) return false;
    const int64_t now = wall_clock_ns();
    for (size_t i = 0; i < candidates_.size(); ++i)
      if (candidates_[i].verify && is_racy(state_->files[i + 1].check, now)) return false;
    for (const CachedFolder& f : state_->folders)
      if (f.image == nullptr && f.listed && is_racy(f.listing.check, now)) return false;
    racy_rewrite_ = true;
    return true;
  }

  // Whether an image written now would be trusted by stat alone by the
  // next loads: no file or folder listing of this load changed within the
  // margin before now.
  bool settled() const {
    const int64_t now = wall_clock_ns();
    for (size_t i = 0; i < candidates_.size(); ++i)
      if ((candidates_[i].verify || candidates_[i].read != UINT32_MAX) && is_racy(state_->files[i + 1].check, now))
        return false;
    for (const CachedFolder& f : state_->folders)
      if (f.image == nullptr && f.listed && is_racy(f.listing.check, now)) return false;
    return true;
  }

  // The files the images describe: the base's (but advo.toml), less those
  // the delta describes or removes, plus those the delta describes.
  size_t described_files() const {
    const cache::ImageContent& base = state_->base->content();
    if (!state_->delta) return base.files.size() - 1;
    const cache::ImageContent& delta = state_->delta->content();
    size_t count = 0;
    size_t b = 1;
    for (const cache::FileEntry& e : delta.files) {
      const std::string_view name = name_in_folder(delta, e);
      while (b < base.files.size() && compare_entry(base, base.files[b], e.folder, name) < 0) ++b, ++count;
      if (b < base.files.size() && compare_entry(base, base.files[b], e.folder, name) == 0) ++b;
      if ((e.flags & cache::FileEntry::kRemoved) == 0) ++count;
    }
    return count + (base.files.size() - b);
  }

  fs::path root_;
  fs::path canonical_root_;
  std::string display_root_;
  bool fold_delta_ = true;
  std::shared_ptr<CacheState> state_;
  LoadedProgram result_;
  HandleTranslation translation_;
  Problems settings_problems_;
  std::vector<Problems> folder_problems_;
  std::vector<std::vector<FolderItem>> items_;
  std::vector<Candidate> candidates_;
  std::vector<ParsedFile> reads_;
  bool any_read_ = false;
  bool listing_changed_ = false;
  bool racy_rewrite_ = false;
  bool listing_dropped_ = false;  // a folder was listed from an image found damaged later
  std::vector<std::shared_ptr<const cache::Image>> scanned_from_;  // kept while their names are in use
  uint64_t verified_bytes_ = 0;
  size_t racy_names_ = 0;
  size_t matched_ = 0;  // files that an image entry describes
};

}  // namespace

LoadedProgram load_through_cache(const fs::path& root, const std::string& display_root, bool fold_delta) {
  return LoadSession(root, display_root, fold_delta).run();
}

}  // namespace advo
