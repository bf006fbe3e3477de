// Evaluates expressions over one id row: decodes the slots an expression reads, runs EXISTS
// sub-plans under the row. Also the id-level shortcuts that let FILTER, HAVING (filter_op.h)
// and aggregates (group_op.h) skip decoding where the id alone decides the answer.
#pragma once

#include <cstdint>
#include <optional>

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

// An expression's value on successive rows. A plain variable is read as the row's id and
// decoded only when term() is asked for (so counting, id-keyed DISTINCT and id copies never
// decode); any other expression is evaluated on the decoded row. A null expression stands for
// the `*` of COUNT(*): present on every row, with no id and no term.
class RowValue {
 public:
  RowValue(ExecContext* ctx, const expr::Expr* e)
      : ctx_(ctx), expr_(e), variable_(e != nullptr && e->kind == expr::ExprKind::kVariable) {}

  // Reads the value on `row`; false when it is an error (unbound variable, evaluation error).
  bool Read(const Row& row);
  bool is_star() const { return expr_ == nullptr; }
  bool is_variable() const { return variable_; }
  // The variable's id on the last row read; kNoTerm for other expressions.
  TermId id() const { return id_; }
  // The value read last. nullptr for `*`, or when the store cannot decode it (the context's
  // status says why). Valid until the next Read or term() call.
  const Term* term() {
    if (variable_) return ctx_->Decode(id_);
    return value_ ? &*value_ : nullptr;
  }

 private:
  ExecContext* ctx_;
  const expr::Expr* expr_;
  bool variable_;
  TermId id_ = kNoTerm;
  expr::Value value_;
};

// The value of an inline xsd:integer id; nullopt for any other id.
std::optional<std::int64_t> InlineIntegerValue(TermId id);
// The id of the xsd:integer `value` (what ExecContext::Intern gives for Term::Integer(value)),
// built without a term when the value is in the inline range.
TermId IntegerId(ExecContext* ctx, std::int64_t value);

// The SPARQL value order (expr::ValueCompare) of two ids that are inline literals of the same
// type -- xsd:integer, xsd:boolean, short xsd:string, or a valid calendar xsd:date -- read
// from their payloads, whose order is the value order. nullopt when the pair is not of that
// kind, and the caller must compare the decoded terms. For such pairs ValueCompare never
// errs and equal values have equal ids, so this is also expr::OrderCompare.
std::optional<int> CompareInlineIds(TermId a, TermId b);

}  // namespace marsad::query::exec
