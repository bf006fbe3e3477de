#include "query/exec/keyed_rows.h"

#include <algorithm>
#include <bit>
#include <numeric>

namespace marsad::query::exec {
namespace {

std::uint64_t Mix(std::uint64_t h, std::uint64_t id) {
  h ^= id + 0x9E3779B97F4A7C15ull + (h << 6) + (h >> 2);
  h *= 0xBF58476D1CE4E5B9ull;
  return h ^ (h >> 29);
}

// Fewer buckets than this are not worth the hash: tiny tables get one directory of this size.
constexpr std::size_t kMinBuckets = 16;
// Buckets of up to this many rows are sorted by insertion (a hash collision's few rows); larger
// ones (a heavy key that met another) by a stable sort of their row numbers.
constexpr std::uint32_t kInsertionSortRows = 32;
// How far ahead Index prefetches the directory entries of the rows it places.
constexpr std::size_t kPrefetchAhead = 16;

}  // namespace

KeyedRows::KeyedRows(std::vector<int> columns, std::vector<int> key_slots)
    : columns_(std::move(columns)), key_slots_(std::move(key_slots)) {
  for (int slot : key_slots_) {
    auto at = std::find(columns_.begin(), columns_.end(), slot);
    if (at == columns_.end()) {  // a key must be stored; keep it rather than fail
      columns_.push_back(slot);
      at = columns_.end() - 1;
    }
    key_columns_.push_back(static_cast<int>(at - columns_.begin()));
  }
}

void KeyedRows::Append(const Row& row) {
  for (int slot : columns_) cells_.push_back(row[slot]);
  ++count_;
}

std::size_t KeyedRows::BucketCount() const {
  return std::bit_ceil(std::max(kMinBuckets, count_));
}

std::size_t KeyedRows::index_bytes() const {
  if (key_slots_.empty() || count_ == 0) return 0;
  return (BucketCount() + 1) * sizeof(std::uint32_t);
}

std::size_t KeyedRows::index_scratch_bytes() const {
  if (key_slots_.empty() || count_ == 0) return 0;
  return count_ * sizeof(std::uint32_t) + cells_.size() * sizeof(TermId);
}

template <typename Ids>
std::uint64_t KeyedRows::Hash(const Ids& ids, const std::vector<int>& positions) const {
  std::uint64_t h = 0;
  for (int p : positions) h = Mix(h, ids[p]);
  return h;
}

template <typename Ids>
int KeyedRows::CompareKey(std::size_t r, const Ids& ids, const std::vector<int>& positions) const {
  const TermId* stored = cells_.data() + r * columns_.size();
  for (std::size_t k = 0; k < key_columns_.size(); ++k) {
    const TermId mine = stored[key_columns_[k]];
    const TermId theirs = ids[positions[k]];
    if (mine != theirs) return mine < theirs ? -1 : 1;
  }
  return 0;
}

void KeyedRows::Index() {
  if (key_slots_.empty() || count_ == 0) return;
  const std::size_t buckets = BucketCount();
  hash_shift_ = 64 - std::countr_zero(buckets);
  bucket_start_.assign(buckets + 1, 0);
  {
    // Count each bucket's rows, turn the counts into bucket ends, then place the rows from
    // the last one back, each at its bucket's end moving down: buckets keep append order.
    // The counters and cursors are spread over a directory larger than the L2 cache on big
    // tables: each pass loads the one it will need kPrefetchAhead rows later.
    std::vector<std::uint32_t> bucket_of(count_);
    for (std::size_t r = 0; r < count_; ++r) {
      bucket_of[r] = static_cast<std::uint32_t>(Hash(row(r), key_columns_) >> hash_shift_);
    }
    for (std::size_t r = 0; r < count_; ++r) {
      if (r + kPrefetchAhead < count_) {
        __builtin_prefetch(bucket_start_.data() + bucket_of[r + kPrefetchAhead]);
      }
      ++bucket_start_[bucket_of[r]];
    }
    std::uint32_t end = 0;
    for (std::size_t b = 0; b < buckets; ++b) {
      end += bucket_start_[b];
      bucket_start_[b] = end;
    }
    bucket_start_[buckets] = end;
    const std::size_t width = columns_.size();
    std::vector<TermId> placed(cells_.size());
    for (std::size_t r = count_; r-- > 0;) {
      if (r >= kPrefetchAhead) {
        __builtin_prefetch(bucket_start_.data() + bucket_of[r - kPrefetchAhead]);
      }
      const std::uint32_t at = --bucket_start_[bucket_of[r]];
      const TermId* from = cells_.data() + r * width;
      TermId* to = placed.data() + std::size_t{at} * width;
      for (std::size_t c = 0; c < width; ++c) to[c] = from[c];  // a few ids: no memmove call
    }
    cells_.swap(placed);
  }
  // A bucket holding more than one key (a hash collision) is sorted by key, so that each
  // key's rows are consecutive and Find can binary-search them.
  for (std::size_t b = 0; b < buckets; ++b) {
    const std::uint32_t begin = bucket_start_[b];
    const std::uint32_t end = bucket_start_[b + 1];
    for (std::uint32_t r = begin + 1; r < end; ++r) {
      if (CompareKey(r, row(begin), key_columns_) != 0) {
        SortByKey(begin, end);
        break;
      }
    }
  }
}

void KeyedRows::SortByKey(std::uint32_t begin, std::uint32_t end) {
  const std::size_t width = columns_.size();
  TermId* cells = cells_.data();
  if (end - begin <= kInsertionSortRows) {
    // Collisions mostly put two or three rows together: sort them in place, without allocating.
    std::vector<TermId>& moving = sort_scratch_;
    for (std::uint32_t i = begin + 1; i < end; ++i) {
      std::uint32_t at = i;
      while (at > begin && CompareKey(at - 1, row(i), key_columns_) > 0) --at;
      if (at == i) continue;
      moving.assign(cells + i * width, cells + (i + 1) * width);
      std::copy_backward(cells + at * width, cells + i * width, cells + (i + 1) * width);
      std::copy(moving.begin(), moving.end(), cells + at * width);
    }
    return;
  }
  std::vector<std::uint32_t> order(end - begin);
  std::iota(order.begin(), order.end(), begin);
  std::stable_sort(order.begin(), order.end(), [this](std::uint32_t a, std::uint32_t b) {
    return CompareKey(a, row(b), key_columns_) < 0;
  });
  std::vector<TermId> sorted;
  sorted.reserve(order.size() * width);
  for (std::uint32_t r : order) sorted.insert(sorted.end(), row(r).begin(), row(r).end());
  std::copy(sorted.begin(), sorted.end(), cells_.begin() + begin * width);
}

void KeyedRows::PrefetchBucket(const Row& probe) const {
  if (bucket_start_.empty()) return;
  __builtin_prefetch(bucket_start_.data() + (Hash(probe, key_slots_) >> hash_shift_));
}

void KeyedRows::PrefetchRows(const Row& probe) const {
  if (bucket_start_.empty()) return;
  const std::size_t b = Hash(probe, key_slots_) >> hash_shift_;
  if (bucket_start_[b] != bucket_start_[b + 1]) {
    __builtin_prefetch(cells_.data() + std::size_t{bucket_start_[b]} * columns_.size());
  }
}

KeyedRows::Range KeyedRows::Find(const Row& probe) const {
  if (bucket_start_.empty()) return {};
  const std::size_t b = Hash(probe, key_slots_) >> hash_shift_;
  std::uint32_t begin = bucket_start_[b];
  std::uint32_t end = bucket_start_[b + 1];
  if (begin == end) return {};
  // The common case: the bucket holds only the probe's key (or only another one).
  const int first = CompareKey(begin, probe, key_slots_);
  if (first == 0 && CompareKey(end - 1, probe, key_slots_) == 0) return {begin, end};
  if (end - begin == 1) return {};
  // Several keys share the bucket, sorted by key: the probe's rows are one run.
  auto partition_point = [&](std::uint32_t lo, std::uint32_t hi, bool or_equal) {
    while (lo < hi) {
      const std::uint32_t mid = lo + (hi - lo) / 2;
      const int c = CompareKey(mid, probe, key_slots_);
      if (c < 0 || (or_equal && c == 0)) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  };
  begin = partition_point(begin, end, false);
  end = partition_point(begin, end, true);
  return {begin, end};
}

}  // namespace marsad::query::exec
