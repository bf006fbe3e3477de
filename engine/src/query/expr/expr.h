// Bound expressions: the expression tree the evaluator runs, with variables resolved to row
// slots and function names resolved to built-ins. Built by the binder from the AST.
#pragma once

#include <cstdint>
#include <ctime>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "marsad/term.h"
#include "query/expr/value.h"

namespace marsad::query::expr {

// State the built-ins may read or change during one query.
struct FunctionEnv {
  // NOW(): the query's start, fixed for the whole query as SPARQL requires; formatted on first
  // use, since most queries never ask.
  std::time_t start = 0;
  std::optional<Term> now;
  std::uint64_t next_bnode = 0;  // BNODE(): labels are fresh per call
  std::string bnode_prefix = "b";
};

// A strict built-in: all arguments are evaluated first. Unless `takes_errors` is set, an
// error argument makes the call an error without invoking `fn`.
using BuiltinFn = Value (*)(std::span<const Value> args, FunctionEnv& env);

struct Builtin {
  std::string_view name;  // upper-case keyword ("STRLEN"), operator ("+"), or full IRI
  int min_args;
  int max_args;  // -1 = variadic
  BuiltinFn fn;
  bool takes_errors = false;
};

// The built-in of that name (case-insensitive for keywords), or nullptr.
const Builtin* FindBuiltin(std::string_view name);

enum class ExprKind : std::uint8_t {
  kConstant,
  kVariable,  // slot
  kCall,      // builtin(args...)
  kAnd,       // args[0] && args[1], SPARQL's three-valued logic
  kOr,
  kIf,        // IF(args[0], args[1], args[2]); only the chosen branch is evaluated
  kCoalesce,  // first argument that is not an error
  kBound,     // BOUND(slot)
  kIn,        // args[0] IN (args[1..])
  kNotIn,
  kExists,    // EXISTS { sub_plan }: evaluated by the EvalContext
  kNotExists,
};

struct Expr {
  ExprKind kind = ExprKind::kConstant;
  Term constant;
  int slot = -1;
  const Builtin* builtin = nullptr;
  int sub_plan = -1;
  std::vector<Expr> args;

  static Expr Constant(Term t) {
    Expr e;
    e.constant = std::move(t);
    return e;
  }
  static Expr Variable(int slot_index) {
    Expr e;
    e.kind = ExprKind::kVariable;
    e.slot = slot_index;
    return e;
  }
  static Expr Call(const Builtin* fn, std::vector<Expr> arguments) {
    Expr e;
    e.kind = ExprKind::kCall;
    e.builtin = fn;
    e.args = std::move(arguments);
    return e;
  }
  // Slots this expression reads (for filter placement); EXISTS contributes nothing here.
  void CollectSlots(std::vector<int>* slots) const;
  // Human-readable form for EXPLAIN.
  std::string ToString() const;
};

}  // namespace marsad::query::expr
