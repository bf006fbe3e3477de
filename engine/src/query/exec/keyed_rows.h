// Materialized solutions in one flat array, grouped by the ids of some of their slots (the
// join key), for hash joins. One allocation per array instead of one per row and per key:
// building and probing a table of a few hundred thousand rows was dominated by malloc and by
// hashing std::vector keys. Only the slots a build side can bind are stored (a triple pattern
// binds at most four of a query's slots), so large tables stay small enough for the caches.
//
// Index() sorts the rows by the top bits of their key's hash (a counting sort: two sequential
// passes and one scatter) and keeps a directory of where each hash bucket starts. A probe then
// reads one directory entry and the bucket's rows, which sit together: two cache misses on a
// table larger than the caches, where an open-addressing table of row numbers took four
// (bucket, representative row, row number, row), and building touches no hash table at all.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "query/exec/context.h"

namespace marsad::query::exec {

class KeyedRows {
 public:
  // Consecutive rows [begin, end) of the indexed table.
  struct Range {
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
    std::size_t size() const { return end - begin; }
    bool empty() const { return begin == end; }
  };

  // Stored rows keep the slots `columns` of the appended rows, in that order; `key_slots` (a
  // subset of `columns`; may be empty: no index) are bound in every appended row.
  KeyedRows(std::vector<int> columns, std::vector<int> key_slots);

  const std::vector<int>& columns() const { return columns_; }
  // REQUIRES: Index() not yet called; `row` has every slot of columns().
  void Append(const Row& row);
  // Groups the rows by key: reorders them so that the rows of one key are consecutive (row
  // numbers taken before Index() no longer hold). Call once, after the last Append.
  void Index();

  std::size_t size() const { return count_; }
  // Row `i`'s ids, in the order of columns().
  std::span<const TermId> row(std::size_t i) const {
    return {cells_.data() + i * columns_.size(), columns_.size()};
  }
  // The rows whose key equals the ids of `probe` (a full row) at the key slots; empty when
  // none does. REQUIRES: Index() called, every key slot of `probe` bound.
  Range Find(const Row& probe) const;
  // Start loading what Find(probe) will read: its directory entry, and (best after that has
  // arrived) the first rows it points to. Same REQUIRES as Find.
  void PrefetchBucket(const Row& probe) const;
  void PrefetchRows(const Row& probe) const;

  // What memory budgets charge: the bytes of one appended row; the bytes the index keeps
  // after Index() (its bucket directory); and the bytes Index() holds only while it runs
  // (each row's bucket and the reordered copy of the rows).
  std::size_t row_bytes() const { return columns_.size() * sizeof(TermId); }
  std::size_t index_bytes() const;
  std::size_t index_scratch_bytes() const;
  // Row numbers are 32-bit.
  static constexpr std::size_t kMaxRows = 0xFFFFFFFEu;

 private:
  // Buckets of the index over `count_` rows: a power of two, at least one per row.
  std::size_t BucketCount() const;
  // The hash of the key of `ids`, read at `positions` (key_slots_ in a full row, key_columns_
  // in a stored one).
  template <typename Ids>
  std::uint64_t Hash(const Ids& ids, const std::vector<int>& positions) const;
  // <0, 0, >0 as stored row `r`'s key orders before, equals or after the key of `ids` read at
  // `positions`.
  template <typename Ids>
  int CompareKey(std::size_t r, const Ids& ids, const std::vector<int>& positions) const;
  // Sorts rows [begin, end) by key (stable), so that each key's rows are consecutive.
  void SortByKey(std::uint32_t begin, std::uint32_t end);

  std::vector<int> columns_;
  std::vector<int> key_slots_;
  std::vector<int> key_columns_;  // where each key slot sits in a stored row
  std::vector<TermId> cells_;
  std::size_t count_ = 0;
  // After Index(): bucket b's rows are [bucket_start_[b], bucket_start_[b + 1]), sorted by key
  // when the bucket holds more than one; empty when there is no index.
  std::vector<std::uint32_t> bucket_start_;
  int hash_shift_ = 64;  // a hash's bucket is its top bits: hash >> hash_shift_
  std::vector<TermId> sort_scratch_;  // the row SortByKey is moving
};

}  // namespace marsad::query::exec
