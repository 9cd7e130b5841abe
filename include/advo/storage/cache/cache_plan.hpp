// What one cache image is to hold, before its strings and lists are laid
// out: the files with their checks, stamps and problems, the folder
// listings, and the records in program order.
#pragma once

#include <array>
#include <span>
#include <string>
#include <vector>

#include "advo/domain/program.hpp"
#include "advo/storage/cache/cache_image.hpp"
#include "advo/storage/files.hpp"
#include "advo/storage/program_scan.hpp"

namespace advo {

struct CacheState;

struct PlannedFile {
  std::string path;  // relative to the root
  uint8_t folder = 0;
  bool removed = false;  // a delta's word that a base file is gone
  cache::FileCheck check;
  FileStamp stamp;
  // Its problems: those of an image entry, or a list.
  const cache::Image* image = nullptr;
  uint32_t entry = 0;
  const Problems* problems = nullptr;
};

struct PlannedFolder {
  uint8_t state = cache::FolderEntry::kUnlisted;
  cache::FileCheck check;
  const std::vector<FolderName>* names = nullptr;
};

struct ImagePlan {
  cache::ImageKind kind = cache::ImageKind::base;
  std::vector<PlannedFile> files;  // in Program::files order; records' origin.file indexes it
  std::array<PlannedFolder, cache::kFolderCount> folders;
  std::span<const Advocate> advocates;
  std::span<const Story> stories;
  std::span<const Request> requests;
  std::span<const Engagement> engagements;
  EngagementIndex::Arrays indexes;  // a base's
};

// Writes the image of `plan` (a delta extends state.base). Sets
// *handles_unchanged to whether the image uses the process's own handles.
bool write_cache_image(const CacheState& state, const ImagePlan& plan, bool* handles_unchanged = nullptr);

// The folder (1..4) of a path under a record folder, 0 for anything else.
uint8_t folder_of_path(std::string_view relative);

}  // namespace advo
