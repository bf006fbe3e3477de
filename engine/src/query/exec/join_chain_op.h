// A join as a pipeline of steps: each step runs under every row the previous step produced
// (index nested loop when the step is a scan: the bound variables become its scan prefix).
// Streams: holds one row per step, so memory is bounded by the chain length.
//
// When a step wants prefetch hints (a built hash join), the rows of the step before it are
// pulled a small batch at a time and each is hinted before any is opened under, so that the
// hash table's cache misses of a batch overlap instead of following one another. Rows still
// come out in the same order.
#pragma once

#include <array>
#include <vector>

#include "query/exec/operator.h"

namespace marsad::query::exec {

class JoinChainOp : public Operator {
 public:
  JoinChainOp(ExecContext* ctx, std::vector<OperatorPtr> steps)
      : Operator(ctx), steps_(std::move(steps)), rows_(steps_.size()), batches_(steps_.size()) {}
  std::string Label() const override { return steps_.empty() ? "Unit" : "NestedLoopJoin"; }
  std::vector<const Operator*> Children() const override;

  // Outer rows pulled ahead of a step that wants prefetch hints.
  static constexpr std::size_t kBatchRows = 16;

 protected:
  void DoOpen(const Row& parent) override;
  bool DoNext(Row& out) override;

 private:
  // Rows of step `depth` pulled ahead (see above): [next, count) are still to be handed out;
  // `ended` once the step said it had no more under its current open.
  struct Batch {
    std::array<Row, kBatchRows> rows;
    std::size_t next = 0;
    std::size_t count = 0;
    bool ended = false;
  };
  // Opens step `depth` under `parent` (and forgets any rows pulled ahead of it).
  void OpenStep(int depth, const Row& parent);
  // The next row of step `depth` into rows_[depth]; false at its end.
  bool NextOf(int depth);

  std::vector<OperatorPtr> steps_;
  std::vector<Row> rows_;
  std::vector<Batch> batches_;
  Row parent_;
  int depth_ = -1;
  bool unit_done_ = false;  // the empty chain yields its parent once
};

}  // namespace marsad::query::exec
