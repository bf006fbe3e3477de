#include "query/exec/keyed_rows.h"

#include <bit>

namespace marsad::query::exec {
namespace {

std::uint64_t Mix(std::uint64_t h, std::uint64_t id) {
  h ^= id + 0x9E3779B97F4A7C15ull + (h << 6) + (h >> 2);
  h *= 0xBF58476D1CE4E5B9ull;
  return h ^ (h >> 29);
}

}  // namespace

KeyedRows::KeyedRows(int slot_count, std::vector<int> key_slots)
    : slot_count_(slot_count), key_slots_(std::move(key_slots)) {}

void KeyedRows::Clear() {
  cells_.clear();
  count_ = 0;
  order_.clear();
  buckets_.clear();
}

void KeyedRows::Append(const Row& row) {
  cells_.insert(cells_.end(), row.begin(), row.end());
  ++count_;
}

template <typename Ids>
std::uint64_t KeyedRows::Hash(const Ids& ids) const {
  std::uint64_t h = 0;
  for (int s : key_slots_) h = Mix(h, ids[s]);
  return h;
}

template <typename Ids>
std::size_t KeyedRows::Locate(const Ids& ids, std::uint64_t hash) const {
  const std::size_t mask = buckets_.size() - 1;
  for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
    const Bucket& b = buckets_[i];
    if (b.first == 0) return i;
    if (b.key0 != ids[key_slots_[0]]) continue;
    if (key_slots_.size() == 1) return i;
    std::span<const TermId> other = row(b.first - 1);
    bool same = true;
    for (std::size_t k = 1; k < key_slots_.size(); ++k) {
      same = same && other[key_slots_[k]] == ids[key_slots_[k]];
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
    const std::size_t i = Locate(ids, Hash(ids));
    if (buckets_[i].first == 0) {
      buckets_[i].first = static_cast<std::uint32_t>(r + 1);
      buckets_[i].key0 = ids[key_slots_[0]];
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
  const Bucket& b = buckets_[Locate(probe, Hash(probe))];
  if (b.first == 0) return {};
  return {order_.data() + b.begin, order_.data() + b.end};
}

}  // namespace marsad::query::exec
