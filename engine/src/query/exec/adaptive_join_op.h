// A join step that starts as an index nested loop and turns into a hash join once it has been
// opened under enough parent rows that building the table is the cheaper way on.
//
// The planner chooses between the two from estimated row counts, and estimates of chained
// joins can be off by orders of magnitude (correlated variables). A step planned as a nested
// loop for "a few hundred" outer rows that meets fifty thousand pays one index probe per row;
// this operator caps that: after `switch_after` opens it builds the hash side once and probes
// it for the remaining rows. Both sides produce the same solutions, so the switch changes only
// the cost.
#pragma once

#include <cstdint>

#include "query/exec/operator.h"

namespace marsad::query::exec {

class AdaptiveJoinOp : public Operator {
 public:
  // `probe` runs under each parent (the nested loop); `hash` is the same pattern as a
  // MaterializeOp keyed on the slots the parents bind.
  AdaptiveJoinOp(ExecContext* ctx, OperatorPtr probe, OperatorPtr hash, std::uint64_t switch_after)
      : Operator(ctx), probe_(std::move(probe)), hash_(std::move(hash)),
        switch_after_(switch_after) {}
  // EXPLAIN shows the probe's line with the switch point; once switched, the hash side
  // appears as the child (with its build under EXPLAIN ANALYZE).
  std::string Label() const override;
  std::vector<const Operator*> Children() const override;
  // Once the next open goes to the hash side, its hints.
  bool WantsPrefetch() const override;
  void Prefetch(const Row& parent, int stage) const override { hash_->Prefetch(parent, stage); }

 protected:
  void DoOpen(const Row& parent) override;
  bool DoNext(Row& out) override { return active_->Next(out); }

 private:
  bool Switched() const;

  OperatorPtr probe_;
  OperatorPtr hash_;
  std::uint64_t switch_after_;
  Operator* active_ = nullptr;
};

}  // namespace marsad::query::exec
