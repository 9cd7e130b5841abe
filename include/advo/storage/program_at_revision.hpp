// The program as an earlier git commit holds it: its folder extracted from
// the commit (git archive) into a temporary folder and loaded as any
// program is; the folder is removed with the object. `advo check --since`
// compares what it finds now with what it found there.
#pragma once

#include <filesystem>
#include <memory>
#include <string>

#include "advo/os/git.hpp"
#include "advo/storage/loader.hpp"

namespace advo {

class ProgramAtRevision {
 public:
  // The program folder of `repo` as commit `revision` has it, loaded
  // without the cache, its paths shown after `display_root` as the working
  // copy's are. nullptr when the commit has no advo.toml in that folder
  // (the program came later). Throws UsageError naming `revision` when git
  // knows no such commit, RefusedError when git or tar fails.
  static std::unique_ptr<ProgramAtRevision> load(const GitRepo& repo, const std::string& revision,
                                                 const std::string& display_root);

  ProgramAtRevision(const ProgramAtRevision&) = delete;
  ProgramAtRevision& operator=(const ProgramAtRevision&) = delete;
  ~ProgramAtRevision();

  // Its files stay readable (for placing findings) while this object lives.
  const LoadedProgram& loaded() const { return loaded_; }

 private:
  explicit ProgramAtRevision(std::filesystem::path folder) : folder_(std::move(folder)) {}

  std::filesystem::path folder_;
  LoadedProgram loaded_;
};

}  // namespace advo
