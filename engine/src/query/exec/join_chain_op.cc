#include "query/exec/join_chain_op.h"

namespace marsad::query::exec {

std::vector<const Operator*> JoinChainOp::Children() const {
  std::vector<const Operator*> out;
  for (const OperatorPtr& s : steps_) out.push_back(s.get());
  return out;
}

void JoinChainOp::DoOpen(const Row& parent) {
  unit_done_ = false;
  if (steps_.empty()) {
    parent_ = parent;
    return;
  }
  steps_[0]->Open(parent);
  depth_ = 0;
}

bool JoinChainOp::DoNext(Row& out) {
  if (steps_.empty()) {
    if (unit_done_) return false;
    unit_done_ = true;
    out = parent_;
    return true;
  }
  const int last = static_cast<int>(steps_.size()) - 1;
  while (depth_ >= 0) {
    if (ctx_->Interrupted()) return false;
    if (!steps_[depth_]->Next(rows_[depth_])) {
      --depth_;
      continue;
    }
    if (depth_ == last) {
      out = rows_[depth_];
      return true;
    }
    steps_[depth_ + 1]->Open(rows_[depth_]);
    ++depth_;
  }
  return false;
}

}  // namespace marsad::query::exec
