// The places of check's findings kept in .advo/check-places.
#include "advo/storage/cache/check_places.hpp"

#include <filesystem>
#include <fstream>

#include <doctest/doctest.h>

#include "../temp_folder.hpp"

using namespace advo;

namespace {

void write_text(const std::filesystem::path& path, const std::string& text) {
  std::filesystem::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << text;
}

}  // namespace

TEST_CASE("check places are kept by file and content and read back") {
  TempDir dir;
  CheckPlaces places;
  places.add("engagements/2026-11.yaml", 0xabc, 120, PlaceKey{3, -1, "status"}, Place{14, 11});
  places.add("engagements/2026-11.yaml", 0xabc, 120, PlaceKey{3, 1, "advocates"}, Place{16, 7});
  places.add("advocates/jane.yaml", 0x12, 40, PlaceKey{0, -1, ""}, Place{0, 0});
  REQUIRE(write_check_places(dir.path, places));
  const CheckPlaces read = CheckPlaces::read(dir.path);
  CHECK(read == places);
  CHECK(read.find("engagements/2026-11.yaml", 0xabc, 120, PlaceKey{3, 1, "advocates"}) == Place{16, 7});
  CHECK(read.find("advocates/jane.yaml", 0x12, 40, PlaceKey{0, -1, ""}) == Place{0, 0});
  // Another content, another value, another file: not known.
  CHECK_FALSE(read.find("engagements/2026-11.yaml", 0xabd, 120, PlaceKey{3, -1, "status"}));
  CHECK_FALSE(read.find("engagements/2026-11.yaml", 0xabc, 121, PlaceKey{3, -1, "status"}));
  CHECK_FALSE(read.find("engagements/2026-11.yaml", 0xabc, 120, PlaceKey{4, -1, "status"}));
  CHECK_FALSE(read.find("engagements/2026-10.yaml", 0xabc, 120, PlaceKey{3, -1, "status"}));
}

TEST_CASE("check places of a file whose content changed are replaced") {
  CheckPlaces places;
  places.add("stories/a.yaml", 1, 10, PlaceKey{0, -1, "status"}, Place{2, 9});
  places.add("stories/a.yaml", 2, 10, PlaceKey{0, -1, "title"}, Place{3, 8});
  CHECK_FALSE(places.find("stories/a.yaml", 1, 10, PlaceKey{0, -1, "status"}));
  CHECK_FALSE(places.find("stories/a.yaml", 2, 10, PlaceKey{0, -1, "status"}));
  CHECK(places.find("stories/a.yaml", 2, 10, PlaceKey{0, -1, "title"}) == Place{3, 8});
}

TEST_CASE("check places of another format or damaged are not used") {
  TempDir dir;
  const std::filesystem::path file = dir.path / ".advo" / kCheckPlacesName;
  const std::string good = "advo check places 1\nF abc 120 engagements/2026-11.yaml\nP 3 -1 14 11 status\n";
  write_text(file, good);
  CHECK(CheckPlaces::read(dir.path).find("engagements/2026-11.yaml", 0xabc, 120, PlaceKey{3, -1, "status"}) ==
        Place{14, 11});
  write_text(file, "advo check places 0\nF abc 120 engagements/2026-11.yaml\nP 3 -1 14 11 status\n");
  CHECK(CheckPlaces::read(dir.path) == CheckPlaces{});
  write_text(file, good.substr(0, good.size() - 1));  // cut short
  CHECK(CheckPlaces::read(dir.path) == CheckPlaces{});
  write_text(file, "advo check places 1\nP 3 -1 14 11 status\n");  // a place of no file
  CHECK(CheckPlaces::read(dir.path) == CheckPlaces{});
  write_text(file, "advo check places 1\nF abc 120 engagements/2026-11.yaml\nP 3 x 14 11 status\n");
  CHECK(CheckPlaces::read(dir.path) == CheckPlaces{});
  // A link in place of the file is never followed.
  std::filesystem::remove(file);
  write_text(dir.path / "elsewhere", good);
  std::filesystem::create_symlink(dir.path / "elsewhere", file);
  CHECK(CheckPlaces::read(dir.path) == CheckPlaces{});
}
