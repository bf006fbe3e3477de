// Merge join of two scans that both come sorted by one variable under the parent row (the
// variable sits at the first key position each scan leaves free; store scans are ordered by
// it). The scans advance in step and each skips ahead with SeekTo to the other's key
// (leapfrog), so neither is reopened per row, unlike an index nested loop. The left rows of
// one key are buffered (charged to the memory budget) and joined with each right row of that
// key. When at Open either scan turns out not sorted on the variable (the parent row bound
// more than the planner knew), the join runs as a nested loop instead.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "query/exec/operator.h"
#include "query/exec/scan_op.h"

namespace marsad::query::exec {

class MergeJoinOp : public Operator {
 public:
  MergeJoinOp(ExecContext* ctx, std::unique_ptr<ScanOp> left, std::unique_ptr<ScanOp> right,
              int slot)
      : Operator(ctx), left_(std::move(left)), right_(std::move(right)), slot_(slot),
        memory_(ctx) {}
  std::string Label() const override;
  std::vector<const Operator*> Children() const override {
    return {left_.get(), right_.get()};
  }

 protected:
  void DoOpen(const Row& parent) override;
  bool DoNext(Row& out) override;

 private:
  bool NextMerged(Row& out);
  bool NextNested(Row& out);
  // Moves both sides to their next common key and buffers the left rows holding it; false
  // when either side runs out.
  bool NextGroup();

  std::unique_ptr<ScanOp> left_, right_;
  int slot_;
  bool merge_ = false;
  Row left_row_, right_row_;  // each side's current row (the left one is a lookahead)
  bool left_ok_ = false, right_ok_ = false;
  std::vector<Row> group_;    // left rows of the current key
  std::size_t group_next_ = 0;
  bool in_group_ = false;     // right_row_ holds the current key
  bool right_open_ = false;   // nested-loop fallback: right_ is open under left_row_
  MemoryCharge memory_;
};

}  // namespace marsad::query::exec
