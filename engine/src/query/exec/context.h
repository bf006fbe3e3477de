// Per-query execution state shared by all operators: the store snapshot, the term table,
// cancellation and limits, and the first error.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
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

class ExecContext {
 public:
  ExecContext(const store::Store* store, store::SnapshotPtr snapshot);

  const store::Store& store() const { return *store_; }
  const store::SnapshotPtr& snapshot() const { return snapshot_; }

  // The id of `term`: the store's id when it has one, else a local id.
  TermId Intern(const Term& term);
  // The term of `id`; nullptr for kNoTerm or when the store cannot decode it (status set).
  // The pointer is valid until the next Decode call: copy what you keep.
  const Term* Decode(TermId id);

  // Cancellation and deadline: operators call Interrupted() in their loops; true stops them
  // with status() set to kCancelled / kDeadlineExceeded.
  void SetLimits(const CancelToken* cancel, std::uint64_t timeout_ms);
  bool Interrupted();

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
  std::unordered_map<TermId, Term> decoded_;            // decode cache for store ids
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
