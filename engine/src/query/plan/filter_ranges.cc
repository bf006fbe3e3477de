#include "query/plan/filter_ranges.h"

#include <algorithm>
#include <optional>
#include <string_view>

#include "store/term_id.h"

namespace marsad::query::plan {
namespace {

using exec::IdRange;
using store::TermId;

enum class Op { kLess, kLessEqual, kGreater, kGreaterEqual, kEqual };

std::optional<Op> ParseOp(std::string_view name) {
  if (name == "<") return Op::kLess;
  if (name == "<=") return Op::kLessEqual;
  if (name == ">") return Op::kGreater;
  if (name == ">=") return Op::kGreaterEqual;
  if (name == "=") return Op::kEqual;
  return std::nullopt;
}

// `c op ?v` is `?v op' c`.
Op Mirror(Op op) {
  switch (op) {
    case Op::kLess: return Op::kGreater;
    case Op::kLessEqual: return Op::kGreaterEqual;
    case Op::kGreater: return Op::kLess;
    case Op::kGreaterEqual: return Op::kLessEqual;
    case Op::kEqual: return Op::kEqual;
  }
  return op;
}

// The ids `?v op c` can hold for, sorted: every dictionary literal, and the inline ids of c's
// kind on the right side of c. Nullopt when c has no order-preserving inline id.
std::optional<std::vector<IdRange>> Allowed(Op op, const Term& c) {
  const std::optional<TermId> id = store::InlineIdOf(c);
  if (!id) return std::nullopt;
  const store::IdTag tag = store::TagOf(*id);
  if (tag != store::IdTag::kInlineInteger && tag != store::IdTag::kInlineDate) return std::nullopt;
  const TermId first = store::MakeId(tag, 0);
  const TermId last = store::MakeId(tag, store::kPayloadMask);
  std::vector<IdRange> out = {{store::MakeId(store::IdTag::kLiteral, 0),
                               store::MakeId(store::IdTag::kLiteral, store::kPayloadMask)}};
  IdRange inline_range{first, last};
  switch (op) {
    case Op::kLess:
      if (*id == first) return out;
      inline_range.hi = *id - 1;
      break;
    case Op::kLessEqual: inline_range.hi = *id; break;
    case Op::kGreater:
      if (*id == last) return out;
      inline_range.lo = *id + 1;
      break;
    case Op::kGreaterEqual: inline_range.lo = *id; break;
    case Op::kEqual: inline_range = {*id, *id}; break;
  }
  out.push_back(inline_range);
  return out;
}

// Both inputs sorted and disjoint.
std::vector<IdRange> Intersect(const std::vector<IdRange>& a, const std::vector<IdRange>& b) {
  std::vector<IdRange> out;
  std::size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    const TermId lo = std::max(a[i].lo, b[j].lo);
    const TermId hi = std::min(a[i].hi, b[j].hi);
    if (lo <= hi) out.push_back({lo, hi});
    (a[i].hi < b[j].hi) ? ++i : ++j;
  }
  return out;
}

void Collect(const expr::Expr& e, std::map<int, std::vector<IdRange>>* ranges) {
  if (e.kind == expr::ExprKind::kAnd) {
    for (const expr::Expr& arg : e.args) Collect(arg, ranges);
    return;
  }
  if (e.kind != expr::ExprKind::kCall || e.builtin == nullptr || e.args.size() != 2) return;
  std::optional<Op> op = ParseOp(e.builtin->name);
  if (!op) return;
  const expr::Expr* var = &e.args[0];
  const expr::Expr* constant = &e.args[1];
  if (var->kind != expr::ExprKind::kVariable) {
    std::swap(var, constant);
    op = Mirror(*op);
  }
  if (var->kind != expr::ExprKind::kVariable || constant->kind != expr::ExprKind::kConstant) {
    return;
  }
  std::optional<std::vector<IdRange>> allowed = Allowed(*op, constant->constant);
  if (!allowed) return;
  auto [it, inserted] = ranges->emplace(var->slot, *allowed);
  if (!inserted) it->second = Intersect(it->second, *allowed);
}

}  // namespace

std::map<int, std::vector<IdRange>> FilterRanges(const std::vector<const expr::Expr*>& filters) {
  std::map<int, std::vector<IdRange>> ranges;
  for (const expr::Expr* f : filters) Collect(*f, &ranges);
  return ranges;
}

}  // namespace marsad::query::plan
