#include "advo/os/process_memory.hpp"

#include <cstdint>
#include <cstdlib>

#if defined(__GLIBC__)
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace advo {

void reserve_heap(size_t bytes) {
  static bool reserved = false;
  constexpr size_t kHuge = size_t{2} << 20;
  if (reserved || bytes < 8 * kHuge) return;
  reserved = true;
#if defined(__GLIBC__) && defined(MADV_HUGEPAGE)
  // Large arrays from the heap too (32 MiB is the most glibc allows), one
  // arena for all threads, and no giving memory back: the process is short.
  mallopt(M_MMAP_THRESHOLD, 32 << 20);
  mallopt(M_ARENA_MAX, 1);
  mallopt(M_TRIM_THRESHOLD, 1 << 30);
  mallopt(M_TOP_PAD, static_cast<int>(bytes < (size_t{1} << 30) ? bytes : size_t{1} << 30));
  void* grow = std::malloc(kHuge);
  const auto low = (reinterpret_cast<uintptr_t>(grow) + kHuge - 1) & ~(kHuge - 1);
  std::free(grow);
  const auto high = reinterpret_cast<uintptr_t>(sbrk(0)) & ~(kHuge - 1);
  if (high > low) madvise(reinterpret_cast<void*>(low), high - low, MADV_HUGEPAGE);
#endif
}

void release_free_heap() {
#if defined(__GLIBC__)
  malloc_trim(0);
#endif
}

}  // namespace advo
