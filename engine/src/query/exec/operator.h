// The physical operator interface. Every operator works "under a parent row": Open(parent)
// starts it for the bindings of `parent`, and each Next(out) produces a solution that is a
// compatible extension of `parent` (out is a full row). A join is then the nested application
// of its steps, and an operator that must see its input unbound (sub-queries, groups with
// filters over outer variables) is evaluated once under an empty row and joined by
// compatibility (see materialize_op.h).
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "query/exec/context.h"

namespace marsad::query::exec {

class Operator {
 public:
  explicit Operator(ExecContext* ctx) : ctx_(ctx) {}
  virtual ~Operator() = default;
  Operator(const Operator&) = delete;
  Operator& operator=(const Operator&) = delete;

  // REQUIRES: parent.size() == the query's slot count.
  void Open(const Row& parent) {
    ++opens_;
    DoOpen(parent);
  }
  // false at the end or on error (ctx->status()).
  bool Next(Row& out) {
    if (!ctx_->analyze) return DoNext(out);
    const auto start = std::chrono::steady_clock::now();
    const bool got = DoNext(out);
    nanos_ += std::chrono::duration_cast<std::chrono::nanoseconds>(
                  std::chrono::steady_clock::now() - start)
                  .count();
    rows_ += got;
    return got;
  }

  // Prefetch hints for joins that batch their outer rows: when WantsPrefetch(), the operator
  // reads memory at places its parent row decides (a hash table), and Prefetch(parent, stage)
  // starts loading what Open(parent) will read, so that a join can issue the loads of a batch
  // of outer rows before opening under each. Stage 0 loads what the parent alone locates (a
  // hash bucket); stage 1, hinted a while after stage 0, what stage 0's data points to (the
  // bucket's rows). Results never depend on hints.
  virtual bool WantsPrefetch() const { return false; }
  virtual void Prefetch(const Row& parent, int stage) const {
    (void)parent;
    (void)stage;
  }

  // EXPLAIN: one line for this operator and its children, indented.
  virtual std::string Label() const = 0;
  virtual std::vector<const Operator*> Children() const { return {}; }
  double estimated_rows = -1;  // set by the planner
  std::uint64_t rows() const { return rows_; }
  std::uint64_t opens() const { return opens_; }
  std::int64_t nanos() const { return nanos_; }

 protected:
  virtual void DoOpen(const Row& parent) = 0;
  virtual bool DoNext(Row& out) = 0;
  ExecContext* ctx_;

 private:
  std::uint64_t rows_ = 0;
  std::uint64_t opens_ = 0;
  std::int64_t nanos_ = 0;
};

using OperatorPtr = std::unique_ptr<Operator>;

// Renders the operator tree for EXPLAIN (with actual rows and time when `analyze`).
std::string ExplainTree(const Operator& root, bool analyze);

// Two rows are compatible when every slot bound in both holds the same id.
bool Compatible(std::span<const TermId> a, std::span<const TermId> b);
// Copies into `out` every slot bound in `b` (REQUIRES: Compatible(out, b)).
void MergeInto(Row& out, std::span<const TermId> b);

}  // namespace marsad::query::exec
