// Per-query execution state shared by all operators: the store snapshot, the term table,
// cancellation and limits, and the first error.
#pragma once

#include <chrono>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "marsad/database.h"
#include "marsad/status.h"
#include "marsad/term.h"
#include "query/expr/expr.h"
#include "store/store.h"

namespace marsad::query::exec {

class Operator;
using store::TermId;
using store::kNoTerm;

// A solution: one id per variable slot; kNoTerm = unbound.
using Row = std::vector<TermId>;

// Terms produced during the query (BIND, aggregates, VALUES constants the store has never
// seen) get local ids with this tag, which the store never assigns; the same term always gets
// the same id, so id equality stays term equality within a query.
inline constexpr std::uint8_t kLocalTag = 0x7F;

// The memory budget of a query when QueryOptions::max_memory_bytes is 0.
inline constexpr std::uint64_t kDefaultMaxMemoryBytes = std::uint64_t{1} << 30;  // 1 GiB

// What a materialized row costs against the budget (the vector and its ids).
inline std::size_t RowBytes(const Row& row) {
  return sizeof(Row) + row.capacity() * sizeof(TermId);
}

// The per-query id -> term table behind ExecContext::Decode. Open addressing over the ids
// (kNoTerm marks a free slot; it is never inserted), terms in a deque so their addresses stay
// put while the table grows; Clear() is the only thing that invalidates them.
class TermTable {
 public:
  const Term* Find(TermId id) const;
  // REQUIRES: id != kNoTerm and Find(id) == nullptr.
  const Term* Insert(TermId id, Term term);
  // Makes room for `more` inserts without rehashing in between.
  void Reserve(std::size_t more);
  void Clear();
  std::size_t size() const { return terms_.size(); }
  // What the table holds: terms with their strings, plus the slots.
  std::size_t bytes() const { return bytes_ + slots_.size() * sizeof(Slot); }

 private:
  struct Slot {
    TermId id = kNoTerm;
    std::size_t index = 0;  // into terms_
  };
  std::size_t SlotOf(TermId id) const;
  void Rehash(std::size_t slot_count);

  std::vector<Slot> slots_;  // a power of two in size, at most half full
  int shift_ = 64;           // 64 - log2(slots_.size())
  std::deque<Term> terms_;
  std::size_t bytes_ = 0;
};

// The byte bound of a query's decoded-term table: past it, the next Decode miss or DecodeBatch
// starts the table afresh (a batch is inserted whole, so the bound is exceeded by at most
// one batch).
inline constexpr std::size_t kDecodeTableBytes = std::size_t{64} << 20;  // 64 MiB

class ExecContext {
 public:
  ExecContext(const store::Store* store, store::SnapshotPtr snapshot);

  const store::Store& store() const { return *store_; }
  const store::SnapshotPtr& snapshot() const { return snapshot_; }

  // The id of `term`: the store's id when it has one, else a local id.
  TermId Intern(const Term& term);
  // The term of `id`; nullptr for kNoTerm or when the store cannot decode it (status set).
  // The pointer is valid until the next Decode or DecodeBatch call: copy what you keep.
  const Term* Decode(TermId id);
  // Decodes the store ids of `ids` that are not in the query's table with one store call (the
  // ids sorted and deduplicated, so the dictionary is read in key order). When `terms` is
  // given it receives each id's term (nullptr for kNoTerm). The pointers, like Decode's, are
  // valid until the next Decode or DecodeBatch call. False (status() set) when the store
  // cannot decode one of them.
  //
  // A large batch (more than kAdmitAllBatchIds ids) whose terms are wanted is decoded by the
  // store alone when the store has a shared term cache: that cache already answers repeated
  // ids, at less cost than sorting the batch and consulting the query's table. Without it, a
  // large batch admits an id into the table only the second time the query fetches it (a
  // bit filter remembers the first): results of distinct terms, such as every subject of a
  // class, would otherwise fill the table with entries nobody asks for again, and inserting
  // them costs more than reading them.
  bool DecodeBatch(std::span<const TermId> ids, std::vector<const Term*>* terms = nullptr);
  std::size_t decoded_terms() const { return decoded_.size(); }

  // Cancellation and deadline: operators call Interrupted() in their loops; true stops them
  // with status() set to kCancelled / kDeadlineExceeded.
  void SetLimits(const CancelToken* cancel, std::uint64_t timeout_ms);
  bool Interrupted() {
    // Inline fast path: operators call this once per row, and only every 1024th call looks
    // at the clock and the token.
    if (!status_.ok()) return true;
    if ((++ticks_ & 1023) != 0) return false;
    return CheckLimits();
  }

  // The memory budget of materializing operators (sort, group, distinct, hash join builds,
  // materialized sub-plans, merge-join groups); 0 = kDefaultMaxMemoryBytes.
  void SetMemoryBudget(std::uint64_t bytes) {
    memory_budget_ = bytes == 0 ? kDefaultMaxMemoryBytes : bytes;
  }
  std::uint64_t memory_budget() const { return memory_budget_; }
  // Accounts `bytes` more held by an operator (negative: released). Returns false once the
  // total exceeds the budget; status() is then kResourceExhausted naming the budget.
  bool Charge(std::int64_t bytes);
  std::uint64_t memory_used() const { return memory_used_; }

  bool ok() const { return status_.ok(); }
  const Status& status() const { return status_; }
  void Fail(Status status) {
    if (status_.ok()) status_ = std::move(status);
  }

  expr::FunctionEnv& env() { return env_; }
  // Whether EXPLAIN ANALYZE is on: operators then count rows and time.
  bool analyze = false;
  // ORDER BY's string comparison for two literals of the same language (ICU collation,
  // installed by the query engine); unset = code point order.
  std::function<std::optional<int>(std::string_view language, std::string_view a,
                                   std::string_view b)>
      collate;
  // EXISTS sub-plans, indexed by expr::Expr::sub_plan; owned by the query's plan.
  std::vector<Operator*> exists_plans;

 private:
  const store::Store* store_;
  store::SnapshotPtr snapshot_;
  std::vector<Term> local_terms_;
  std::unordered_map<std::string, TermId> local_ids_;  // keyed by N-Triples form
  TermTable decoded_;                                   // decoded store ids
  // DecodeBatch scratch: the ids not in the table, with their positions in the batch.
  std::vector<std::pair<TermId, std::size_t>> batch_missing_;
  std::vector<TermId> batch_fetch_;
  std::vector<std::size_t> batch_positions_;  // where each of batch_fetch_ goes (store path)
  std::vector<Term> batch_store_;       // the fetched terms of the last batch, not admitted
  std::vector<std::uint64_t> fetched_once_;  // the admission filter: one bit per id hash
  // Batches fetching at most this many ids insert them all (small results, and the filter's
  // memory is not worth it); larger ones go through the filter of kFetchedOnceBits bits.
  static constexpr std::size_t kAdmitAllBatchIds = 64;
  static constexpr std::size_t kFetchedOnceBits = std::size_t{1} << 21;
  bool DecodeThroughStore(std::span<const TermId> ids, std::vector<const Term*>* terms);
  // Interrupted()'s slow path: the token and the deadline.
  bool CheckLimits();
  // Marks `id` fetched; true when it was not marked before (or its hash's bit was clear).
  bool FirstFetch(TermId id);
  const CancelToken* cancel_ = nullptr;
  std::optional<std::chrono::steady_clock::time_point> deadline_;
  std::uint32_t ticks_ = 0;
  std::uint64_t memory_budget_ = kDefaultMaxMemoryBytes;
  std::uint64_t memory_used_ = 0;
  Status status_;
  expr::FunctionEnv env_;
};

// The memory one operator holds, charged to its query's budget. Reset() releases it (an
// operator calls it when it drops its buffers, e.g. on re-open).
class MemoryCharge {
 public:
  explicit MemoryCharge(ExecContext* ctx) : ctx_(ctx) {}
  // False once the query is over budget (the context's status says so).
  bool Add(std::size_t bytes) {
    bytes_ += bytes;
    return ctx_->Charge(static_cast<std::int64_t>(bytes));
  }
  bool AddRow(const Row& row) { return Add(RowBytes(row)); }
  void Reset() {
    ctx_->Charge(-static_cast<std::int64_t>(bytes_));
    bytes_ = 0;
  }

 private:
  ExecContext* ctx_;
  std::uint64_t bytes_ = 0;
};

}  // namespace marsad::query::exec
