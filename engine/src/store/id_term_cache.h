// The id -> term direction of the hot-term cache, built for result-sized batches.
//
// Decoding a large result costs one RocksDB iterator step or seek per distinct id; on a warm
// store this cache answers instead. It holds the dictionary's own bytes (the id2term values),
// so an entry costs its encoding plus a 12-byte header and a 16-byte slot, about a third of a
// decoded Term, and a hit decodes straight into the caller's term, reusing its buffers.
//
// Layout: shards, each under its own mutex, each an open-addressing table (linear probing)
// over an arena cut into segments that are filled in turn. Eviction is CLOCK by segment: when
// the arena is full, the oldest segment is emptied, except for the entries hit since it was
// last passed over (second chance), which are compacted to its front; it then becomes the
// segment being filled. A one-off scan thus evicts the entries nobody reads again, not the
// hot ones. A batch takes each shard's lock once.
//
// Only committed dictionary entries go in, and an id's entry never changes, so a cached entry
// is always true.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>
#include <span>
#include <string_view>
#include <vector>

#include "marsad/term.h"
#include "store/term_id.h"

namespace marsad::store {

class IdTermCache {
 public:
  // `capacity_bytes` bounds the arenas and tables together; 0 disables the cache. Memory is
  // taken as entries arrive, not up front.
  explicit IdTermCache(std::size_t capacity_bytes);
  ~IdTermCache();
  IdTermCache(const IdTermCache&) = delete;
  IdTermCache& operator=(const IdTermCache&) = delete;

  // For every ids[i] in the cache, decodes its term into *out[i]; the positions i not in the
  // cache (or whose bytes do not decode) are appended to `*misses` in increasing order.
  // REQUIRES: out.size() == ids.size().
  void Find(std::span<const TermId> ids, std::span<Term* const> out,
            std::vector<std::size_t>* misses);
  // Records that ids[i] has the encoded term encoded[i]. Ids already cached are left as
  // they are; an entry larger than a segment is not cached. REQUIRES: sizes equal.
  void Add(std::span<const TermId> ids, std::span<const std::string_view> encoded);

  std::size_t size() const;
  bool enabled() const { return !shards_.empty(); }

 private:
  class Shard;
  // Shards are numbered by the top bits of the id's hash; a batch fits their count in a byte.
  static constexpr std::size_t kMaxShards = 16;
  std::size_t ShardOf(TermId id) const;
  // Groups the positions of `ids` by shard (in a per-thread scratch order); shard s has
  // order[starts[s], starts[s + 1]).
  std::array<std::uint32_t, kMaxShards + 1> GroupByShard(std::span<const TermId> ids) const;

  std::vector<std::unique_ptr<Shard>> shards_;
  int shard_shift_ = 64;
};

}  // namespace marsad::store
