// Materialized solutions in one flat array, grouped by the ids of some of their slots (the
// join key) behind an open-addressing table, for hash joins. One allocation per array instead
// of one per row and per key: building and probing a table of a few hundred thousand rows was
// dominated by malloc and by hashing std::vector keys. Only the slots a build side can bind
// are stored (a triple pattern binds at most four of a query's slots), so large tables stay
// small enough for the caches.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "query/exec/context.h"

namespace marsad::query::exec {

class KeyedRows {
 public:
  // Stored rows keep the slots `columns` of the appended rows, in that order; `key_slots` (a
  // subset of `columns`; may be empty: no index) are bound in every appended row.
  KeyedRows(std::vector<int> columns, std::vector<int> key_slots);

  const std::vector<int>& columns() const { return columns_; }
  // REQUIRES: Index() not yet called; `row` has every slot of columns().
  void Append(const Row& row);
  // Groups the rows by key. Call once, after the last Append.
  void Index();

  std::size_t size() const { return count_; }
  // Row `i`'s ids, in the order of columns().
  std::span<const TermId> row(std::size_t i) const {
    return {cells_.data() + i * columns_.size(), columns_.size()};
  }
  // The numbers of the rows whose key equals the ids of `probe` (a full row) at the key slots;
  // empty when none does. REQUIRES: Index() called, every key slot of `probe` bound.
  std::span<const std::uint32_t> Find(const Row& probe) const;

  // Bytes held for one appended row, and at most for the index per row (its place in the
  // order plus up to two 24-byte buckets): what memory budgets charge.
  std::size_t row_bytes() const { return columns_.size() * sizeof(TermId); }
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
  // The key of `ids`, read at `positions` (key_slots_ in a full row, key_columns_ in a stored
  // one): its hash, and the bucket holding it or the empty bucket where it would go.
  template <typename Ids>
  std::uint64_t Hash(const Ids& ids, const std::vector<int>& positions) const;
  template <typename Ids>
  std::size_t Locate(const Ids& ids, const std::vector<int>& positions, std::uint64_t hash) const;

  std::vector<int> columns_;
  std::vector<int> key_slots_;
  std::vector<int> key_columns_;  // where each key slot sits in a stored row
  std::vector<TermId> cells_;
  std::size_t count_ = 0;
  std::vector<std::uint32_t> order_;
  std::vector<Bucket> buckets_;  // power-of-two size, at most half full
};

}  // namespace marsad::query::exec
