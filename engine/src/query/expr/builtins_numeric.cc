// Numeric built-ins: ABS, ROUND, CEIL, FLOOR, RAND. Each keeps its argument's type.
#include <cmath>
#include <random>

#include "query/expr/builtins.h"

namespace marsad::query::expr {
namespace {

template <long double (*Op)(long double)>
Value Apply(std::span<const Value> a, FunctionEnv&) {
  std::optional<Numeric> n = ToNumeric(*a[0]);
  if (!n) return kError;
  if (n->kind == Numeric::Kind::kInteger) {
    const long double r = Op(static_cast<long double>(n->integer));
    n->integer = static_cast<std::int64_t>(r);
  } else {
    n->real = Op(n->real);
  }
  return FromNumeric(*n);
}

long double Abs(long double x) { return std::fabs(x); }
long double Ceil(long double x) { return std::ceil(x); }
long double Floor(long double x) { return std::floor(x); }
// XPath fn:round: halves round towards positive infinity (-2.5 -> -2).
long double Round(long double x) { return std::floor(x + 0.5L); }

Value Rand(std::span<const Value>, FunctionEnv&) {
  thread_local std::mt19937_64 engine{std::random_device{}()};
  return MakeDouble(std::uniform_real_distribution<double>(0.0, 1.0)(engine));
}

constexpr Builtin kNumericFunctions[] = {
    {"ABS", 1, 1, Apply<Abs>},
    {"ROUND", 1, 1, Apply<Round>},
    {"CEIL", 1, 1, Apply<Ceil>},
    {"FLOOR", 1, 1, Apply<Floor>},
    {"RAND", 0, 0, Rand},
};

}  // namespace

std::span<const Builtin> NumericBuiltins() { return kNumericFunctions; }

}  // namespace marsad::query::expr
