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
  Status status_;
  expr::FunctionEnv env_;
};

}  // namespace marsad::query::exec
