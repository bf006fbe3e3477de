// The planner: logical plan -> operator tree.
//
// Within a group, the inner-join elements between two order-sensitive elements (OPTIONAL,
// MINUS, BIND) are reordered greedily: at each point the element with the smallest estimated
// cardinality given the variables already bound (store statistics and EstimateCount), among
// those connected to the bound variables when any is. Each becomes a join step run under the
// rows of the steps before it, so a scan gets the bound variables as its index prefix (index
// nested loop). Group filters are pushed to the first step after which all their variables
// are certainly bound. Sub-groups that must not see outer bindings are evaluated once and
// hash-joined (MaterializeOp).
#pragma once

#include <map>
#include <set>
#include <vector>

#include "query/exec/operator.h"
#include "query/plan/logical.h"

namespace marsad::query::plan {

class Planner {
 public:
  Planner(exec::ExecContext* ctx, int slot_count);

  exec::OperatorPtr PlanSelect(const LSelect& select);
  // A group run under a parent row whose certainly-bound slots are `bound`.
  exec::OperatorPtr PlanGroup(const LGroup& group, const std::set<int>& bound);

 private:
  exec::OperatorPtr PlanBranch(const LGroup& group, const std::set<int>& bound);
  exec::OperatorPtr MakeStep(const LElement& e, const std::set<int>& bound);
  double Estimate(const LElement& e, const std::set<int>& bound);
  double EstimateTriple(const exec::ScanSpec& scan, const std::set<int>& bound);
  bool Safe(const LGroup& group) const;

  exec::ExecContext* ctx_;
  int slot_count_;
  store::StoreStatistics stats_;
  std::map<const exec::ScanSpec*, double> base_estimates_;
};

}  // namespace marsad::query::plan
