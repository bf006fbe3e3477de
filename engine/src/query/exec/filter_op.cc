#include "query/exec/filter_op.h"

#include "query/exec/row_eval.h"

namespace marsad::query::exec {

bool FilterOp::DoNext(Row& out) {
  if (done_) return false;
  done_ = true;
  if (!FilterOnRow(ctx_, condition_, parent_)) return false;
  out = parent_;
  return true;
}

bool ExtendOp::DoNext(Row& out) {
  if (done_) return false;
  done_ = true;
  out = parent_;
  if (expr::Value v = EvalOnRow(ctx_, value_, parent_)) {
    // Under a parent that already binds the variable (a correlated step), the result must
    // agree with it, as a join would require.
    const TermId id = ctx_->Intern(*v);
    if (out[slot_] != kNoTerm && out[slot_] != id) return false;
    out[slot_] = id;
  }
  return ctx_->ok();
}

}  // namespace marsad::query::exec
