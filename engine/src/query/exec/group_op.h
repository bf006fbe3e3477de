// GROUP BY and aggregates by hash aggregation. Each input row is looked up by the id tuple of
// its keys in one flat hash table and folded into its group's accumulators as it arrives (the
// rows themselves are not kept); then one row per group is yielded with the key slots and the
// aggregate slots set. Without GROUP BY, the whole input is one group, present even when the
// input is empty (so COUNT(*) gives 0).
#pragma once

#include <algorithm>
#include <cstdint>
#include <limits>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "query/exec/operator.h"
#include "query/expr/expr.h"

namespace marsad::query::exec {

enum class AggregateKind : std::uint8_t { kCount, kSum, kMin, kMax, kAvg, kSample, kGroupConcat };

struct AggregateSpec {
  AggregateKind kind = AggregateKind::kCount;
  bool distinct = false;
  bool star = false;              // COUNT(*)
  std::optional<expr::Expr> arg;  // absent only for COUNT(*)
  std::string separator = " ";
  int slot = -1;  // where the result goes
};

struct GroupKey {
  expr::Expr expr;
  int slot = -1;  // the variable (or hidden slot) the key value is written to
};

// A set of fixed-width id tuples, numbered 0, 1, ... in insertion order: open addressing with
// linear probing over one flat array of tuples (tuple i is ids [i * width, (i + 1) * width)).
// Since equal ids are equal terms within a query, it groups rows by term equality. Defined
// here so that the per-row lookup inlines into its callers.
class IdTupleTable {
 public:
  // Tuple numbers are stored + 1 in 32 bits; a memory budget stops a query long before.
  static constexpr std::size_t kMaxTuples = std::numeric_limits<std::uint32_t>::max() - 1;
  // What FindOrInsert returns for a new key when the table holds kMaxTuples already.
  static constexpr std::size_t kFull = std::numeric_limits<std::size_t>::max();

  explicit IdTupleTable(std::size_t width) : width_(width) {}

  // The number of `key` (width() ids), inserting it if new (*inserted tells which).
  // The table only grows when it inserts, so bytes() changes only then.
  std::size_t FindOrInsert(const TermId* key, bool* inserted) {
    *inserted = false;
    if (slots_.empty()) Rehash(kMinSlots);
    const std::uint64_t hash = Hash(key);
    std::size_t mask = slots_.size() - 1;
    std::size_t i = hash & mask;
    for (; slots_[i] != 0; i = (i + 1) & mask) {
      const TermId* tuple = tuples_.data() + (slots_[i] - 1) * width_;
      if (std::equal(tuple, tuple + width_, key)) return slots_[i] - 1;
    }
    if (size_ >= kMaxTuples) return kFull;
    if (2 * (size_ + 1) > slots_.size()) {
      Rehash(2 * slots_.size());
      mask = slots_.size() - 1;
      i = hash & mask;
      while (slots_[i] != 0) i = (i + 1) & mask;
    }
    tuples_.insert(tuples_.end(), key, key + width_);
    slots_[i] = static_cast<std::uint32_t>(++size_);
    *inserted = true;
    return size_ - 1;
  }
  std::span<const TermId> Key(std::size_t index) const {
    return {tuples_.data() + index * width_, width_};
  }
  std::size_t size() const { return size_; }
  std::size_t width() const { return width_; }
  // The bytes the table holds (tuples and slots), for the memory budget.
  std::size_t bytes() const {
    return tuples_.capacity() * sizeof(TermId) + slots_.capacity() * sizeof(std::uint32_t);
  }
  void Clear() {
    size_ = 0;
    tuples_.clear();
    slots_.clear();
  }

 private:
  // splitmix64's finalizer over each id in turn: every input bit reaches every output bit.
  std::uint64_t Hash(const TermId* key) const {
    std::uint64_t h = width_;
    for (std::size_t i = 0; i < width_; ++i) {
      h ^= key[i];
      h = (h ^ (h >> 30)) * 0xbf58476d1ce4e5b9ULL;
      h = (h ^ (h >> 27)) * 0x94d049bb133111ebULL;
      h ^= h >> 31;
    }
    return h;
  }
  static constexpr std::size_t kMinSlots = 16;
  // Load stays at most 1/2, so probe runs are short.
  void Rehash(std::size_t slot_count) {
    slots_.assign(slot_count, 0);
    const std::size_t mask = slot_count - 1;
    for (std::size_t t = 0; t < size_; ++t) {
      std::size_t i = Hash(tuples_.data() + t * width_) & mask;
      while (slots_[i] != 0) i = (i + 1) & mask;
      slots_[i] = static_cast<std::uint32_t>(t + 1);
    }
  }

  std::size_t width_;
  std::size_t size_ = 0;
  std::vector<TermId> tuples_;
  std::vector<std::uint32_t> slots_;  // tuple number + 1; 0 = empty
};

class Accumulator;  // one aggregate's per-group state (accumulators.h)

class GroupOp : public Operator {
 public:
  GroupOp(ExecContext* ctx, OperatorPtr child, std::vector<GroupKey> keys,
          std::vector<AggregateSpec> aggregates, int slot_count);
  ~GroupOp() override;
  std::string Label() const override;
  std::vector<const Operator*> Children() const override { return {child_.get()}; }

 protected:
  void DoOpen(const Row& parent) override;
  bool DoNext(Row& out) override;

 private:
  // Adds `row` to its group; false once over the memory budget or on an error.
  bool Consume(const Row& row);
  // Registers a new group with every accumulator; false once over the memory budget.
  bool AddGroup();

  OperatorPtr child_;
  std::vector<GroupKey> keys_;
  std::vector<AggregateSpec> aggregates_;
  int slot_count_;
  IdTupleTable groups_;
  std::vector<std::unique_ptr<Accumulator>> accumulators_;
  std::vector<TermId> key_;  // scratch: the current row's key
  std::size_t next_ = 0;
  bool ready_ = false;  // the input was consumed without error
  MemoryCharge memory_;
};

}  // namespace marsad::query::exec
