// GROUP BY and aggregates. Consumes all input (bounded by the number of rows), then yields one
// row per group with the key slots and the aggregate slots set. Without GROUP BY, the whole
// input is one group, present even when the input is empty (so COUNT(*) gives 0).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "query/exec/operator.h"
#include "query/expr/expr.h"

namespace marsad::query::exec {

enum class AggregateKind : std::uint8_t { kCount, kSum, kMin, kMax, kAvg, kSample, kGroupConcat };

struct AggregateSpec {
  AggregateKind kind = AggregateKind::kCount;
  bool distinct = false;
  bool star = false;              // COUNT(*)
  std::optional<expr::Expr> arg;  // absent only for COUNT(*)
  std::string separator = " ";
  int slot = -1;  // where the result goes
};

struct GroupKey {
  expr::Expr expr;
  int slot = -1;  // the variable (or hidden slot) the key value is written to
};

class GroupOp : public Operator {
 public:
  GroupOp(ExecContext* ctx, OperatorPtr child, std::vector<GroupKey> keys,
          std::vector<AggregateSpec> aggregates, int slot_count)
      : Operator(ctx), child_(std::move(child)), keys_(std::move(keys)),
        aggregates_(std::move(aggregates)), slot_count_(slot_count), memory_(ctx) {}
  std::string Label() const override;
  std::vector<const Operator*> Children() const override { return {child_.get()}; }

 protected:
  void DoOpen(const Row& parent) override;
  bool DoNext(Row& out) override;

 private:
  expr::Value Aggregate(const AggregateSpec& spec, const std::vector<Row>& rows);

  OperatorPtr child_;
  std::vector<GroupKey> keys_;
  std::vector<AggregateSpec> aggregates_;
  int slot_count_;
  std::vector<Row> output_;
  std::size_t next_ = 0;
  MemoryCharge memory_;
};

}  // namespace marsad::query::exec
