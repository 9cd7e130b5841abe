// Memory for loading large programs. A load allocates tens of megabytes at
// once, and on some machines (virtual ones especially) first touching each
// 4 KiB page is costly: a large program spent more time in page faults than
// in loading. Where the kernel offers transparent huge pages on request
// (madvise mode), one fault brings in 2 MiB instead.
#pragma once

#include <cstddef>

namespace advo {

// Grows the heap once by about `bytes` and asks for huge pages for it; all
// threads then allocate from it. Once per process; nothing for small sizes
// or where the system offers no such thing.
void reserve_heap(size_t bytes);

// Gives the system back the pages of the heap that are free, once a phase
// that held much more than what it left (the texts and trees of files
// read) is over, so that the next phase's peak does not add to it.
void release_free_heap();

}  // namespace advo
