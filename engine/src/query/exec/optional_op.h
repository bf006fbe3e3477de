// OPTIONAL (SPARQL LeftJoin): the right side's extensions of the parent that satisfy the
// optional's filter, or the parent alone when there are none.
#pragma once

#include <optional>

#include "query/exec/operator.h"
#include "query/exec/row_eval.h"

namespace marsad::query::exec {

class OptionalOp : public Operator {
 public:
  OptionalOp(ExecContext* ctx, OperatorPtr right, std::optional<expr::Expr> filter)
      : Operator(ctx), right_(std::move(right)), filter_(std::move(filter)) {}
  std::string Label() const override {
    return filter_ ? "Optional filter " + filter_->ToString() : "Optional";
  }
  std::vector<const Operator*> Children() const override { return {right_.get()}; }

 protected:
  void DoOpen(const Row& parent) override {
    parent_ = parent;
    matched_ = false;
    done_ = false;
    right_->Open(parent);
  }
  bool DoNext(Row& out) override {
    if (done_) return false;
    while (right_->Next(out)) {
      if (filter_ && !FilterOnRow(ctx_, *filter_, out)) continue;
      matched_ = true;
      return true;
    }
    done_ = true;
    if (matched_ || !ctx_->ok()) return false;
    out = parent_;
    return true;
  }

 private:
  OperatorPtr right_;
  std::optional<expr::Expr> filter_;
  Row parent_;
  bool matched_ = false;
  bool done_ = true;
};

}  // namespace marsad::query::exec
