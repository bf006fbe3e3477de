#include "query/exec/adaptive_join_op.h"

namespace marsad::query::exec {

bool AdaptiveJoinOp::Switched() const { return opens() > switch_after_; }

std::string AdaptiveJoinOp::Label() const {
  return probe_->Label() + (Switched() ? " [switched to a hash join after " : " [hash join after ") +
         std::to_string(switch_after_) + " rows]";
}

std::vector<const Operator*> AdaptiveJoinOp::Children() const {
  if (Switched()) return {hash_.get()};
  return {};
}

bool AdaptiveJoinOp::WantsPrefetch() const {
  return opens() >= switch_after_ && hash_->WantsPrefetch();
}

void AdaptiveJoinOp::DoOpen(const Row& parent) {
  active_ = Switched() ? hash_.get() : probe_.get();
  active_->Open(parent);
}

}  // namespace marsad::query::exec
