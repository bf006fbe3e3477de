#include "grammar/query/scope_check.h"

#include <map>
#include <utility>
#include <variant>

#include "grammar/query/overloaded.h"

namespace marsad::query::ast {
namespace {

void AddTermVariable(const PatternTerm& term, std::set<std::string>* vars) {
  if (const auto* var = std::get_if<Variable>(&term)) vars->insert(var->name);
}

void AddElementVariables(const PatternElement& element, std::set<std::string>* vars) {
  std::visit(Overloaded{[&](const TriplesBlock& block) {
                          for (const auto& triple : block.triples) {
                            AddTermVariable(triple.subject, vars);
                            if (const auto* var = std::get_if<Variable>(&triple.predicate)) {
                              vars->insert(var->name);
                            }
                            AddTermVariable(triple.object, vars);
                          }
                        },
                        [&](const OptionalPattern& o) { AddInScopeVariables(*o.pattern, vars); },
                        [&](const SubGroup& g) { AddInScopeVariables(*g.pattern, vars); },
                        [&](const Union& u) {
                          for (const auto& a : u.alternatives) AddInScopeVariables(a, vars);
                        },
                        [&](const Bind& b) { vars->insert(b.var.name); },
                        [&](const InlineData& d) {
                          for (const auto& v : d.vars) vars->insert(v.name);
                        },
                        [&](const GraphPattern& g) {
                          if (const auto* var = std::get_if<Variable>(&g.graph))
                            vars->insert(var->name);
                          AddInScopeVariables(*g.pattern, vars);
                        },
                        [&](const SubSelect& s) {
                          if (s.query->star) AddInScopeVariables(s.query->where, vars);
                          for (const auto& p : s.query->projections) vars->insert(p.var.name);
                        },
                        [](const Filter&) {}, [](const Minus&) {}},
             element);
}

bool ContainsAggregate(const Expression& expr) {
  if (expr.op == ExprOp::kAggregate) return true;
  for (const auto& arg : expr.args) {
    if (ContainsAggregate(arg)) return true;
  }
  return false;
}

// The first variable of `expr` used outside an aggregate and not in `grouped`, or null.
const Variable* UngroupedVariable(const Expression& expr, const std::set<std::string>& grouped) {
  if (expr.op == ExprOp::kAggregate) return nullptr;
  if (expr.op == ExprOp::kTerm) {
    const auto* var = std::get_if<Variable>(&*expr.term);
    return var != nullptr && !grouped.count(var->name) ? var : nullptr;
  }
  for (const auto& arg : expr.args) {
    if (const Variable* var = UngroupedVariable(arg, grouped)) return var;
  }
  return nullptr;
}

class ScopeChecker {
 public:
  std::optional<ScopeError> error;

  void CheckGroup(const GroupGraphPattern& group) {
    std::set<std::string> in_scope;
    int bgp = 0;  // consecutive triples blocks separated only by filters form one BGP
    for (const auto& element : group.elements) {
      if (error) return;
      if (const auto* block = std::get_if<TriplesBlock>(&element)) {
        if (bgp == 0) bgp = ++last_bgp_;
        for (const auto& triple : block->triples) {
          CheckBlankLabel(triple.subject, bgp);
          CheckBlankLabel(triple.object, bgp);
        }
      } else if (!std::holds_alternative<Filter>(element)) {
        bgp = 0;
      }
      if (const auto* bind = std::get_if<Bind>(&element)) {
        if (in_scope.count(bind->var.name)) {
          Fail("variable ?" + bind->var.name + " is already in scope; BIND cannot assign it",
               bind->var.pos);
        }
      }
      CheckNested(element);
      AddElementVariables(element, &in_scope);
    }
  }

  void CheckSelect(const SelectQuery& select) {
    CheckGroup(select.where);
    if (error) return;
    if (select.star && !select.modifiers.group_by.empty()) {
      Fail("SELECT * is not allowed with GROUP BY", select.pos);
      return;
    }
    CheckGrouping(select);
    if (error) return;
    std::set<std::string> in_scope;
    AddInScopeVariables(select.where, &in_scope);
    std::set<std::string> projected;
    for (const auto& projection : select.projections) {
      const std::string& name = projection.var.name;
      if (projection.expr && (in_scope.count(name) || projected.count(name))) {
        Fail("variable ?" + name + " is already in scope; AS cannot assign it", projection.var.pos);
        return;
      }
      projected.insert(name);
    }
  }

  // With GROUP BY or an aggregate, a projection may only use grouped variables outside
  // aggregates (SPARQL 1.1 §18.2.4.1), and earlier (expr AS ?v) variables.
  void CheckGrouping(const SelectQuery& select) {
    bool aggregated = !select.modifiers.group_by.empty();
    for (const auto& projection : select.projections) {
      if (projection.expr && ContainsAggregate(*projection.expr)) aggregated = true;
    }
    if (!aggregated) return;
    std::set<std::string> grouped;
    for (const auto& condition : select.modifiers.group_by) {
      if (condition.as) {
        grouped.insert(condition.as->name);
      } else if (condition.expr.op == ExprOp::kTerm) {
        if (const auto* var = std::get_if<Variable>(&*condition.expr.term)) {
          grouped.insert(var->name);
        }
      }
    }
    for (const auto& projection : select.projections) {
      const Variable* bad = projection.expr ? UngroupedVariable(*projection.expr, grouped)
                            : grouped.count(projection.var.name) ? nullptr
                                                                 : &projection.var;
      if (bad != nullptr) {
        Fail("variable ?" + bad->name + " is projected but neither grouped nor aggregated",
             bad->pos);
        return;
      }
      grouped.insert(projection.var.name);
    }
  }

  void CheckQuads(const std::vector<QuadBlock>& quads) {
    const int bgp = ++last_bgp_;
    for (const auto& block : quads) {
      for (const auto& triple : block.triples) {
        CheckBlankLabel(triple.subject, bgp);
        CheckBlankLabel(triple.object, bgp);
      }
    }
  }

 private:
  void CheckNested(const PatternElement& element) {
    std::visit(Overloaded{[&](const OptionalPattern& o) { CheckGroup(*o.pattern); },
                          [&](const SubGroup& g) { CheckGroup(*g.pattern); },
                          [&](const Union& u) {
                            for (const auto& a : u.alternatives) CheckGroup(a);
                          },
                          [&](const Minus& m) { CheckGroup(*m.pattern); },
                          [&](const GraphPattern& g) { CheckGroup(*g.pattern); },
                          [&](const SubSelect& s) { CheckSelect(*s.query); }, [](const auto&) {}},
               element);
  }

  void CheckBlankLabel(const PatternTerm& term, int bgp) {
    const auto* blank = std::get_if<BlankNode>(&term);
    if (blank == nullptr || blank->label.empty() || error) return;
    const auto [it, inserted] = blank_bgp_.emplace(blank->label, bgp);
    if (!inserted && it->second != bgp) {
      Fail("blank node _:" + blank->label + " is used in two basic graph patterns", blank->pos);
    }
  }

  void Fail(std::string message, Position pos) {
    if (!error) error = ScopeError{std::move(message), pos};
  }

  std::map<std::string, int> blank_bgp_;
  int last_bgp_ = 0;
};

}  // namespace

void AddInScopeVariables(const GroupGraphPattern& group, std::set<std::string>* vars) {
  for (const auto& element : group.elements) AddElementVariables(element, vars);
}

std::optional<ScopeError> CheckScopes(const Request& request) {
  ScopeChecker checker;
  if (const auto* query = std::get_if<Query>(&request.body)) {
    std::visit(Overloaded{[&](const SelectQuery& q) { checker.CheckSelect(q); },
                          [&](const ConstructQuery& q) { checker.CheckGroup(q.where); },
                          [&](const AskQuery& q) { checker.CheckGroup(q.where); },
                          [&](const DescribeQuery& q) {
                            if (q.where) checker.CheckGroup(*q.where);
                          }},
               query->form);
    return checker.error;
  }
  for (const auto& operation : std::get<Update>(request.body).operations) {
    if (const auto* data = std::get_if<QuadData>(&operation)) checker.CheckQuads(data->quads);
    if (const auto* modify = std::get_if<Modify>(&operation)) checker.CheckGroup(modify->where);
    if (checker.error) break;
  }
  return checker.error;
}

}  // namespace marsad::query::ast
