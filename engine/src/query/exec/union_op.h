// UNION: the rows of each branch in turn, every branch run under the same parent.
#pragma once

#include <vector>

#include "query/exec/operator.h"

namespace marsad::query::exec {

class UnionOp : public Operator {
 public:
  UnionOp(ExecContext* ctx, std::vector<OperatorPtr> branches)
      : Operator(ctx), branches_(std::move(branches)) {}
  std::string Label() const override { return "Union"; }
  std::vector<const Operator*> Children() const override {
    std::vector<const Operator*> out;
    for (const OperatorPtr& b : branches_) out.push_back(b.get());
    return out;
  }

 protected:
  void DoOpen(const Row& parent) override {
    parent_ = parent;
    current_ = 0;
    if (!branches_.empty()) branches_[0]->Open(parent_);
  }
  bool DoNext(Row& out) override {
    while (current_ < branches_.size()) {
      if (branches_[current_]->Next(out)) return true;
      if (!ctx_->ok()) return false;
      if (++current_ < branches_.size()) branches_[current_]->Open(parent_);
    }
    return false;
  }

 private:
  std::vector<OperatorPtr> branches_;
  Row parent_;
  std::size_t current_ = 0;
};

}  // namespace marsad::query::exec
