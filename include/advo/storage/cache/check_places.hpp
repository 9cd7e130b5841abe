// Where `check` found its findings, kept in .advo/check-places: for every
// file a finding was about, the line and column of each value (record,
// field path, list item) placed in it, keyed by the file's path and the
// hash and size of its content as the load stamped it. The cache keys a
// file's records the same way, so a warm `check` places findings in the
// files that did not change without parsing them again; a file whose
// content changed, or a value not placed before, is parsed as a cold
// `check` would. Each `check` keeps only what it used.
#pragma once

#include <charconv>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace advo {

inline constexpr const char* kCheckPlacesName = "check-places";

// A value a finding is about: the record's place in its file (its item in
// a month file, else 0), the dotted field path ("" for the whole record),
// the item of a list field or -1.
struct PlaceKey {
  uint32_t item = 0;
  int32_t list_item = -1;
  std::string path;
  auto operator<=>(const PlaceKey&) const = default;
};

// Line and column; 0 and 0 when the value was not found in the file.
struct Place {
  uint32_t line = 0;
  uint32_t column = 0;
  bool operator==(const Place&) const = default;
};

class CheckPlaces {
 public:
  // The places kept for the program at `root`; none when there are none,
  // or they are of another format or damaged (they are simply made again).
  static CheckPlaces read(const std::filesystem::path& root);

  // The place of `key` in the file `relative` as it is now (`hash`, `size`).
  std::optional<Place> find(const std::string& relative, uint64_t hash, uint64_t size, const PlaceKey& key) const;
  void add(const std::string& relative, uint64_t hash, uint64_t size, const PlaceKey& key, Place place);

  // The text of the file; whether two hold the same places.
  std::string serialise() const;
  bool operator==(const CheckPlaces&) const = default;

 private:
  struct FilePlaces {
    uint64_t hash = 0;
    uint64_t size = 0;
    std::map<PlaceKey, Place> places;
    bool operator==(const FilePlaces&) const = default;
  };
  std::map<std::string, FilePlaces, std::less<>> files_;
};

// The bytes of the file `name` of .advo, when it is a regular file of at
// most 64 MiB in a real .advo (see StateFolder). Never throws.
std::optional<std::string> read_check_state_file(const std::filesystem::path& root, const char* name);

// Reads the lines of a check state file's `bytes` after its first line,
// which must be `first_line`: each line "T REST" is handed to
// `take(T, REST)`. False when the file is of another format, cut short,
// holds a line of another form, or `take` refuses a line.
bool read_tagged_lines(std::string_view bytes, std::string_view first_line,
                       const std::function<bool(char tag, std::string_view rest)>& take);

// Reads the next space-separated number of `line` (in `base`) into `out`
// and drops it and the space from `line`; false when there is none.
template <class T>
bool take_number(std::string_view& line, T& out, int base = 10) {
  const auto [end, ec] = std::from_chars(line.data(), line.data() + line.size(), out, base);
  if (ec != std::errc() || end == line.data() + line.size() || *end != ' ') return false;
  line.remove_prefix(static_cast<size_t>(end - line.data()) + 1);
  return true;
}

// Replaces .advo/check-places with `places` when .advo is a real folder
// (see StateFolder); false when it could not. Never throws.
bool write_check_places(const std::filesystem::path& root, const CheckPlaces& places);

}  // namespace advo
