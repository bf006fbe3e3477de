// A join as a pipeline of steps: each step runs under every row the previous step produced
// (index nested loop when the step is a scan: the bound variables become its scan prefix).
// Streams: holds one row per step, so memory is bounded by the chain length.
#pragma once

#include <vector>

#include "query/exec/operator.h"

namespace marsad::query::exec {

class JoinChainOp : public Operator {
 public:
  JoinChainOp(ExecContext* ctx, std::vector<OperatorPtr> steps)
      : Operator(ctx), steps_(std::move(steps)), rows_(steps_.size()) {}
  std::string Label() const override { return steps_.empty() ? "Unit" : "NestedLoopJoin"; }
  std::vector<const Operator*> Children() const override;

 protected:
  void DoOpen(const Row& parent) override;
  bool DoNext(Row& out) override;

 private:
  std::vector<OperatorPtr> steps_;
  std::vector<Row> rows_;
  Row parent_;
  int depth_ = -1;
  bool unit_done_ = false;  // the empty chain yields its parent once
};

}  // namespace marsad::query::exec
