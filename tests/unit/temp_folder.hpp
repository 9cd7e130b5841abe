// A fresh folder under /tmp for one unit test, removed with everything in
// it when the test ends.
#pragma once

#include <filesystem>

#include <stdlib.h>

struct TempDir {
  std::filesystem::path path;
  TempDir() {
    char name[] = "/tmp/advo-unit-XXXXXX";
    path = mkdtemp(name);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
};
