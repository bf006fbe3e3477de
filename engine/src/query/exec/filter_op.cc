#include "query/exec/filter_op.h"

#include <string_view>

#include "query/exec/row_eval.h"

namespace marsad::query::exec {
namespace {

using store::IdTag;

// Ids whose term the store holds: dictionary ids and the inline literals (not local ids).
bool IsStoreId(TermId id) {
  const IdTag tag = store::TagOf(id);
  return store::IsDictionaryId(id) || tag == IdTag::kInlineInteger ||
         tag == IdTag::kInlineBoolean || tag == IdTag::kInlineDate || tag == IdTag::kInlineString;
}

bool IsStoreIriOrBlank(TermId id) {
  return store::TagOf(id) == IdTag::kIri || store::TagOf(id) == IdTag::kBlank;
}

// The comparison operators RowFilter decides on ids, each with its test of the order sign.
struct Comparison {
  std::string_view name;
  bool equality;  // = and !=, defined on every pair of terms
  bool (*test)(int);
};
constexpr Comparison kComparisons[] = {
    {"=", true, [](int c) { return c == 0; }}, {"!=", true, [](int c) { return c != 0; }},
    {"<", false, [](int c) { return c < 0; }}, {"<=", false, [](int c) { return c <= 0; }},
    {">", false, [](int c) { return c > 0; }}, {">=", false, [](int c) { return c >= 0; }},
};

bool IsOperand(const expr::Expr& e) {
  return e.kind == expr::ExprKind::kVariable || e.kind == expr::ExprKind::kConstant;
}

}  // namespace

RowFilter::RowFilter(expr::Expr condition) : condition_(std::move(condition)) {
  Compile(condition_);
}

int RowFilter::Compile(const expr::Expr& e) {
  const int index = static_cast<int>(nodes_.size());
  nodes_.emplace_back();
  nodes_[index].expr = &e;
  if ((e.kind == expr::ExprKind::kAnd || e.kind == expr::ExprKind::kOr) && e.args.size() == 2) {
    const int left = Compile(e.args[0]);
    const int right = Compile(e.args[1]);
    Node& node = nodes_[index];
    node.op = e.kind == expr::ExprKind::kAnd ? Op::kAnd : Op::kOr;
    node.left = left;
    node.right = right;
    return index;
  }
  if (e.kind != expr::ExprKind::kCall || e.args.size() != 2 || !IsOperand(e.args[0]) ||
      !IsOperand(e.args[1])) {
    return index;
  }
  Node& node = nodes_[index];
  for (int t = 0; t < static_cast<int>(std::size(kComparisons)); ++t) {
    if (e.builtin->name != kComparisons[t].name) continue;
    node.op = Op::kCompare;
    node.test = t;
    Operand* operands[] = {&node.lhs, &node.rhs};
    for (int i = 0; i < 2; ++i) {
      if (e.args[i].kind == expr::ExprKind::kVariable) {
        operands[i]->slot = e.args[i].slot;
      } else {
        operands[i]->constant = &e.args[i].constant;
        operands[i]->id = store::InlineIdOf(e.args[i].constant).value_or(kNoTerm);
      }
    }
  }
  return index;
}

// IRI constants get their store id on first use (it takes a store lookup, hence a context).
void RowFilter::ResolveConstants(ExecContext* ctx) {
  resolved_ = true;
  for (Node& node : nodes_) {
    for (Operand* operand : {&node.lhs, &node.rhs}) {
      if (operand->constant != nullptr && operand->constant->is_iri()) {
        operand->id = ctx->Intern(*operand->constant);
      }
    }
  }
}

bool RowFilter::Test(ExecContext* ctx, const Row& row) {
  if (nodes_[0].op == Op::kOther) return FilterOnRow(ctx, condition_, row);
  if (!resolved_) ResolveConstants(ctx);
  return Eval(0, ctx, row).value_or(false);
}

// Mirrors expr::Evaluate's && and ||: left first, false (true) wins over an error.
std::optional<bool> RowFilter::Eval(int index, ExecContext* ctx, const Row& row) const {
  const Node& node = nodes_[index];
  switch (node.op) {
    case Op::kAnd:
    case Op::kOr: {
      const bool decisive = node.op == Op::kOr;
      const std::optional<bool> a = Eval(node.left, ctx, row);
      if (a == decisive) return decisive;
      const std::optional<bool> b = Eval(node.right, ctx, row);
      if (b == decisive) return decisive;
      if (!a || !b) return std::nullopt;
      return !decisive;
    }
    case Op::kCompare:
      return Compare(node, ctx, row);
    case Op::kOther:
      break;
  }
  return expr::EffectiveBooleanValue(EvalOnRow(ctx, *node.expr, row));
}

std::optional<bool> RowFilter::Compare(const Node& node, ExecContext* ctx, const Row& row) const {
  const TermId a = node.lhs.slot >= 0 ? row[node.lhs.slot] : node.lhs.id;
  const TermId b = node.rhs.slot >= 0 ? row[node.rhs.slot] : node.rhs.id;
  // An unbound variable is an error, whatever the other operand.
  if ((node.lhs.slot >= 0 && a == kNoTerm) || (node.rhs.slot >= 0 && b == kNoTerm)) {
    return std::nullopt;
  }
  const Comparison& comparison = kComparisons[node.test];
  if (a != kNoTerm && b != kNoTerm) {
    if (std::optional<int> c = CompareInlineIds(a, b)) return comparison.test(*c);
    if (IsStoreId(a) && IsStoreId(b) && (IsStoreIriOrBlank(a) || IsStoreIriOrBlank(b))) {
      // expr::ValueEquals is term equality when either side is not a literal; ordering an
      // IRI or blank node is a type error.
      if (!comparison.equality) return std::nullopt;
      return comparison.test(a == b ? 0 : 1);
    }
  }
  return expr::EffectiveBooleanValue(EvalOnRow(ctx, *node.expr, row));
}

bool FilterOp::DoNext(Row& out) {
  if (done_) return false;
  done_ = true;
  if (!filter_.Test(ctx_, parent_)) return false;
  out = parent_;
  return true;
}

bool ExtendOp::DoNext(Row& out) {
  if (done_) return false;
  done_ = true;
  out = parent_;
  if (expr::Value v = EvalOnRow(ctx_, value_, parent_)) {
    // Under a parent that already binds the variable (a correlated step), the result must
    // agree with it, as a join would require.
    const TermId id = ctx_->Intern(*v);
    if (out[slot_] != kNoTerm && out[slot_] != id) return false;
    out[slot_] = id;
  }
  return ctx_->ok();
}

}  // namespace marsad::query::exec
