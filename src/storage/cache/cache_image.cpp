#include "advo/storage/cache/cache_image.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <link.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

#include "advo/storage/cache/interned_segments.hpp"
#include "advo/domain/schema.hpp"
#include "advo/storage/loader.hpp"

namespace advo::cache {
namespace {

constexpr char kMagic[8] = {'a', 'd', 'v', 'o', 'c', 'a', 'c', 'h'};

enum Section : size_t {
  kStringOffsets,
  kStringText,
  kStringSlots,
  kSymListOffsets,
  kSymListItems,
  kWindowListOffsets,
  kWindowListItems,
  kFiles,
  kText,
  kProblems,
  kFolders,
  kNames,
  kAdvocates,
  kStories,
  kRequests,
  kEngagements,
  kByIdIndex,
  kByAdvocateIndex,
  kByAdvocateStart,
  kSectionCount
};

struct SectionRange {
  uint64_t offset;
  uint64_t size;
  uint64_t checksum;
};

// The sections a load needs first (to list folders and match files) and
// the rest; each group is verified on its own, the second while files are
// being checked.
constexpr size_t kListingSections[] = {kFiles, kText, kProblems, kFolders, kNames};
constexpr size_t kDataSections[] = {kStringOffsets, kStringText, kStringSlots, kSymListOffsets, kSymListItems,
                                     kWindowListOffsets, kWindowListItems, kAdvocates, kStories, kRequests,
                                     kEngagements, kByIdIndex, kByAdvocateIndex, kByAdvocateStart};

struct Header {
  char magic[8];
  uint64_t checksum;  // of the rest of the header, which holds each section's checksum
  uint64_t size;
  uint64_t layout;
  uint32_t kind;
  uint32_t string_first;
  uint32_t sym_list_first;
  uint32_t window_list_first;
  uint64_t base_checksum;
  int64_t validated_at_ns;
  SectionRange sections[kSectionCount];
};
static_assert(sizeof(Header) % 8 == 0);

// The id of this executable's build (GNU build-id note), so that an image
// is only ever read by the build that wrote it.
int collect_build_id(struct dl_phdr_info* info, size_t, void* out) {
  auto* id = static_cast<std::string*>(out);
  for (int i = 0; i < info->dlpi_phnum; ++i) {
    const ElfW(Phdr)& ph = info->dlpi_phdr[i];
    if (ph.p_type != PT_NOTE) continue;
    const auto* p = reinterpret_cast<const unsigned char*>(info->dlpi_addr + ph.p_vaddr);
    const unsigned char* end = p + ph.p_memsz;
    while (p + sizeof(ElfW(Nhdr)) <= end) {
      ElfW(Nhdr) note;
      std::memcpy(&note, p, sizeof note);
      const unsigned char* name = p + sizeof note;
      const unsigned char* desc = name + ((note.n_namesz + 3) & ~3u);
      if (note.n_type == NT_GNU_BUILD_ID && note.n_namesz == 4 && std::memcmp(name, "GNU", 4) == 0 &&
          desc + note.n_descsz <= end) {
        id->assign(reinterpret_cast<const char*>(desc), note.n_descsz);
        return 1;
      }
      p = desc + ((note.n_descsz + 3) & ~3u);
    }
  }
  return 1;  // only the executable itself (the first object) is looked at
}

void describe_fields(std::span<const FieldDef> fields, std::string& out) {
  for (const FieldDef& f : fields) {
    out += fmt::format("{}:{}:{}:{};", f.name, static_cast<int>(f.type), f.offset, f.values.size());
    describe_fields(f.fields, out);
  }
}

// What the records of a kind hold that must be checked when read back.
enum class Check : uint8_t { sym, sym_list, window_list, flag, enumeration };
struct FieldCheck {
  size_t offset;
  Check check;
  uint8_t max = 0;
};

void plan_fields(std::span<const FieldDef> fields, size_t base, std::vector<FieldCheck>& out) {
  for (const FieldDef& f : fields) {
    const size_t at = base + f.offset;
    switch (f.type) {
      case FieldType::text:
        out.push_back({at, Check::sym});
        break;
      case FieldType::text_list:
        out.push_back({at, Check::sym_list});
        break;
      case FieldType::windows:
        out.push_back({at, Check::window_list});
        break;
      case FieldType::boolean:
        out.push_back({at, Check::flag, 1});
        break;
      case FieldType::enumeration:
        out.push_back({at, Check::enumeration, static_cast<uint8_t>(f.values.size())});
        break;
      case FieldType::group:
        plan_fields(f.fields, at, out);
        break;
      default:
        break;
    }
  }
}

const std::vector<FieldCheck>& plan_of(RecordKind kind) {
  static const auto plans = [] {
    std::array<std::vector<FieldCheck>, 4> p;
    for (size_t k = 0; k < 4; ++k) plan_fields(schema_of(static_cast<RecordKind>(k)).fields, 0, p[k]);
    return p;
  }();
  return plans[static_cast<size_t>(kind)];
}

struct Limits {
  uint32_t handles;
  uint32_t sym_lists;
  uint32_t window_lists;
  uint32_t files;
};

template <class R>
bool records_valid(const Image& image, std::span<const R> records, RecordKind kind, const Limits& limits) {
  const std::vector<FieldCheck>& plan = plan_of(kind);
  constexpr size_t kPiece = (size_t{2} << 20) / sizeof(R);
  for (size_t i = 0; i < records.size(); ++i) {
    if (i % kPiece == 0 && i > 0) image.release(records.data(), i * sizeof(R));  // as sections_intact does
    const R& r = records[i];
    const auto* base = reinterpret_cast<const unsigned char*>(&r);
    for (const FieldCheck& c : plan) {
      uint32_t v32 = 0;
      switch (c.check) {
        case Check::sym:
          std::memcpy(&v32, base + c.offset, 4);
          if (v32 > limits.handles) return false;
          break;
        case Check::sym_list:
          std::memcpy(&v32, base + c.offset, 4);
          if (v32 > limits.sym_lists) return false;
          break;
        case Check::window_list:
          std::memcpy(&v32, base + c.offset, 4);
          if (v32 > limits.window_lists) return false;
          break;
        case Check::flag:
        case Check::enumeration:
          if (base[c.offset] > c.max) return false;
          break;
      }
    }
    if (r.origin.file >= limits.files) return false;
  }
  return true;
}

bool offsets_valid(std::span<const uint32_t> offsets, size_t items) {
  if (offsets.empty()) return items == 0;
  if (offsets[0] != 0 || offsets.back() != items) return false;
  for (size_t i = 1; i < offsets.size(); ++i)
    if (offsets[i] < offsets[i - 1]) return false;
  return true;
}

bool range_valid(std::string_view text, uint64_t offset, uint64_t length) {
  return offset <= text.size() && length <= text.size() - offset;
}

constexpr size_t aligned8(size_t n) { return (n + 7) & ~size_t{7}; }

}  // namespace

namespace {

constexpr uint64_t kLanesStart[4] = {0x9E3779B97F4A7C15ull, 0xC2B2AE3D27D4EB4Full, 0x165667B19E3779F9ull,
                                     0x27D4EB2F165667C5ull};

// The checksum in two steps, so that a long run of bytes can be taken in
// pieces: whole 32-byte blocks, then the rest and the length.
void mix_blocks(uint64_t (&lanes)[4], const unsigned char* p, size_t size) {
  for (size_t i = 0; i + 32 <= size; i += 32)
    for (size_t l = 0; l < 4; ++l) {
      uint64_t w;
      std::memcpy(&w, p + i + 8 * l, 8);
      lanes[l] = std::rotl(lanes[l] ^ (w * 0x87C37B91114253D5ull), 31) * 0x4CF5AD432745937Full;
    }
}

uint64_t finish_checksum(const uint64_t (&lanes)[4], const unsigned char* tail, size_t tail_size, uint64_t total) {
  uint64_t h = total;
  for (uint64_t lane : lanes) h = std::rotl(h ^ lane, 27) * 0x9E3779B97F4A7C15ull;
  for (size_t i = 0; i < tail_size; ++i) h = (h ^ tail[i]) * 0x100000001B3ull;
  h ^= h >> 33;
  h *= 0xFF51AFD7ED558CCDull;
  h ^= h >> 33;
  return h;
}

}  // namespace

uint64_t checksum_bytes(const void* data, size_t size) {
  const auto* p = static_cast<const unsigned char*>(data);
  uint64_t lanes[4] = {kLanesStart[0], kLanesStart[1], kLanesStart[2], kLanesStart[3]};
  const size_t whole = size & ~size_t{31};
  mix_blocks(lanes, p, whole);
  return finish_checksum(lanes, p + whole, size - whole, size);
}

uint64_t layout_signature() {
  static const uint64_t signature = [] {
    std::string id;
    dl_iterate_phdr(collect_build_id, &id);
    std::string s = fmt::format("advo cache image 4;build {};", id.empty() ? std::string(__DATE__ " " __TIME__) : id);
    s += fmt::format("sizes {} {} {} {} {} {} {} {} {} {};", sizeof(Advocate), sizeof(Story), sizeof(Request),
                     sizeof(Engagement), sizeof(Window), sizeof(Origin), sizeof(FileEntry), sizeof(ProblemEntry),
                     sizeof(FolderEntry), sizeof(NameEntry));
    s += fmt::format("limits {} {} {} {} {} {};", kMaxRecordBytes, kMaxMonthFileBytes, kRecordLimits.max_depth,
                     kRecordLimits.max_nodes, kMonthFileLimits.max_depth, kMonthFileLimits.max_nodes);
    const uint32_t endian = 0x01020304;
    s.append(reinterpret_cast<const char*>(&endian), 4);
    for (size_t k = 0; k < 4; ++k) describe_fields(schema_of(static_cast<RecordKind>(k)).fields, s);
    return checksum_bytes(s.data(), s.size());
  }();
  return signature;
}

bool write_image(const ImageContent& c, const std::function<bool(std::string_view)>& put) {
  struct Piece {
    Section section;
    const void* data;
    size_t size;
  };
  const auto piece = [](Section s, auto items) { return Piece{s, items.data(), items.size_bytes()}; };
  const Piece pieces[] = {
      piece(kStringOffsets, c.string_offsets),
      Piece{kStringText, c.string_text.data(), c.string_text.size()},
      piece(kStringSlots, c.string_slots),
      piece(kSymListOffsets, c.sym_list_offsets),
      piece(kSymListItems, c.sym_list_items),
      piece(kWindowListOffsets, c.window_list_offsets),
      piece(kWindowListItems, c.window_list_items),
      piece(kFiles, c.files),
      Piece{kText, c.text.data(), c.text.size()},
      piece(kProblems, c.problems),
      piece(kFolders, c.folders),
      piece(kNames, c.names),
      piece(kAdvocates, c.advocates),
      piece(kStories, c.stories),
      piece(kRequests, c.requests),
      piece(kEngagements, c.engagements),
      piece(kByIdIndex, c.engagements_by_id),
      piece(kByAdvocateIndex, c.by_advocate),
      piece(kByAdvocateStart, c.by_advocate_start),
  };
  // The header first, from the sections' places and checksums; then each
  // section where the header says, after zeros up to it.
  Header h{};
  h.kind = static_cast<uint32_t>(c.kind);
  h.string_first = c.string_first;
  h.sym_list_first = c.sym_list_first;
  h.window_list_first = c.window_list_first;
  h.base_checksum = c.base_checksum;
  h.validated_at_ns = c.validated_at_ns;
  std::memcpy(h.magic, kMagic, sizeof kMagic);
  size_t at = sizeof(Header);
  for (const Piece& p : pieces) {
    at = aligned8(at);
    h.sections[p.section] = SectionRange{at, p.size, checksum_bytes(p.data, p.size)};
    at += p.size;
  }
  h.size = aligned8(at);
  h.layout = layout_signature();
  h.checksum = checksum_bytes(reinterpret_cast<const unsigned char*>(&h) + 16, sizeof h - 16);
  static constexpr char kZeros[8] = {};
  if (!put(std::string_view(reinterpret_cast<const char*>(&h), sizeof h))) return false;
  size_t written = sizeof h;
  for (const Piece& p : pieces) {
    const size_t pad = aligned8(written) - written;
    if (pad > 0 && !put(std::string_view(kZeros, pad))) return false;
    if (p.size > 0 && !put(std::string_view(static_cast<const char*>(p.data), p.size))) return false;
    written += pad + p.size;
  }
  return written == h.size || put(std::string_view(kZeros, h.size - written));
}

std::string build_image(const ImageContent& c) {
  std::string bytes;
  write_image(c, [&bytes](std::string_view piece) {
    bytes.append(piece);
    return true;
  });
  return bytes;
}

std::shared_ptr<Image> Image::map(int dirfd, const char* name) {
  // O_NONBLOCK: a pipe put where the cache goes must not make advo wait.
  const int fd = ::openat(dirfd, name, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY);
  if (fd < 0) return nullptr;
  struct stat st {};
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_size < static_cast<off_t>(sizeof(Header))) {
    ::close(fd);
    return nullptr;
  }
  const auto size = static_cast<size_t>(st.st_size);
  void* data = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
  ::close(fd);
  if (data == MAP_FAILED) return nullptr;
  // Mapped a page at a time, never a huge page at once: a command reads a
  // few records and strings here and there, and a huge page would bring
  // 2 MiB into its memory for each of them.
  ::madvise(data, size, MADV_NOHUGEPAGE);
  std::shared_ptr<Image> image(new Image());
  image->data_ = static_cast<const unsigned char*>(data);
  image->size_ = size;
  image->mapped_ = true;
  image->written_ns_ = static_cast<int64_t>(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec;
  if (!image->read_header()) return nullptr;
  return image;
}

std::shared_ptr<const Image> Image::open(const std::filesystem::path& path, const HandleLimits& limits) {
  return open_in(AT_FDCWD, path.c_str(), limits);
}

std::shared_ptr<const Image> Image::open_in(int dirfd, const char* name, const HandleLimits& limits) {
  auto image = map(dirfd, name);
  if (!image || !image->verify_listing() || !image->verify_data(limits)) return nullptr;
  return image;
}

std::shared_ptr<Image> Image::open_unverified(const std::filesystem::path& path) { return map(AT_FDCWD, path.c_str()); }

std::shared_ptr<Image> Image::open_unverified_in(int dirfd, const char* name) { return map(dirfd, name); }

std::shared_ptr<const Image> Image::from_bytes(std::string_view bytes, const HandleLimits& limits) {
  if (bytes.size() < sizeof(Header) || reinterpret_cast<uintptr_t>(bytes.data()) % 8 != 0) return nullptr;
  std::shared_ptr<Image> image(new Image());
  image->data_ = reinterpret_cast<const unsigned char*>(bytes.data());
  image->size_ = bytes.size();
  if (!image->read_header() || !image->verify_listing() || !image->verify_data(limits)) return nullptr;
  return image;
}

Image::~Image() {
  if (mapped_) ::munmap(const_cast<unsigned char*>(data_), size_);
}

bool Image::read_header() {
  Header h;
  std::memcpy(&h, data_, sizeof h);
  if (std::memcmp(h.magic, kMagic, sizeof kMagic) != 0 || h.size != size_ || h.layout != layout_signature()) return false;
  if (checksum_bytes(data_ + 16, sizeof h - 16) != h.checksum) return false;
  if (h.kind != static_cast<uint32_t>(ImageKind::base) && h.kind != static_cast<uint32_t>(ImageKind::delta)) return false;
  for (const SectionRange& s : h.sections)
    if (s.offset % 8 != 0 || s.offset < sizeof(Header) || s.offset > size_ || s.size > size_ - s.offset) return false;
  checksum_ = h.checksum;
  for (size_t i = 0; i < kSectionCount; ++i) section_checksums_[i] = h.sections[i].checksum;
  // Every byte outside the header and the sections is padding, and zero.
  std::vector<SectionRange> ranges(std::begin(h.sections), std::end(h.sections));
  std::sort(ranges.begin(), ranges.end(), [](const SectionRange& a, const SectionRange& b) { return a.offset < b.offset; });
  uint64_t at = sizeof(Header);
  ranges.push_back(SectionRange{size_, 0, 0});
  for (const SectionRange& r : ranges) {
    if (r.offset < at) {
      if (r.size > 0) return false;  // sections overlap
      continue;
    }
    for (; at < r.offset; ++at)
      if (data_[at] != 0) return false;
    at = r.offset + r.size;
  }

  bool ok = true;
  auto section = [&]<class T>(Section s, std::span<const T>& out) {
    const SectionRange& r = h.sections[s];
    if (r.size % sizeof(T) != 0) ok = false;
    out = std::span<const T>(reinterpret_cast<const T*>(data_ + r.offset), r.size / sizeof(T));
  };
  auto bytes = [&](Section s) {
    const SectionRange& r = h.sections[s];
    return std::string_view(reinterpret_cast<const char*>(data_ + r.offset), r.size);
  };
  ImageContent& c = content_;
  c.kind = static_cast<ImageKind>(h.kind);
  c.base_checksum = h.base_checksum;
  c.validated_at_ns = h.validated_at_ns;
  c.string_first = h.string_first;
  c.sym_list_first = h.sym_list_first;
  c.window_list_first = h.window_list_first;
  section(kStringOffsets, c.string_offsets);
  c.string_text = bytes(kStringText);
  section(kStringSlots, c.string_slots);
  section(kSymListOffsets, c.sym_list_offsets);
  section(kSymListItems, c.sym_list_items);
  section(kWindowListOffsets, c.window_list_offsets);
  section(kWindowListItems, c.window_list_items);
  section(kFiles, c.files);
  c.text = bytes(kText);
  section(kProblems, c.problems);
  section(kFolders, c.folders);
  section(kNames, c.names);
  section(kAdvocates, c.advocates);
  section(kStories, c.stories);
  section(kRequests, c.requests);
  section(kEngagements, c.engagements);
  section(kByIdIndex, c.engagements_by_id);
  section(kByAdvocateIndex, c.by_advocate);
  section(kByAdvocateStart, c.by_advocate_start);
  for (size_t i = 0; i < kSectionCount; ++i) sections_[i] = std::string_view(bytes(static_cast<Section>(i)));
  return ok;
}

bool Image::sections_intact(std::span<const size_t> which) const {
  static_assert(kSections == kSectionCount);
  // A piece at a time, what was summed let go: checking a large image
  // must not keep all of it in memory. The kernel maps a file's pages in
  // large folios that may reach back into what was let go already, so
  // each release starts from the section's start.
  constexpr size_t kPiece = size_t{2} << 20;
  for (size_t s : which) {
    const auto* p = reinterpret_cast<const unsigned char*>(sections_[s].data());
    const size_t size = sections_[s].size();
    const size_t whole = size & ~size_t{31};
    uint64_t lanes[4] = {kLanesStart[0], kLanesStart[1], kLanesStart[2], kLanesStart[3]};
    for (size_t at = 0; at < whole; at += kPiece) {
      const size_t n = std::min(kPiece, whole - at);
      mix_blocks(lanes, p + at, n);
      release(p, at + n);
    }
    const uint64_t sum = finish_checksum(lanes, p + whole, size - whole, size);
    release(p, size);
    if (sum != section_checksums_[s]) return false;
  }
  return true;
}

void Image::release(const void* data, size_t size) const {
  if (!mapped_ || size == 0) return;
  const auto page = static_cast<uintptr_t>(::sysconf(_SC_PAGESIZE));
  const auto map_begin = reinterpret_cast<uintptr_t>(data_);
  const uintptr_t map_end = (map_begin + size_ + page - 1) & ~(page - 1);
  const uintptr_t begin = std::max(reinterpret_cast<uintptr_t>(data) & ~(page - 1), map_begin);
  const uintptr_t end = std::min((reinterpret_cast<uintptr_t>(data) + size + page - 1) & ~(page - 1), map_end);
  // The mapping is private and never written: its pages are the file's,
  // and come back from it (the page cache, usually) when touched again.
  if (end > begin) ::madvise(reinterpret_cast<void*>(begin), end - begin, MADV_DONTNEED);
}

bool Image::verify_listing() const {
  if (!sections_intact(kListingSections)) return false;
  const ImageContent& c = content_;
  // Files, problems, folders and names within the text and each other.
  for (const FileEntry& f : c.files)
    if (!range_valid(c.text, f.path_offset, f.path_length) || f.folder > kFolderCount ||
        uint64_t{f.problem_first} + f.problem_count > c.problems.size())
      return false;
  for (const ProblemEntry& p : c.problems)
    if (!range_valid(c.text, p.code_offset, p.code_length) || !range_valid(c.text, p.message_offset, p.message_length) ||
        p.severity > 1)
      return false;
  if (c.folders.size() != kFolderCount) return false;
  for (const FolderEntry& f : c.folders)
    if (f.state > FolderEntry::kUnlisted || uint64_t{f.name_first} + f.name_count > c.names.size()) return false;
  for (const NameEntry& n : c.names)
    if (!range_valid(c.text, n.offset, n.length)) return false;
  return true;
}

bool Image::verify_data(const HandleLimits& given) const {
  if (!sections_intact(kDataSections)) return false;
  const ImageContent& c = content_;
  // Strings and lists: offsets in range, handles and ids in range.
  constexpr uint64_t kTop = detail::kProvisionalHandle;
  if (c.string_first == 0 || c.sym_list_first == 0 || c.window_list_first == 0) return false;
  if (uint64_t{c.string_first} + c.string_count() >= kTop || uint64_t{c.sym_list_first} + c.sym_list_count() >= kTop ||
      uint64_t{c.window_list_first} + c.window_list_count() >= kTop)
    return false;
  if (!offsets_valid(c.string_offsets, c.string_text.size())) return false;
  if (!offsets_valid(c.sym_list_offsets, c.sym_list_items.size())) return false;
  if (!offsets_valid(c.window_list_offsets, c.window_list_items.size())) return false;
  const Limits limits{std::max(given.handles, c.string_first + c.string_count() - 1),
                      std::max(given.sym_lists, c.sym_list_first + c.sym_list_count() - 1),
                      std::max(given.window_lists, c.window_list_first + c.window_list_count() - 1),
                      static_cast<uint32_t>(c.files.size())};
  if (!c.string_slots.empty() && !std::has_single_bit(c.string_slots.size())) return false;
  if (c.string_slots.empty() && c.string_count() > 0) return false;
  for (uint32_t slot : c.string_slots)
    if (slot != 0 && (slot < c.string_first || slot >= c.string_first + c.string_count())) return false;
  for (Sym s : c.sym_list_items)
    if (s.handle() > limits.handles) return false;
  for (const Window& w : c.window_list_items)
    if (w.reason.handle() > limits.handles) return false;

  // Records: every handle, list id, flag, enumeration and file in range.
  if (!records_valid(*this, c.advocates, RecordKind::advocate, limits) ||
      !records_valid(*this, c.stories, RecordKind::story, limits) ||
      !records_valid(*this, c.requests, RecordKind::request, limits) ||
      !records_valid(*this, c.engagements, RecordKind::engagement, limits))
    return false;

  // Indexes: positions in range and group starts in order.
  const size_t n = c.engagements.size();
  if (c.kind == ImageKind::base) {
    if (c.engagements_by_id.size() != n || c.by_advocate.size() != n || c.by_advocate_start.size() != c.advocates.size() + 2)
      return false;
    for (uint32_t i : c.engagements_by_id)
      if (i >= n) return false;
    for (uint32_t i : c.by_advocate)
      if (i >= n) return false;
    if (c.by_advocate_start.front() != 0 || c.by_advocate_start.back() != n) return false;
    for (size_t i = 1; i < c.by_advocate_start.size(); ++i)
      if (c.by_advocate_start[i] < c.by_advocate_start[i - 1]) return false;
  } else if (!c.engagements_by_id.empty() || !c.by_advocate.empty() || !c.by_advocate_start.empty()) {
    return false;
  }
  // What a command uses of it comes back page by page as it is used, only
  // the page touched (no read-ahead, no pages around it mapped too).
  for (size_t s : kDataSections) release(sections_[s].data(), sections_[s].size());
  if (mapped_) ::madvise(const_cast<unsigned char*>(data_), size_, MADV_RANDOM);
  return true;
}

bool write_image_file(const std::filesystem::path& path, std::string_view bytes) {
  const std::filesystem::path temp =
      path.parent_path() / fmt::format(".{}.{}.tmp", path.filename().string(), ::getpid());
  ::unlink(temp.c_str());  // left by an earlier process of the same id
  const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0666);
  if (fd < 0) return false;
  size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    done += static_cast<size_t>(n);
  }
  const bool written = ::close(fd) == 0 && done == bytes.size();
  if (!written || ::rename(temp.c_str(), path.c_str()) != 0) {
    ::unlink(temp.c_str());
    return false;
  }
  return true;
}

}  // namespace advo::cache
