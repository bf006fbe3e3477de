// The planner: logical plan -> operator tree.
//
// Join order. Within a group, the inner-join elements between two order-sensitive elements
// (OPTIONAL, MINUS, BIND) are reordered greedily with one step of lookahead: among the
// elements connected to the bound variables (when any is), the one whose estimated rows
// times the cheapest next step's is smallest. Estimates come from the store's statistics and
// EstimateCount, narrowed for the variables earlier steps bind (estimate.cc).
//
// Join methods (join_method.cc), each shown by EXPLAIN:
//  - MergeJoin: an element that starts a join (none of its variables bound yet) and the next
//    chosen one are both scans sorted on the same variable (the first key position each
//    leaves free): the two scans advance in step, skipping ahead (leapfrog).
//  - HashJoin: a scan whose variables earlier steps bind is read once with its constants
//    only and hashed on those variables, when that costs less than reopening it under every
//    row (cost model in join_method.cc) and its estimated size fits a quarter of the memory
//    budget.
//  - otherwise index nested loop: the step runs under each row of the steps before it
//    (NestedLoopJoin), so a scan gets the bound variables as its index prefix.
// Group filters are pushed to the first step after which all their variables are certainly
// bound. Sub-groups that must not see outer bindings are evaluated once and hash-joined
// (MaterializeOp). LIMIT without ORDER BY stops the pipeline early (SliceOp pulls no more).
#pragma once

#include <map>
#include <optional>
#include <vector>

#include "query/exec/operator.h"
#include "query/exec/scan_op.h"
#include "query/plan/logical.h"
#include "query/plan/slot_set.h"

namespace marsad::query::plan {

class Planner {
 public:
  Planner(exec::ExecContext* ctx, int slot_count);

  exec::OperatorPtr PlanSelect(const LSelect& select);
  // A group run under a parent row whose certainly-bound slots are `bound`.
  exec::OperatorPtr PlanGroup(const LGroup& group, const SlotSet& bound);

 private:
  exec::OperatorPtr PlanBranch(const LGroup& group, const SlotSet& bound);
  // A group's plan as it is built: steps so far, slots they certainly bind, estimated rows
  // per parent row, and the filters not placed yet.
  struct GroupBuild {
    std::vector<exec::OperatorPtr> steps;
    SlotSet now;
    double rows = 1;
    std::vector<const LElement*> filters;
  };

  exec::OperatorPtr PlanGroupSteps(const LGroup& group, GroupBuild& b);
  exec::OperatorPtr MakeStep(const LElement& e, const SlotSet& bound);
  // A scan of `spec` that skips the ids the current group's filters exclude (ranges_).
  std::unique_ptr<exec::ScanOp> NewScan(const exec::ScanSpec& spec) const;
  double Estimate(const LElement& e, const SlotSet& bound);
  double EstimateTriple(const exec::ScanSpec& scan, const SlotSet& bound);
  bool Safe(const LGroup& group) const;
  void PlaceFilters(GroupBuild& b, bool all);
  // Orders and plans the inner-join elements of `segment` (emptied).
  void FlushSegment(GroupBuild& b, std::vector<const LElement*>& segment);
  // The index of the element to run next and its estimated rows per row so far.
  std::size_t PickNext(const std::vector<const LElement*>& segment, const SlotSet& now,
                       double* rows);
  // join_method.cc: the slot on which `a` and `b` can be merge-joined after `now` is bound.
  std::optional<int> MergeSlot(const LElement& a, const LElement& b, const SlotSet& now);
  // join_method.cc: `e` as a step under `outer_rows` rows that bind `now`: an index nested
  // loop step or a hash join.
  exec::OperatorPtr MakeJoinStep(const LElement& e, const SlotSet& now, double outer_rows,
                                 double fanout);

  exec::ExecContext* ctx_;
  int slot_count_;
  store::StoreStatistics stats_;
  std::map<const exec::ScanSpec*, double> base_estimates_;
  // For the group being planned: the id ranges its filters allow per slot.
  std::map<int, std::vector<exec::IdRange>> ranges_;
};

}  // namespace marsad::query::plan
