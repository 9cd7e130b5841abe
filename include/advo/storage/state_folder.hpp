// .advo/ at the top of a program: advo's own state (the write lock, the
// cache, the copies `advo edit` keeps), never part of the program's history.
// A repository could commit a `.advo` that is a symbolic link to a folder
// elsewhere, so the state folder is used only when it is a real folder
// directly in the program: it is opened without following a link, and
// every file advo makes in it is made from that folder's descriptor,
// never through a link.
#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <string_view>

namespace advo {

class StateFolder {
 public:
  enum class Status {
    usable,        // a real folder, open
    missing,       // not there (and not made)
    not_a_folder,  // a symbolic link, a file or anything else: never used
    unusable,      // a folder that cannot be opened or made
  };

  // Opens `root/.advo`. With `create`, a missing one is made, with a
  // .gitignore that ignores everything in it, so git status stays clean
  // even where advo init never ran; an existing .gitignore (file or link)
  // is left alone. Never throws.
  static StateFolder open(const std::filesystem::path& root, bool create);

  StateFolder(StateFolder&& other) noexcept;
  StateFolder& operator=(StateFolder&& other) noexcept;
  StateFolder(const StateFolder&) = delete;
  StateFolder& operator=(const StateFolder&) = delete;
  ~StateFolder();

  Status status() const { return status_; }
  bool usable() const { return status_ == Status::usable; }
  // The folder's descriptor, for openat and the like; -1 unless usable.
  int fd() const { return fd_; }

  // Replaces the file `name` in the folder: written to a new temporary file
  // (created exclusively, never through a link), then renamed over it. A
  // link named `name` is replaced, not followed. False when it could not.
  bool replace_file(std::string_view name, std::string_view bytes) const;
  // The same, the bytes given a piece at a time by `write` (so that a large
  // file never has to be held whole): it calls the writer it is handed
  // with each piece in order, and returns false to give up.
  using PieceWriter = std::function<bool(std::string_view)>;
  bool replace_file(std::string_view name, const std::function<bool(const PieceWriter&)>& write) const;
  // Removes the file (or link) `name`; true when there was one.
  bool remove_file(std::string_view name) const;

  // Opens the folder `name` inside (making it when `create`), never
  // through a link: a descriptor the caller closes, or -1 with errno set.
  int open_folder(std::string_view name, bool create) const;

 private:
  StateFolder(Status status, int fd) : status_(status), fd_(fd) {}
  Status status_;
  int fd_;
};

// Creates the new file `name` in the folder open as `dirfd`, exclusively
// and never through a link, and writes `bytes` to it.
// Returns 0, or the errno of what failed (EEXIST: the name is taken); a
// file left half-written is removed.
int create_new_file_at(int dirfd, std::string_view name, std::string_view bytes);

// Refuses (RefusedError) a program whose `.advo` is there but is not a
// real folder: advo never writes through it, so writing commands stop
// before they begin. `display` is how `.advo` is shown to the user.
void refuse_unsafe_state_folder(const std::filesystem::path& root, const std::string& display);

// `root/.advo`, made as StateFolder::open(root, true) makes it. Throws
// RefusedError (as refuse_unsafe_state_folder) when `.advo` is not a real
// folder; otherwise does not throw, and the caller reports when it then
// cannot write there.
std::filesystem::path state_folder(const std::filesystem::path& root);

}  // namespace advo
