// Expressions: operators, built-ins (name and arity checked here), casts and extension
// functions, aggregates (only where the query allows them), EXISTS.
#include "base/status_macros.h"
#include "query/binder/binder.h"

namespace marsad::query::binder {
namespace {

const char* OperatorName(ast::ExprOp op) {
  switch (op) {
    case ast::ExprOp::kNot: return "!";
    case ast::ExprOp::kEqual: return "=";
    case ast::ExprOp::kNotEqual: return "!=";
    case ast::ExprOp::kLess: return "<";
    case ast::ExprOp::kGreater: return ">";
    case ast::ExprOp::kLessEqual: return "<=";
    case ast::ExprOp::kGreaterEqual: return ">=";
    case ast::ExprOp::kAdd: return "+";
    case ast::ExprOp::kSubtract: return "-";
    case ast::ExprOp::kMultiply: return "*";
    case ast::ExprOp::kDivide: return "/";
    case ast::ExprOp::kNegate: return "UMINUS";
    case ast::ExprOp::kUnaryPlus: return "UPLUS";
    default: return nullptr;
  }
}

}  // namespace

Result<expr::Expr> Binder::BindExpr(const ast::Expression& e) {
  switch (e.op) {
    case ast::ExprOp::kTerm: {
      const ast::PatternTerm& t = *e.term;
      if (const auto* v = std::get_if<ast::Variable>(&t)) {
        return expr::Expr::Variable(VariableSlot(v->name));
      }
      if (const auto* iri = std::get_if<ast::Iri>(&t)) {
        MARSAD_ASSIGN_OR_RETURN(Term term, ResolveIri(*iri));
        return expr::Expr::Constant(std::move(term));
      }
      if (const auto* lit = std::get_if<ast::Literal>(&t)) {
        MARSAD_ASSIGN_OR_RETURN(Term term, LiteralTerm(*lit));
        return expr::Expr::Constant(std::move(term));
      }
      return SemanticError(e.pos, "this term cannot be used in an expression");
    }
    case ast::ExprOp::kOr:
    case ast::ExprOp::kAnd:
    case ast::ExprOp::kIn:
    case ast::ExprOp::kNotIn: {
      expr::Expr out;
      out.kind = e.op == ast::ExprOp::kOr    ? expr::ExprKind::kOr
                 : e.op == ast::ExprOp::kAnd ? expr::ExprKind::kAnd
                 : e.op == ast::ExprOp::kIn  ? expr::ExprKind::kIn
                                             : expr::ExprKind::kNotIn;
      for (const ast::Expression& arg : e.args) {
        MARSAD_ASSIGN_OR_RETURN(expr::Expr a, BindExpr(arg));
        out.args.push_back(std::move(a));
      }
      // && and || are binary in the evaluator: fold longer lists to the left.
      while ((out.kind == expr::ExprKind::kOr || out.kind == expr::ExprKind::kAnd) &&
             out.args.size() > 2) {
        expr::Expr left;
        left.kind = out.kind;
        left.args.push_back(std::move(out.args[0]));
        left.args.push_back(std::move(out.args[1]));
        out.args.erase(out.args.begin());
        out.args[0] = std::move(left);
      }
      return out;
    }
    case ast::ExprOp::kBuiltin:
      return BindBuiltin(e);
    case ast::ExprOp::kFunction: {
      MARSAD_ASSIGN_OR_RETURN(Term iri, ResolveIri(*e.function));
      const expr::Builtin* fn = expr::FindBuiltin(iri.value());
      if (fn == nullptr) return SemanticError(e.pos, "unknown function <" + iri.value() + ">");
      return BindCall(e, fn);
    }
    case ast::ExprOp::kAggregate:
      return BindAggregate(e);
    case ast::ExprOp::kExists:
    case ast::ExprOp::kNotExists: {
      plan::LGroup group;
      MARSAD_RETURN_IF_ERROR(BindGroup(**e.pattern, &group));
      expr::Expr out;
      out.kind = e.op == ast::ExprOp::kExists ? expr::ExprKind::kExists
                                              : expr::ExprKind::kNotExists;
      out.sub_plan = static_cast<int>(exists_.size());
      exists_.push_back(std::move(group));
      return out;
    }
    default: {
      const char* name = OperatorName(e.op);
      if (name == nullptr) return SemanticError(e.pos, "unsupported expression");
      return BindCall(e, expr::FindBuiltin(name));
    }
  }
}

Result<expr::Expr> Binder::BindCall(const ast::Expression& e, const expr::Builtin* fn) {
  const int n = static_cast<int>(e.args.size());
  if (n < fn->min_args || (fn->max_args >= 0 && n > fn->max_args)) {
    std::string expected = fn->min_args == fn->max_args ? std::to_string(fn->min_args)
                           : fn->max_args < 0 ? "at least " + std::to_string(fn->min_args)
                                              : std::to_string(fn->min_args) + " to " +
                                                    std::to_string(fn->max_args);
    return SemanticError(e.pos, "wrong number of arguments to " + std::string(fn->name) +
                                    ": expected " + expected + ", got " + std::to_string(n));
  }
  std::vector<expr::Expr> args;
  for (const ast::Expression& arg : e.args) {
    MARSAD_ASSIGN_OR_RETURN(expr::Expr a, BindExpr(arg));
    args.push_back(std::move(a));
  }
  return expr::Expr::Call(fn, std::move(args));
}

// Built-ins with special evaluation rules are expression kinds; the rest are table calls.
Result<expr::Expr> Binder::BindBuiltin(const ast::Expression& e) {
  const std::string& name = e.name;
  auto arity = [&](std::size_t lo, std::size_t hi) -> Status {
    if (e.args.size() >= lo && e.args.size() <= hi) return Status::Ok();
    return SemanticError(e.pos, "wrong number of arguments to " + name + ": expected " +
                                    std::to_string(lo) + (lo == hi ? "" : " to " + std::to_string(hi)) +
                                    ", got " + std::to_string(e.args.size()));
  };
  expr::Expr out;
  if (name == "BOUND") {
    MARSAD_RETURN_IF_ERROR(arity(1, 1));
    const ast::Expression& arg = e.args[0];
    if (arg.op != ast::ExprOp::kTerm || !std::holds_alternative<ast::Variable>(*arg.term)) {
      return SemanticError(arg.pos, "BOUND takes a variable");
    }
    out.kind = expr::ExprKind::kBound;
    out.slot = VariableSlot(std::get<ast::Variable>(*arg.term).name);
    return out;
  }
  if (name == "IF" || name == "COALESCE") {
    if (name == "IF") MARSAD_RETURN_IF_ERROR(arity(3, 3));
    out.kind = name == "IF" ? expr::ExprKind::kIf : expr::ExprKind::kCoalesce;
    for (const ast::Expression& arg : e.args) {
      MARSAD_ASSIGN_OR_RETURN(expr::Expr a, BindExpr(arg));
      out.args.push_back(std::move(a));
    }
    return out;
  }
  const expr::Builtin* fn = expr::FindBuiltin(name);
  if (fn == nullptr) return SemanticError(e.pos, "unknown function " + name);
  return BindCall(e, fn);
}

Result<expr::Expr> Binder::BindAggregate(const ast::Expression& e) {
  if (aggregates_ == nullptr) {
    return SemanticError(e.pos, "aggregate " + e.name +
                                    " is only allowed in SELECT, HAVING and ORDER BY");
  }
  static constexpr std::pair<const char*, exec::AggregateKind> kKinds[] = {
      {"COUNT", exec::AggregateKind::kCount}, {"SUM", exec::AggregateKind::kSum},
      {"MIN", exec::AggregateKind::kMin},     {"MAX", exec::AggregateKind::kMax},
      {"AVG", exec::AggregateKind::kAvg},     {"SAMPLE", exec::AggregateKind::kSample},
      {"GROUP_CONCAT", exec::AggregateKind::kGroupConcat}};
  exec::AggregateSpec spec;
  bool found = false;
  for (const auto& [kname, kind] : kKinds) {
    if (e.name == kname) {
      spec.kind = kind;
      found = true;
    }
  }
  if (!found) return SemanticError(e.pos, "unknown aggregate " + e.name);
  spec.distinct = e.distinct;
  spec.star = e.star;
  if (e.separator) spec.separator = *e.separator;
  if (!e.star) {
    if (e.args.size() != 1) {
      return SemanticError(e.pos, "wrong number of arguments to " + e.name + ": expected 1");
    }
    // An aggregate's argument sees the group's rows, not other aggregates.
    auto* saved = aggregates_;
    aggregates_ = nullptr;
    Result<expr::Expr> arg = BindExpr(e.args[0]);
    aggregates_ = saved;
    if (!arg.ok()) return arg.status();
    spec.arg = std::move(*arg);
  }
  spec.slot = HiddenSlot(e.name);
  const int slot = spec.slot;
  aggregates_->push_back(std::move(spec));
  return expr::Expr::Variable(slot);
}

}  // namespace marsad::query::binder
