// Query forms and solution modifiers: projection, GROUP BY / aggregates / HAVING (with the
// grouping rules), ORDER BY, DISTINCT, LIMIT / OFFSET, sub-select scoping.
#include <algorithm>
#include <set>

#include "base/status_macros.h"
#include "query/binder/binder.h"

namespace marsad::query::binder {
namespace {

bool IsVariableExpr(const ast::Expression& e, std::string* name) {
  if (e.op != ast::ExprOp::kTerm || !std::holds_alternative<ast::Variable>(*e.term)) return false;
  *name = std::get<ast::Variable>(*e.term).name;
  return true;
}

}  // namespace

// In an aggregated query every variable an expression reads outside aggregates must be a group
// key or an earlier SELECT alias (aggregate results are hidden slots, also allowed).
Status Binder::CheckGrouped(const expr::Expr& e, const ast::Position& pos,
                            const plan::LSelect& s, const char* where) {
  std::vector<int> slots;
  e.CollectSlots(&slots);
  for (int slot : slots) {
    bool ok = slot_names_[slot].starts_with(" ");
    for (const exec::GroupKey& k : s.group_keys) ok = ok || k.slot == slot;
    for (const auto& [unused, alias] : s.extends) ok = ok || alias == slot;
    if (!ok) {
      return SemanticError(pos, "variable ?" + slot_names_[slot] + " in " + where +
                                    " is not grouped: use it in GROUP BY or inside an aggregate");
    }
  }
  return Status::Ok();
}

Status Binder::BindGrouping(const ast::SolutionModifier& m, plan::LSelect* out) {
  for (const ast::GroupCondition& g : m.group_by) {
    exec::GroupKey key;
    MARSAD_ASSIGN_OR_RETURN(key.expr, BindExpr(g.expr));
    std::string name;
    if (g.as) {
      key.slot = VariableSlot(g.as->name);
    } else if (IsVariableExpr(g.expr, &name)) {
      key.slot = VariableSlot(name);
    } else {
      key.slot = HiddenSlot("group key");
    }
    out->group_keys.push_back(std::move(key));
  }
  return Status::Ok();
}

Status Binder::BindSelect(const ast::SelectQuery& q, plan::LSelect* out) {
  const bool new_scope = select_depth_ > 0 && !q.star;
  ++select_depth_;
  if (new_scope) {
    // Only the projected variables connect the sub-select to the outer query.
    std::unordered_map<std::string, int> scope;
    for (const ast::Projection& p : q.projections) scope[p.var.name] = VariableSlot(p.var.name);
    scopes_.push_back(std::move(scope));
  }
  Status status = [&]() -> Status {
    MARSAD_RETURN_IF_ERROR(BindGroup(q.where, &out->where));
    if (q.values) MARSAD_RETURN_IF_ERROR(BindValues(*q.values, &out->where));
    MARSAD_RETURN_IF_ERROR(BindGrouping(q.modifiers, out));
    aggregates_ = &out->aggregates;
    for (const ast::Projection& p : q.projections) {
      const int slot = VariableSlot(p.var.name);
      if (p.expr) {
        MARSAD_ASSIGN_OR_RETURN(expr::Expr e, BindExpr(*p.expr));
        out->extends.emplace_back(std::move(e), slot);
      }
      out->projection.push_back(slot);
      out->names.push_back(p.var.name);
    }
    for (const ast::Expression& h : q.modifiers.having) {
      MARSAD_ASSIGN_OR_RETURN(expr::Expr e, BindExpr(h));
      out->having.push_back(std::move(e));
    }
    for (const ast::OrderCondition& o : q.modifiers.order_by) {
      MARSAD_ASSIGN_OR_RETURN(expr::Expr e, BindExpr(o.expr));
      out->order.push_back({std::move(e), o.descending});
    }
    aggregates_ = nullptr;
    return Status::Ok();
  }();
  aggregates_ = nullptr;
  --select_depth_;
  if (!status.ok()) {
    if (new_scope) scopes_.pop_back();
    return status;
  }
  if (q.star) {
    std::vector<std::pair<int, std::string>> visible;
    for (const auto& [name, slot] : scopes_.back()) visible.emplace_back(slot, name);
    std::sort(visible.begin(), visible.end());
    for (const auto& [slot, name] : visible) {
      out->projection.push_back(slot);
      out->names.push_back(name);
    }
  }
  if (new_scope) scopes_.pop_back();
  out->aggregated = !out->group_keys.empty() || !out->aggregates.empty() ||
                    !out->having.empty();
  if (out->aggregated) {
    if (q.star) return SemanticError(q.pos, "SELECT * is not allowed with GROUP BY");
    // Check projections in order: an alias may use the aliases defined before it.
    plan::LSelect view;
    for (const exec::GroupKey& k : out->group_keys) view.group_keys.push_back({{}, k.slot});
    std::size_t ext = 0;
    for (const ast::Projection& p : q.projections) {
      if (p.expr) {
        MARSAD_RETURN_IF_ERROR(CheckGrouped(out->extends[ext].first, p.pos, view, "SELECT"));
        view.extends.emplace_back(expr::Expr(), out->extends[ext].second);
        ++ext;
      } else {
        expr::Expr v = expr::Expr::Variable(VariableSlot(p.var.name));
        MARSAD_RETURN_IF_ERROR(CheckGrouped(v, p.var.pos, view, "SELECT"));
      }
    }
    for (std::size_t i = 0; i < out->order.size(); ++i) {
      MARSAD_RETURN_IF_ERROR(
          CheckGrouped(out->order[i].expr, q.modifiers.order_by[i].pos, *out, "ORDER BY"));
    }
  }
  out->distinct = q.modifier != ast::SelectModifier::kNone;
  out->offset = q.modifiers.offset.value_or(0);
  out->limit = q.modifiers.limit;
  return Status::Ok();
}

}  // namespace marsad::query::binder
