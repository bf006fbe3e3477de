#include "query/exec/join_chain_op.h"

#include <utility>

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
  OpenStep(0, parent);
  depth_ = 0;
}

void JoinChainOp::OpenStep(int depth, const Row& parent) {
  Batch& batch = batches_[depth];
  batch.next = batch.count = 0;
  batch.ended = false;
  steps_[depth]->Open(parent);
}

bool JoinChainOp::NextOf(int depth) {
  Batch& batch = batches_[depth];
  if (batch.next == batch.count) {
    Operator* consumer =
        depth + 1 < static_cast<int>(steps_.size()) ? steps_[depth + 1].get() : nullptr;
    if (consumer == nullptr || !consumer->WantsPrefetch()) {
      return !batch.ended && steps_[depth]->Next(rows_[depth]);
    }
    batch.next = batch.count = 0;
    while (!batch.ended && batch.count < kBatchRows) {
      Row& row = batch.rows[batch.count];
      if (!steps_[depth]->Next(row)) {
        batch.ended = true;
        break;
      }
      consumer->Prefetch(row, 0);
      ++batch.count;
    }
    if (batch.count == 0) return false;
    for (std::size_t i = 0; i < batch.count; ++i) consumer->Prefetch(batch.rows[i], 1);
  }
  // Swapped, not copied: the batch slot keeps a buffer for a later Next to overwrite.
  std::swap(rows_[depth], batch.rows[batch.next++]);
  return true;
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
    if (!NextOf(depth_)) {
      --depth_;
      continue;
    }
    if (depth_ == last) {
      out = rows_[depth_];
      return true;
    }
    OpenStep(depth_ + 1, rows_[depth_]);
    ++depth_;
  }
  return false;
}

}  // namespace marsad::query::exec
