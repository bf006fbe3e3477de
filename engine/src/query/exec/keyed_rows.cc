#include "query/exec/keyed_rows.h"

#include <algorithm>
#include <bit>

namespace marsad::query::exec {
namespace {

std::uint64_t Mix(std::uint64_t h, std::uint64_t id) {
  h ^= id + 0x9E3779B97F4A7C15ull + (h << 6) + (h >> 2);
  h *= 0xBF58476D1CE4E5B9ull;
  return h ^ (h >> 29);
}

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

template <typename Ids>
std::uint64_t KeyedRows::Hash(const Ids& ids, const std::vector<int>& positions) const {
  std::uint64_t h = 0;
  for (int p : positions) h = Mix(h, ids[p]);
  return h;
}

template <typename Ids>
std::size_t KeyedRows::Locate(const Ids& ids, const std::vector<int>& positions,
                              std::uint64_t hash) const {
  const std::size_t mask = buckets_.size() - 1;
  for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
    const Bucket& b = buckets_[i];
    if (b.first == 0) return i;
    if (b.key0 != ids[positions[0]]) continue;
    if (positions.size() == 1) return i;
    std::span<const TermId> other = row(b.first - 1);
    bool same = true;
    for (std::size_t k = 1; k < positions.size(); ++k) {
      same = same && other[key_columns_[k]] == ids[positions[k]];
    }
    if (same) return i;
  }
}

void KeyedRows::Index() {
  if (key_slots_.empty()) return;
  buckets_.assign(std::bit_ceil(std::max<std::size_t>(16, 2 * count_)), Bucket{});
  // Count the rows of each key, then lay the keys out one after another in order_ and fill.
  std::vector<std::uint32_t> bucket_of(count_);
  for (std::size_t r = 0; r < count_; ++r) {
    std::span<const TermId> ids = row(r);
    const std::size_t i = Locate(ids, key_columns_, Hash(ids, key_columns_));
    if (buckets_[i].first == 0) {
      buckets_[i].first = static_cast<std::uint32_t>(r + 1);
      buckets_[i].key0 = ids[key_columns_[0]];
    }
    ++buckets_[i].end;
    bucket_of[r] = static_cast<std::uint32_t>(i);
  }
  std::uint32_t offset = 0;
  for (Bucket& b : buckets_) {
    const std::uint32_t n = b.end;
    b.begin = b.end = offset;  // end is the fill cursor until the pass below completes it
    offset += n;
  }
  order_.resize(count_);
  for (std::size_t r = 0; r < count_; ++r) {
    order_[buckets_[bucket_of[r]].end++] = static_cast<std::uint32_t>(r);
  }
}

std::span<const std::uint32_t> KeyedRows::Find(const Row& probe) const {
  if (buckets_.empty()) return {};
  const Bucket& b = buckets_[Locate(probe, key_slots_, Hash(probe, key_slots_))];
  if (b.first == 0) return {};
  return {order_.data() + b.begin, order_.data() + b.end};
}

}  // namespace marsad::query::exec
