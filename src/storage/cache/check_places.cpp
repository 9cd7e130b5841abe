// The places of check's findings kept in .advo/check-places
// (check_places.hpp). The file is text:
//   advo check places 1
//   F HASH SIZE PATH            a file, its content's hash (hex) and size
//   P ITEM LIST_ITEM LINE COLUMN FIELD_PATH   a place in the file above
// Anything else in it, or a first line of another format, and none of it
// is used.
#include "advo/storage/cache/check_places.hpp"

#include <charconv>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

#include "advo/storage/state_folder.hpp"

namespace advo {
namespace {

constexpr std::string_view kFirstLine = "advo check places 1";
constexpr size_t kMaxBytes = size_t{64} << 20;

bool printable(std::string_view text) { return text.find('\n') == std::string_view::npos; }

}  // namespace

std::optional<std::string> read_check_state_file(const std::filesystem::path& root, const char* name) {
  const StateFolder folder = StateFolder::open(root, false);
  if (!folder.usable()) return std::nullopt;
  const int fd = ::openat(folder.fd(), name, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY);
  if (fd < 0) return std::nullopt;
  struct stat st {};
  std::optional<std::string> out;
  if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && static_cast<uint64_t>(st.st_size) <= kMaxBytes) {
    std::string bytes(static_cast<size_t>(st.st_size), '\0');
    size_t done = 0;
    while (done < bytes.size()) {
      const ssize_t n = ::read(fd, bytes.data() + done, bytes.size() - done);
      if (n <= 0) break;
      done += static_cast<size_t>(n);
    }
    if (done == bytes.size()) out = std::move(bytes);
  }
  ::close(fd);
  return out;
}

bool read_tagged_lines(std::string_view rest, std::string_view first_line,
                       const std::function<bool(char tag, std::string_view rest)>& take) {
  bool first = true;
  while (!rest.empty()) {
    const size_t end = rest.find('\n');
    if (end == std::string_view::npos) return false;  // cut short
    std::string_view line = rest.substr(0, end);
    rest.remove_prefix(end + 1);
    if (first) {
      if (line != first_line) return false;
      first = false;
      continue;
    }
    if (line.size() < 2 || line[1] != ' ' || !take(line[0], line.substr(2))) return false;
  }
  return true;
}

CheckPlaces CheckPlaces::read(const std::filesystem::path& root) {
  CheckPlaces out;
  const std::optional<std::string> bytes = read_check_state_file(root, kCheckPlacesName);
  if (!bytes) return out;
  FilePlaces* file = nullptr;
  const bool whole = read_tagged_lines(*bytes, kFirstLine, [&](char tag, std::string_view line) {
    if (tag == 'F') {
      FilePlaces f;
      if (!take_number(line, f.hash, 16) || !take_number(line, f.size) || line.empty()) return false;
      file = &out.files_[std::string(line)];
      *file = std::move(f);
      return true;
    }
    if (tag == 'P' && file != nullptr) {
      PlaceKey key;
      Place place;
      if (!take_number(line, key.item) || !take_number(line, key.list_item) || !take_number(line, place.line) ||
          !take_number(line, place.column))
        return false;
      key.path = std::string(line);
      file->places[std::move(key)] = place;
      return true;
    }
    return false;
  });
  return whole ? out : CheckPlaces{};
}

std::optional<Place> CheckPlaces::find(const std::string& relative, uint64_t hash, uint64_t size,
                                       const PlaceKey& key) const {
  const auto file = files_.find(relative);
  if (file == files_.end() || file->second.hash != hash || file->second.size != size) return std::nullopt;
  const auto place = file->second.places.find(key);
  if (place == file->second.places.end()) return std::nullopt;
  return place->second;
}

void CheckPlaces::add(const std::string& relative, uint64_t hash, uint64_t size, const PlaceKey& key, Place place) {
  // A name or path the format cannot hold is simply not kept.
  if (relative.empty() || !printable(relative) || !printable(key.path)) return;
  FilePlaces& file = files_[relative];
  if (file.hash != hash || file.size != size) file = FilePlaces{hash, size, {}};
  file.places[key] = place;
}

std::string CheckPlaces::serialise() const {
  std::string out(kFirstLine);
  out += '\n';
  for (const auto& [relative, file] : files_) {
    out += fmt::format("F {:x} {} {}\n", file.hash, file.size, relative);
    for (const auto& [key, place] : file.places)
      out += fmt::format("P {} {} {} {} {}\n", key.item, key.list_item, place.line, place.column, key.path);
  }
  return out;
}

bool write_check_places(const std::filesystem::path& root, const CheckPlaces& places) {
  const StateFolder folder = StateFolder::open(root, true);
  return folder.usable() && folder.replace_file(kCheckPlacesName, places.serialise());
}

}  // namespace advo
