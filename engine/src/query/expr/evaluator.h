// Evaluates bound expressions against one solution row.
#pragma once

#include "query/expr/expr.h"
#include "query/expr/value.h"

namespace marsad::query::expr {

// What the evaluator needs from the executor: variable values and EXISTS sub-queries.
class EvalContext {
 public:
  virtual ~EvalContext() = default;
  // The term bound to `slot` in the current row, or kError when unbound.
  virtual Value Variable(int slot) = 0;
  // Whether sub-plan `index`, with the current row's bindings substituted, has a solution.
  virtual Value Exists(int index) = 0;
  virtual FunctionEnv& env() = 0;
};

Value Evaluate(const Expr& expr, EvalContext& ctx);

// FILTER semantics: the effective boolean value, with errors counting as false.
bool EvaluateFilter(const Expr& expr, EvalContext& ctx);

}  // namespace marsad::query::expr
