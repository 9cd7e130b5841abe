#include "advo/storage/cache/cache_image.hpp"

#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <doctest/doctest.h>

#include "../resident_memory.hpp"
#include "../temp_folder.hpp"
#include "advo/storage/cache/interned_segments.hpp"

using namespace advo;
using namespace advo::cache;

namespace {

// A small base image: strings "jane" (1) and "Acme" (2), one list, one
// advocate in advocates/jane.yaml, one engagement.
struct Sample {
  std::string string_text = "janeAcme";
  std::vector<uint32_t> string_offsets{0, 4, 8};
  std::vector<uint32_t> slots = std::vector<uint32_t>(8, 0);
  std::vector<uint32_t> list_offsets{0, 2};
  std::vector<Sym> list_items{Sym::from_handle(2), Sym::from_handle(1)};
  std::vector<uint32_t> window_offsets{0};
  std::string text = "advo.tomladvocates/jane.yamlcodemessage";
  std::vector<FileEntry> files = std::vector<FileEntry>(2);
  std::vector<ProblemEntry> problems = std::vector<ProblemEntry>(1);
  std::vector<FolderEntry> folders = std::vector<FolderEntry>(kFolderCount);
  std::vector<Advocate> advocates = std::vector<Advocate>(1);
  std::vector<Engagement> engagements = std::vector<Engagement>(1);
  std::vector<uint32_t> by_id{0};
  std::vector<uint32_t> by_advocate{0};
  std::vector<uint32_t> by_advocate_start{0, 1, 1};

  Sample() {
    for (uint32_t h : {1u, 2u}) {
      size_t i = detail::hash_text(string_text.substr(string_offsets[h - 1], 4)) & 7;
      while (slots[i] != 0) i = (i + 1) & 7;
      slots[i] = h;
    }
    files[0].path_length = 9;
    files[1] = FileEntry{9, 19, 0, 1, 1};
    files[1].size = 100;
    files[1].flags = FileEntry::kStampExists;
    problems[0] = ProblemEntry{28, 4, 32, 7, 3, 5, 1};
    advocates[0].id = Sym::from_handle(1);
    advocates[0].company = Sym::from_handle(2);
    advocates[0].languages = SymList::from_id(1);
    advocates[0].stage = Stage::active;
    advocates[0].origin = Origin{1, 1, 1, 0};
    engagements[0].id = Sym::from_handle(1);
    engagements[0].advocate = Sym::from_handle(1);
    engagements[0].origin = Origin{1, 2, 3, 0};
  }

  ImageContent content() const {
    ImageContent c;
    c.string_offsets = string_offsets;
    c.string_text = string_text;
    c.string_slots = slots;
    c.sym_list_offsets = list_offsets;
    c.sym_list_items = list_items;
    c.window_list_offsets = window_offsets;
    c.files = files;
    c.text = text;
    c.problems = problems;
    c.folders = folders;
    c.advocates = advocates;
    c.engagements = engagements;
    c.engagements_by_id = by_id;
    c.by_advocate = by_advocate;
    c.by_advocate_start = by_advocate_start;
    return c;
  }
};

bool readable(const std::string& bytes) { return Image::from_bytes(bytes) != nullptr; }

}  // namespace

TEST_CASE("an image reads back what was written") {
  const Sample sample;
  const std::string bytes = build_image(sample.content());
  const auto image = Image::from_bytes(bytes);
  REQUIRE(image != nullptr);
  const ImageContent& c = image->content();
  CHECK(c.kind == ImageKind::base);
  CHECK(c.string_count() == 2);
  CHECK(c.string_text == "janeAcme");
  REQUIRE(c.files.size() == 2);
  CHECK(c.path(c.files[1]) == "advocates/jane.yaml");
  CHECK(c.files[1].size == 100);
  REQUIRE(c.problems.size() == 1);
  CHECK(c.text_at(c.problems[0].message_offset, c.problems[0].message_length) == "message");
  REQUIRE(c.advocates.size() == 1);
  CHECK(std::memcmp(&c.advocates[0], &sample.advocates[0], sizeof(Advocate)) == 0);
  CHECK(c.engagements[0].origin.column == 3);
  CHECK(c.sym_list_items[0].handle() == 2);
  CHECK(c.by_advocate_start.size() == 3);
  CHECK(image->checksum() != 0);
}

TEST_CASE("a damaged or incomplete image is refused") {
  const std::string bytes = build_image(Sample().content());
  for (size_t at = 0; at < bytes.size(); at += 7) {
    std::string damaged = bytes;
    damaged[at] = static_cast<char>(damaged[at] ^ 0x20);
    CHECK_MESSAGE(!readable(damaged), "byte " << at);
  }
  CHECK_FALSE(readable(bytes.substr(0, bytes.size() - 8)));
  CHECK_FALSE(readable(bytes.substr(0, 40)));
  CHECK_FALSE(readable(bytes + std::string(8, '\0')));
  CHECK_FALSE(readable(std::string(4096, '\0')));
  CHECK_FALSE(readable(""));
}

TEST_CASE("an intact image with anything out of range is refused") {
  auto refused = [](auto change) {
    Sample s;
    change(s);
    return !readable(build_image(s.content()));
  };
  CHECK(refused([](Sample& s) { s.advocates[0].name = Sym::from_handle(3); }));
  CHECK(refused([](Sample& s) { s.advocates[0].name = Sym::from_handle(detail::kProvisionalHandle + 1); }));
  CHECK(refused([](Sample& s) { s.advocates[0].products = SymList::from_id(2); }));
  CHECK(refused([](Sample& s) { s.advocates[0].unavailable = WindowList::from_id(1); }));
  CHECK(refused([](Sample& s) { s.advocates[0].origin.file = 2; }));
  CHECK(refused([](Sample& s) { s.advocates[0].stage = static_cast<Stage>(7); }));
  CHECK(refused([](Sample& s) { reinterpret_cast<unsigned char&>(s.advocates[0].do_not_contact) = 2; }));
  CHECK(refused([](Sample& s) { s.engagements[0].advocate = Sym::from_handle(9); }));
  CHECK(refused([](Sample& s) { s.list_items[1] = Sym::from_handle(5); }));
  CHECK(refused([](Sample& s) { s.string_offsets[1] = 9; }));
  CHECK(refused([](Sample& s) { s.slots[0] = 7; }));
  CHECK(refused([](Sample& s) { s.files[1].path_length = 500; }));
  CHECK(refused([](Sample& s) { s.files[1].problem_count = 2; }));
  CHECK(refused([](Sample& s) { s.problems[0].severity = 2; }));
  CHECK(refused([](Sample& s) { s.folders.pop_back(); }));
  CHECK(refused([](Sample& s) { s.folders[2].name_count = 1; }));
  CHECK(refused([](Sample& s) { s.by_id[0] = 1; }));
  CHECK(refused([](Sample& s) { s.by_advocate_start = {0, 1}; }));
  CHECK(refused([](Sample& s) { s.by_advocate_start = {0, 1, 0}; }));
  CHECK_FALSE(refused([](Sample&) {}));
}

TEST_CASE("a delta holds handles after its base's and may use both") {
  Sample s;
  for (uint32_t& slot : s.slots)
    if (slot != 0) slot += 2;  // its own strings are 3 and 4
  auto delta = [](const Sample& sample) {
    ImageContent c = sample.content();
    c.kind = ImageKind::delta;
    c.string_first = 3;
    c.sym_list_first = 2;
    c.engagements_by_id = {};
    c.by_advocate = {};
    c.by_advocate_start = {};
    return build_image(c);
  };
  // The records name handles 1 and 2 and list 1: the base's.
  CHECK(Image::from_bytes(delta(s), {2, 1, 0}) != nullptr);
  s.advocates[0].name = Sym::from_handle(4);
  CHECK(Image::from_bytes(delta(s), {2, 1, 0}) != nullptr);
  s.advocates[0].name = Sym::from_handle(5);
  CHECK(Image::from_bytes(delta(s), {2, 1, 0}) == nullptr);
  // A base's slots must name its own strings.
  CHECK(Image::from_bytes(build_image(s.content())) == nullptr);
}

TEST_CASE("images are files written whole") {
  TempDir temp;
  const std::filesystem::path& dir = temp.path;
  const std::string bytes = build_image(Sample().content());
  REQUIRE(write_image_file(dir / "cache", bytes));
  const auto image = Image::open(dir / "cache");
  REQUIRE(image != nullptr);
  CHECK(image->size() == bytes.size());
  CHECK(image->written_ns() > 0);
  CHECK(Image::open(dir / "missing") == nullptr);
  std::filesystem::create_directories(dir / "folder");
  CHECK(Image::open(dir / "folder") == nullptr);
  CHECK_FALSE(write_image_file(dir / "folder", bytes));
  std::ofstream(dir / "short") << "advocach";
  CHECK(Image::open(dir / "short") == nullptr);
  // A pipe is refused at once, not waited on; a link is not followed.
  REQUIRE(::mkfifo((dir / "pipe").c_str(), 0644) == 0);
  CHECK(Image::open(dir / "pipe") == nullptr);
  CHECK(Image::open_unverified(dir / "pipe") == nullptr);
  std::filesystem::create_symlink("cache", dir / "link");
  CHECK(Image::open(dir / "link") == nullptr);
  const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY);
  CHECK(Image::open_in(fd, "cache") != nullptr);
  CHECK(Image::open_unverified_in(fd, "pipe") == nullptr);
  ::close(fd);
  for (const auto& e : std::filesystem::directory_iterator(dir))
    CHECK_MESSAGE(e.path().extension() != ".tmp", "a temporary file was left behind");
}

TEST_CASE("a mapped image is not held in memory once verified") {
  Sample sample;
  const uint32_t n = 60'000;
  sample.engagements.assign(n, sample.engagements[0]);
  sample.by_id.resize(n);
  for (uint32_t i = 0; i < n; ++i) sample.by_id[i] = i;
  sample.by_advocate = sample.by_id;
  sample.by_advocate_start = {0, n, n};
  TempDir temp;
  REQUIRE(write_image_file(temp.path / "cache", build_image(sample.content())));
  const auto image = Image::open(temp.path / "cache");
  REQUIRE(image != nullptr);
  REQUIRE(image->size() > (size_t{2} << 20));
  // Verifying read every byte; what is left mapped is a few pages.
  CHECK(test::resident_bytes(image->content().engagements.data()) < image->size() / 8);
  // What is read again comes back from the file, as it was.
  CHECK(image->content().engagements[n - 1].origin.column == 3);
}
