// Materialized solutions in one flat array, grouped by the ids of some of their slots (the
// join key) behind an open-addressing table, for hash joins. One allocation per array instead
// of one per row and per key: building and probing a table of a few hundred thousand rows was
// dominated by malloc and by hashing std::vector keys.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "query/exec/context.h"

namespace marsad::query::exec {

class KeyedRows {
 public:
  // Rows have `slot_count` ids; `key_slots` (may be empty: no index) are bound in every row
  // that will be appended.
  KeyedRows(int slot_count, std::vector<int> key_slots);

  void Clear();
  // REQUIRES: row.size() == slot_count, Index() not yet called since the last Clear().
  void Append(const Row& row);
  // Groups the rows by key. Call once, after the last Append.
  void Index();

  std::size_t size() const { return count_; }
  std::span<const TermId> row(std::size_t i) const {
    return {cells_.data() + i * slot_count_, static_cast<std::size_t>(slot_count_)};
  }
  // The numbers of the rows whose key equals the ids of `probe` at the key slots; empty when
  // none does. REQUIRES: Index() called, every key slot of `probe` bound.
  std::span<const std::uint32_t> Find(const Row& probe) const;

  // Bytes held for one appended row, and at most for the index per row (its place in the
  // order plus up to two 24-byte buckets): what memory budgets charge.
  std::size_t row_bytes() const { return slot_count_ * sizeof(TermId); }
  static constexpr std::size_t kIndexBytesPerRow = 4 + 2 * 24;
  // Row numbers are 32-bit.
  static constexpr std::size_t kMaxRows = 0xFFFFFFFEu;

 private:
  struct Bucket {
    // The key's first id, so that probing a one-slot key never reads the (randomly placed)
    // row: on tables larger than the caches that read was the join's main cost.
    TermId key0 = 0;
    std::uint32_t first = 0;  // 1 + the number of a row with this key; 0 = empty bucket
    std::uint32_t begin = 0;  // the key's rows: order_[begin, end)
    std::uint32_t end = 0;
  };
  template <typename Ids>
  std::uint64_t Hash(const Ids& ids) const;
  // The index of the bucket holding the key of `ids` (read at the key slots), or of the empty
  // bucket where it would go.
  template <typename Ids>
  std::size_t Locate(const Ids& ids, std::uint64_t hash) const;

  int slot_count_;
  std::vector<int> key_slots_;
  std::vector<TermId> cells_;
  std::size_t count_ = 0;
  std::vector<std::uint32_t> order_;
  std::vector<Bucket> buckets_;  // power-of-two size, at most half full
};

}  // namespace marsad::query::exec
