// Transparent huge pages for the bulk loader's big arrays. The first write to each 4 KiB page
// of fresh memory is a page fault, and under virtualization a costly one: at 10 M quads the
// loader spent about a tenth of its time faulting in arrays of hundreds of megabytes. Backed
// by 2 MiB pages they fault 512 times less often.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace marsad::store {

// Advises the kernel to back the whole 2 MiB pages inside [data, data + bytes) with huge
// pages (Linux madvise MADV_HUGEPAGE; a no-op elsewhere, or where the kernel declines). Only
// pages not yet touched are affected, so call it right after allocating.
void AdviseHugePages(const void* data, std::size_t bytes);

// Reserves room for `n` elements and advises huge pages for all of it.
template <typename T>
void ReserveHuge(std::vector<T>* v, std::size_t n) {
  v->reserve(n);
  AdviseHugePages(v->data(), v->capacity() * sizeof(T));
}

inline void ReserveHuge(std::string* s, std::size_t n) {
  s->reserve(n);
  AdviseHugePages(s->data(), s->capacity());
}

}  // namespace marsad::store
