#include "store/id_term_cache.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>

#include "store/term_codec.h"

namespace marsad::store {
namespace {

// Shards keep concurrent readers off one lock; below a megabyte per shard the split costs
// more hit rate than it saves in contention.
constexpr std::size_t kMinShardBytes = std::size_t{1} << 20;
// A shard smaller than this caches nothing: its segments could not hold a typical IRI.
constexpr std::size_t kMinSegmentBytes = 64;

// Dictionary ids are sequential within a tag; the finalizer of MurmurHash3 spreads them over
// both the shard bits (high) and the slot bits (low).
std::uint64_t Mix(TermId id) {
  std::uint64_t h = id;
  h ^= h >> 33;
  h *= 0xFF51AFD7ED558CCDULL;
  h ^= h >> 33;
  h *= 0xC4CEB9FE1A85EC53ULL;
  h ^= h >> 33;
  return h;
}

// Runs of 2^kRunBits consecutive ids share a shard and sit in consecutive slots: the ids of
// one result are often close (a bulk load numbers a subject's terms together), so a batch then
// reads a few cache lines of slots instead of one per id.
constexpr int kRunBits = 3;
constexpr TermId kRunMask = (TermId{1} << kRunBits) - 1;

// Per-thread scratch for grouping a batch by shard, so a batch allocates nothing once warm.
struct BatchScratch {
  std::vector<std::uint8_t> shard;   // each batch position's shard
  std::vector<std::uint32_t> order;  // batch positions, grouped by shard
  std::vector<std::uint8_t> hit;
};
thread_local BatchScratch scratch;

}  // namespace

class IdTermCache::Shard {
 public:
  explicit Shard(std::size_t bytes) {
    // At most a quarter of the budget goes to slots (16 bytes each, at most 70% full), the
    // rest to the arena.
    max_slots_ = std::bit_floor(std::max<std::size_t>(bytes / 4 / sizeof(Slot), 8));
    max_count_ = max_slots_ * 7 / 10;
    segment_bytes_ = (bytes - std::min(bytes, max_slots_ * sizeof(Slot))) / kSegments;
  }

  bool usable() const { return segment_bytes_ >= kMinSegmentBytes; }

  // Looks up ids[order[i]] for every i, decoding hits into *out[order[i]] and setting
  // hit[order[i]]. A result's ids hit slots and records all over the shard, each a cache
  // miss, so the loop is a pipeline: the slot of the id kAhead*2 positions on is prefetched,
  // the record of the id kAhead on is located and prefetched, and this one is decoded.
  // REQUIRES: `mutex` held.
  void LookupMany(std::span<const TermId> ids, std::span<const std::uint32_t> order,
                  std::span<Term* const> out, std::uint8_t* hit) {
    if (slots_.empty()) return;
    constexpr std::size_t kAhead = 16;
    std::array<Slot*, kAhead> located{};
    const std::size_t n = order.size();
    auto prefetch_slot = [&](std::size_t i) {
      if (i < n) __builtin_prefetch(&slots_[Home(ids[order[i]])]);
    };
    auto locate = [&](std::size_t i) {
      if (i >= n) return;
      Slot* slot = &slots_[FindSlot(ids[order[i]])];
      if (slot->id == kNoTerm) slot = nullptr;
      if (slot != nullptr) __builtin_prefetch(arena_.get() + slot->offset);
      located[i % kAhead] = slot;
    };
    for (std::size_t i = 0; i < 2 * kAhead; ++i) prefetch_slot(i);
    for (std::size_t i = 0; i < kAhead; ++i) locate(i);
    for (std::size_t i = 0; i < n; ++i) {
      Slot* slot = located[i % kAhead];
      const std::uint32_t k = order[i];
      if (slot != nullptr) {
        slot->length |= kReferenced;
        const char* record = arena_.get() + slot->offset + kHeaderBytes;
        hit[k] = DecodeTermInto(std::string_view(record, slot->length & ~kReferenced), out[k]);
      }
      prefetch_slot(i + 2 * kAhead);
      locate(i + kAhead);
    }
  }

  // REQUIRES: `mutex` held.
  void Insert(TermId id, std::string_view bytes) {
    const std::size_t record = kHeaderBytes + bytes.size();
    if (record > segment_bytes_) return;
    if (!slots_.empty() && slots_[FindSlot(id)].id == id) return;
    if (!MakeRoom(record)) return;
    const std::size_t offset = SegmentBase(current_) + used_[current_];
    char* at = arena_.get() + offset;
    const auto length = static_cast<std::uint32_t>(bytes.size());
    std::memcpy(at, &id, sizeof id);
    std::memcpy(at + sizeof id, &length, sizeof length);
    std::memcpy(at + kHeaderBytes, bytes.data(), bytes.size());
    used_[current_] += record;
    slots_[FindSlot(id)] = Slot{id, static_cast<std::uint32_t>(offset), length};
    ++count_;
  }

  std::size_t count() const { return count_; }

  std::mutex mutex;

 private:
  struct Slot {
    TermId id = kNoTerm;  // kNoTerm: empty
    std::uint32_t offset = 0;
    std::uint32_t length = 0;  // kReferenced: hit since the clock last passed
  };
  static constexpr std::uint32_t kReferenced = 0x80000000u;
  static constexpr std::size_t kHeaderBytes = sizeof(TermId) + sizeof(std::uint32_t);
  static constexpr int kSegments = 8;

  std::size_t SegmentBase(int segment) const { return segment * segment_bytes_; }
  std::size_t Home(TermId id) const {
    return ((Mix(id >> kRunBits) << kRunBits) | (id & kRunMask)) & (slots_.size() - 1);
  }

  // The slot holding `id`, or the empty slot where it would go. REQUIRES: slots_ not empty.
  std::size_t FindSlot(TermId id) const {
    const std::size_t mask = slots_.size() - 1;
    std::size_t i = Home(id);
    while (slots_[i].id != kNoTerm && slots_[i].id != id) i = (i + 1) & mask;
    return i;
  }

  // Linear probing's deletion: later entries of the run move back into the hole unless
  // their home lies cyclically within (hole, j], so no lookup stops early at an empty slot.
  void EraseSlot(std::size_t hole) {
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t j = (hole + 1) & mask; slots_[j].id != kNoTerm; j = (j + 1) & mask) {
      const std::size_t home = Home(slots_[j].id);
      const bool stays = hole <= j ? hole < home && home <= j : hole < home || home <= j;
      if (!stays) {
        slots_[hole] = slots_[j];
        hole = j;
      }
    }
    slots_[hole] = Slot{};
    --count_;
  }

  void Grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(std::max<std::size_t>(old.size() * 2, 64), Slot{});
    for (const Slot& slot : old) {
      if (slot.id != kNoTerm) slots_[FindSlot(slot.id)] = slot;
    }
  }

  // Makes room in the current segment for `record` bytes and in the table for one entry,
  // moving the clock as often as needed. False when nothing could be freed (cannot happen
  // after two turns, as the first clears every referenced mark; checked all the same).
  bool MakeRoom(std::size_t record) {
    if (!arena_) arena_ = std::make_unique_for_overwrite<char[]>(kSegments * segment_bytes_);
    for (int turn = 0; turn <= 2 * kSegments; ++turn) {
      if (count_ + 1 > slots_.size() / 2 && slots_.size() < max_slots_) Grow();
      if (used_[current_] + record <= segment_bytes_ && count_ < max_count_) return true;
      Advance();
    }
    return false;
  }

  // Moves to the next segment. Once every segment has been filled that is the oldest one:
  // its unreferenced entries are evicted and the referenced ones, unmarked, compacted to its
  // front.
  void Advance() {
    current_ = (current_ + 1) % kSegments;
    if (filled_ < kSegments) {
      ++filled_;
      return;
    }
    char* base = arena_.get() + SegmentBase(current_);
    std::size_t kept = 0;
    for (std::size_t at = 0; at < used_[current_];) {
      TermId id;
      std::uint32_t length;
      std::memcpy(&id, base + at, sizeof id);
      std::memcpy(&length, base + at + sizeof id, sizeof length);
      const std::size_t record = kHeaderBytes + length;
      const std::size_t i = FindSlot(id);
      if (slots_[i].length & kReferenced) {
        std::memmove(base + kept, base + at, record);
        slots_[i].offset = static_cast<std::uint32_t>(SegmentBase(current_) + kept);
        slots_[i].length = length;
        kept += record;
      } else {
        EraseSlot(i);
      }
      at += record;
    }
    used_[current_] = kept;
  }

  std::size_t max_slots_ = 0;
  std::size_t max_count_ = 0;
  std::size_t segment_bytes_ = 0;
  std::vector<Slot> slots_;  // power-of-two size, grown up to max_slots_
  std::size_t count_ = 0;
  std::unique_ptr<char[]> arena_;  // kSegments segments, taken on the first insert
  std::array<std::size_t, kSegments> used_{};
  int current_ = 0;
  int filled_ = 1;  // segments written so far; eviction starts once all are
};

IdTermCache::IdTermCache(std::size_t capacity_bytes) {
  const std::size_t shards = std::min(
      std::bit_floor(std::max<std::size_t>(capacity_bytes / kMinShardBytes, 1)), kMaxShards);
  auto probe = std::make_unique<Shard>(capacity_bytes / shards);
  if (!probe->usable()) return;
  shards_.push_back(std::move(probe));
  while (shards_.size() < shards) {
    shards_.push_back(std::make_unique<Shard>(capacity_bytes / shards));
  }
  shard_shift_ = 64 - std::countr_zero(shards);
}

IdTermCache::~IdTermCache() = default;

std::size_t IdTermCache::ShardOf(TermId id) const {
  return shard_shift_ >= 64 ? 0 : static_cast<std::size_t>(Mix(id >> kRunBits) >> shard_shift_);
}

std::array<std::uint32_t, IdTermCache::kMaxShards + 1> IdTermCache::GroupByShard(
    std::span<const TermId> ids) const {
  // Counting sort of the positions by shard.
  std::array<std::uint32_t, kMaxShards + 1> starts{};
  scratch.shard.resize(ids.size());
  for (std::size_t k = 0; k < ids.size(); ++k) {
    scratch.shard[k] = static_cast<std::uint8_t>(ShardOf(ids[k]));
    ++starts[scratch.shard[k] + 1];
  }
  for (std::size_t s = 1; s <= kMaxShards; ++s) starts[s] += starts[s - 1];
  std::array<std::uint32_t, kMaxShards> next{};
  std::copy(starts.begin(), starts.begin() + kMaxShards, next.begin());
  scratch.order.resize(ids.size());
  for (std::size_t k = 0; k < ids.size(); ++k) {
    scratch.order[next[scratch.shard[k]]++] = static_cast<std::uint32_t>(k);
  }
  return starts;
}

void IdTermCache::Find(std::span<const TermId> ids, std::span<Term* const> out,
                       std::vector<std::size_t>* misses) {
  if (shards_.empty()) {
    for (std::size_t k = 0; k < ids.size(); ++k) misses->push_back(k);
    return;
  }
  scratch.hit.assign(ids.size(), 0);
  const auto starts = GroupByShard(ids);
  const std::span<const std::uint32_t> order(scratch.order);
  for (std::size_t s = 0; s < shards_.size(); ++s) {
    if (starts[s] == starts[s + 1]) continue;
    Shard& shard = *shards_[s];
    std::lock_guard<std::mutex> lock(shard.mutex);
    shard.LookupMany(ids, order.subspan(starts[s], starts[s + 1] - starts[s]), out,
                     scratch.hit.data());
  }
  for (std::size_t k = 0; k < ids.size(); ++k) {
    if (!scratch.hit[k]) misses->push_back(k);
  }
}

void IdTermCache::Add(std::span<const TermId> ids, std::span<const std::string_view> encoded) {
  if (shards_.empty() || ids.empty()) return;
  const auto starts = GroupByShard(ids);
  for (std::size_t s = 0; s < shards_.size(); ++s) {
    if (starts[s] == starts[s + 1]) continue;
    Shard& shard = *shards_[s];
    std::lock_guard<std::mutex> lock(shard.mutex);
    for (std::uint32_t i = starts[s]; i < starts[s + 1]; ++i) {
      shard.Insert(ids[scratch.order[i]], encoded[scratch.order[i]]);
    }
  }
}

std::size_t IdTermCache::size() const {
  std::size_t total = 0;
  for (const auto& shard : shards_) {
    std::lock_guard<std::mutex> lock(shard->mutex);
    total += shard->count();
  }
  return total;
}

}  // namespace marsad::store
