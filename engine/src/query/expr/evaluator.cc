#include "query/expr/evaluator.h"

#include <optional>
#include <vector>

namespace marsad::query::expr {
namespace {

// SPARQL's logical-and over {true, false, error}: false wins over error.
Value EvaluateAnd(const Expr& expr, EvalContext& ctx) {
  std::optional<bool> a = EffectiveBooleanValue(Evaluate(expr.args[0], ctx));
  if (a && !*a) return Term::Boolean(false);
  std::optional<bool> b = EffectiveBooleanValue(Evaluate(expr.args[1], ctx));
  if (b && !*b) return Term::Boolean(false);
  if (!a || !b) return kError;
  return Term::Boolean(true);
}

// Logical-or: true wins over error.
Value EvaluateOr(const Expr& expr, EvalContext& ctx) {
  std::optional<bool> a = EffectiveBooleanValue(Evaluate(expr.args[0], ctx));
  if (a && *a) return Term::Boolean(true);
  std::optional<bool> b = EffectiveBooleanValue(Evaluate(expr.args[1], ctx));
  if (b && *b) return Term::Boolean(true);
  if (!a || !b) return kError;
  return Term::Boolean(false);
}

// IN: true if some member equals; error if none equals and some comparison erred.
Value EvaluateIn(const Expr& expr, EvalContext& ctx, bool negate) {
  Value left = Evaluate(expr.args[0], ctx);
  if (!left) return kError;
  bool saw_error = false;
  for (std::size_t i = 1; i < expr.args.size(); ++i) {
    Value right = Evaluate(expr.args[i], ctx);
    std::optional<bool> eq = right ? ValueEquals(*left, *right) : std::nullopt;
    if (!eq) {
      saw_error = true;
    } else if (*eq) {
      return Term::Boolean(!negate);
    }
  }
  if (saw_error) return kError;
  return Term::Boolean(negate);
}

Value EvaluateCall(const Expr& expr, EvalContext& ctx) {
  std::vector<Value> args;
  args.reserve(expr.args.size());
  for (const Expr& arg : expr.args) {
    args.push_back(Evaluate(arg, ctx));
    if (!args.back() && !expr.builtin->takes_errors) return kError;
  }
  return expr.builtin->fn(args, ctx.env());
}

}  // namespace

Value Evaluate(const Expr& expr, EvalContext& ctx) {
  switch (expr.kind) {
    case ExprKind::kConstant:
      return expr.constant;
    case ExprKind::kVariable:
      return ctx.Variable(expr.slot);
    case ExprKind::kCall:
      return EvaluateCall(expr, ctx);
    case ExprKind::kAnd:
      return EvaluateAnd(expr, ctx);
    case ExprKind::kOr:
      return EvaluateOr(expr, ctx);
    case ExprKind::kIf: {
      std::optional<bool> c = EffectiveBooleanValue(Evaluate(expr.args[0], ctx));
      if (!c) return kError;
      return Evaluate(expr.args[*c ? 1 : 2], ctx);
    }
    case ExprKind::kCoalesce:
      for (const Expr& arg : expr.args) {
        if (Value v = Evaluate(arg, ctx)) return v;
      }
      return kError;
    case ExprKind::kBound:
      return Term::Boolean(ctx.Variable(expr.slot).has_value());
    case ExprKind::kIn:
      return EvaluateIn(expr, ctx, /*negate=*/false);
    case ExprKind::kNotIn:
      return EvaluateIn(expr, ctx, /*negate=*/true);
    case ExprKind::kExists:
    case ExprKind::kNotExists: {
      Value v = ctx.Exists(expr.sub_plan);
      if (!v || expr.kind == ExprKind::kExists) return v;
      return Term::Boolean(v->value() != "true");
    }
  }
  return kError;
}

bool EvaluateFilter(const Expr& expr, EvalContext& ctx) {
  std::optional<bool> b = EffectiveBooleanValue(Evaluate(expr, ctx));
  return b.value_or(false);
}

}  // namespace marsad::query::expr
