// Solution modifiers on top of a group: GROUP BY / HAVING / SELECT expressions / ORDER BY /
// projection / DISTINCT / OFFSET-LIMIT, in SPARQL's order.
#include "query/exec/filter_op.h"
#include "query/exec/join_chain_op.h"
#include "query/exec/modifier_ops.h"
#include "query/plan/planner.h"

namespace marsad::query::plan {

exec::OperatorPtr Planner::PlanSelect(const LSelect& s) {
  exec::OperatorPtr op = PlanGroup(s.where, {});
  std::vector<exec::OperatorPtr> steps;
  if (s.aggregated) {
    op = std::make_unique<exec::GroupOp>(ctx_, std::move(op), s.group_keys, s.aggregates,
                                         slot_count_);
  }
  steps.push_back(std::move(op));
  for (const expr::Expr& h : s.having) {
    steps.push_back(std::make_unique<exec::FilterOp>(ctx_, h, "HAVING " + h.ToString()));
  }
  for (const auto& [e, slot] : s.extends) {
    steps.push_back(std::make_unique<exec::ExtendOp>(ctx_, e, slot, e.ToString()));
  }
  op = steps.size() == 1 ? std::move(steps[0])
                         : std::make_unique<exec::JoinChainOp>(ctx_, std::move(steps));
  if (!s.order.empty()) op = std::make_unique<exec::SortOp>(ctx_, std::move(op), s.order);
  if (!s.projection.empty()) {
    op = std::make_unique<exec::ProjectOp>(ctx_, std::move(op), s.projection);
  }
  if (s.distinct) op = std::make_unique<exec::DistinctOp>(ctx_, std::move(op));
  if (s.offset > 0 || s.limit) {
    op = std::make_unique<exec::SliceOp>(ctx_, std::move(op), s.offset, s.limit);
  }
  return op;
}

}  // namespace marsad::query::plan
