// Arithmetic, comparison and logical-not operators with SPARQL's numeric type promotion.
#include <algorithm>
#include <cmath>

#include "query/expr/builtins.h"

namespace marsad::query::expr {
namespace {

using Kind = Numeric::Kind;

enum class ArithOp { kAdd, kSub, kMul, kDiv };

// Integer arithmetic falls back to decimal on overflow rather than wrapping.
std::optional<std::int64_t> IntegerOp(ArithOp op, std::int64_t a, std::int64_t b) {
  std::int64_t r = 0;
  bool overflow = false;
  switch (op) {
    case ArithOp::kAdd: overflow = __builtin_add_overflow(a, b, &r); break;
    case ArithOp::kSub: overflow = __builtin_sub_overflow(a, b, &r); break;
    case ArithOp::kMul: overflow = __builtin_mul_overflow(a, b, &r); break;
    case ArithOp::kDiv: return std::nullopt;
  }
  if (overflow) return std::nullopt;
  return r;
}

Value Arith(ArithOp op, const Value& x, const Value& y) {
  std::optional<Numeric> a = ToNumeric(*x), b = ToNumeric(*y);
  if (!a || !b) return kError;
  Numeric r;
  r.kind = std::max(a->kind, b->kind);
  if (op == ArithOp::kDiv && r.kind == Kind::kInteger) r.kind = Kind::kDecimal;
  if (r.kind == Kind::kInteger) {
    if (auto v = IntegerOp(op, a->integer, b->integer)) {
      r.integer = *v;
      return FromNumeric(r);
    }
    r.kind = Kind::kDecimal;
  }
  const long double p = a->AsReal(), q = b->AsReal();
  if (op == ArithOp::kDiv && q == 0 && r.kind == Kind::kDecimal) return kError;
  switch (op) {
    case ArithOp::kAdd: r.real = p + q; break;
    case ArithOp::kSub: r.real = p - q; break;
    case ArithOp::kMul: r.real = p * q; break;
    case ArithOp::kDiv: r.real = p / q; break;
  }
  return FromNumeric(r);
}

Value Add(std::span<const Value> a, FunctionEnv&) { return Arith(ArithOp::kAdd, a[0], a[1]); }
Value Sub(std::span<const Value> a, FunctionEnv&) { return Arith(ArithOp::kSub, a[0], a[1]); }
Value Mul(std::span<const Value> a, FunctionEnv&) { return Arith(ArithOp::kMul, a[0], a[1]); }
Value Div(std::span<const Value> a, FunctionEnv&) { return Arith(ArithOp::kDiv, a[0], a[1]); }

Value Negate(std::span<const Value> a, FunctionEnv&) {
  std::optional<Numeric> n = ToNumeric(*a[0]);
  if (!n) return kError;
  if (n->kind == Kind::kInteger && n->integer != INT64_MIN) {
    n->integer = -n->integer;
  } else {
    if (n->kind == Kind::kInteger) n->kind = Kind::kDecimal, n->real = n->AsReal();
    n->real = -n->real;
  }
  return FromNumeric(*n);
}

Value Plus(std::span<const Value> a, FunctionEnv&) {
  std::optional<Numeric> n = ToNumeric(*a[0]);
  if (!n) return kError;
  return FromNumeric(*n);
}

Value Not(std::span<const Value> a, FunctionEnv&) {
  std::optional<bool> b = EffectiveBooleanValue(a[0]);
  if (!b) return kError;
  return Term::Boolean(!*b);
}

Value Equal(std::span<const Value> a, FunctionEnv&) {
  std::optional<bool> eq = ValueEquals(*a[0], *a[1]);
  if (!eq) return kError;
  return Term::Boolean(*eq);
}

Value NotEqual(std::span<const Value> a, FunctionEnv&) {
  std::optional<bool> eq = ValueEquals(*a[0], *a[1]);
  if (!eq) return kError;
  return Term::Boolean(!*eq);
}

template <bool (*Test)(int)>
Value Compare(std::span<const Value> a, FunctionEnv&) {
  std::optional<int> c = ValueCompare(*a[0], *a[1]);
  if (!c) return kError;
  return Term::Boolean(Test(*c));
}

bool Less(int c) { return c < 0; }
bool LessEq(int c) { return c <= 0; }
bool Greater(int c) { return c > 0; }
bool GreaterEq(int c) { return c >= 0; }

constexpr Builtin kOperators[] = {
    {"+", 2, 2, Add},          {"-", 2, 2, Sub},
    {"*", 2, 2, Mul},          {"/", 2, 2, Div},
    {"UMINUS", 1, 1, Negate},  {"UPLUS", 1, 1, Plus},
    {"!", 1, 1, Not},          {"=", 2, 2, Equal},
    {"!=", 2, 2, NotEqual},    {"<", 2, 2, Compare<Less>},
    {"<=", 2, 2, Compare<LessEq>}, {">", 2, 2, Compare<Greater>},
    {">=", 2, 2, Compare<GreaterEq>},
};

}  // namespace

std::span<const Builtin> OperatorBuiltins() { return kOperators; }

}  // namespace marsad::query::expr
