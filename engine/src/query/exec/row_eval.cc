#include "query/exec/row_eval.h"

namespace marsad::query::exec {

expr::Value RowEval::Variable(int slot) {
  if (slot < 0 || (*row_)[slot] == kNoTerm) return expr::kError;
  const Term* t = ctx_->Decode((*row_)[slot]);
  if (t == nullptr) return expr::kError;
  return *t;
}

expr::Value RowEval::Exists(int index) {
  Operator* plan = ctx_->exists_plans[index];
  plan->Open(*row_);
  Row scratch;
  return Term::Boolean(plan->Next(scratch));
}

expr::Value EvalOnRow(ExecContext* ctx, const expr::Expr& e, const Row& row) {
  RowEval eval(ctx, &row);
  return expr::Evaluate(e, eval);
}

bool FilterOnRow(ExecContext* ctx, const expr::Expr& e, const Row& row) {
  RowEval eval(ctx, &row);
  return expr::EvaluateFilter(e, eval);
}

}  // namespace marsad::query::exec
