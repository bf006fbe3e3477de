// Evaluates expressions over one id row: decodes the slots an expression reads, runs EXISTS
// sub-plans under the row.
#pragma once

#include "query/exec/operator.h"
#include "query/expr/evaluator.h"

namespace marsad::query::exec {

class RowEval : public expr::EvalContext {
 public:
  RowEval(ExecContext* ctx, const Row* row) : ctx_(ctx), row_(row) {}

  expr::Value Variable(int slot) override;
  expr::Value Exists(int index) override;
  expr::FunctionEnv& env() override { return ctx_->env(); }

 private:
  ExecContext* ctx_;
  const Row* row_;
};

// Shorthands over RowEval.
expr::Value EvalOnRow(ExecContext* ctx, const expr::Expr& e, const Row& row);
bool FilterOnRow(ExecContext* ctx, const expr::Expr& e, const Row& row);

}  // namespace marsad::query::exec
