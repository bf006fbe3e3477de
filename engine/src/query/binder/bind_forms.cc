// The query forms: SELECT, ASK, CONSTRUCT, DESCRIBE.
#include "base/status_macros.h"
#include "query/binder/binder.h"

namespace marsad::query::binder {
namespace {

// ASK / CONSTRUCT / DESCRIBE have no projection; their modifiers still apply.
void CopyModifiers(const ast::SolutionModifier& m, plan::LSelect* out) {
  out->offset = m.offset.value_or(0);
  out->limit = m.limit;
}

const std::vector<ast::DatasetClause>& DatasetOf(const ast::QueryForm& form) {
  return std::visit([](const auto& q) -> const std::vector<ast::DatasetClause>& { return q.datasets; },
                    form);
}

}  // namespace

store::TermId Binder::NoGraph() {
  // A blank label with a space: no RDF syntax produces it, so it is never a stored term and
  // gets a query-local id.
  return ctx_->Intern(Term::Blank(" no graph"));
}

// Without dataset clauses the default graph is the union of all graphs and GRAPH ranges over
// every named graph (Marsad's data model). With them, SPARQL 1.1 section 13.2 applies.
Status Binder::SetDataset(const std::vector<ast::DatasetClause>& clauses) {
  if (clauses.empty()) return Status::Ok();
  std::vector<store::TermId> from;
  named_graphs_.emplace();
  for (const ast::DatasetClause& clause : clauses) {
    MARSAD_ASSIGN_OR_RETURN(Term iri, ResolveIri(clause.iri));
    const store::TermId id = ctx_->Intern(iri);
    if (!clause.named) {
      if (!from.empty() && from.front() != id) {
        return SemanticError(clause.pos,
                             "a default graph merged from several FROM graphs is not supported");
      }
      from.push_back(id);
    } else {
      named_graphs_->push_back(id);
    }
  }
  // FROM <g>: the default graph is g. Only FROM NAMED: the default graph is empty.
  graph_mode_ = exec::GraphMode::kNamed;
  graph_ = exec::PatternSlot{};
  graph_.id = from.empty() ? NoGraph() : from.front();
  return Status::Ok();
}

Result<BoundQuery> Binder::BindQuery(const ast::Query& query) {
  MARSAD_RETURN_IF_ERROR(SetPrologue(query.prologue));
  MARSAD_RETURN_IF_ERROR(SetDataset(DatasetOf(query.form)));
  BoundQuery out;
  plan::LSelect& select = out.query.select;
  if (const auto* s = std::get_if<ast::SelectQuery>(&query.form)) {
    out.kind = QueryKind::kSelect;
    MARSAD_RETURN_IF_ERROR(BindSelect(*s, &select));
  } else if (const auto* a = std::get_if<ast::AskQuery>(&query.form)) {
    out.kind = QueryKind::kAsk;
    MARSAD_RETURN_IF_ERROR(BindGroup(a->where, &select.where));
    if (a->values) MARSAD_RETURN_IF_ERROR(BindValues(*a->values, &select.where));
    select.limit = 1;
  } else if (const auto* c = std::get_if<ast::ConstructQuery>(&query.form)) {
    out.kind = QueryKind::kConstruct;
    MARSAD_RETURN_IF_ERROR(BindGroup(c->where, &select.where));
    if (c->values) MARSAD_RETURN_IF_ERROR(BindValues(*c->values, &select.where));
    std::vector<ast::TriplePattern> templ = c->construct_template;
    if (c->short_form) {
      templ.clear();
      for (const ast::PatternElement& e : c->where.elements) {
        const auto* block = std::get_if<ast::TriplesBlock>(&e);
        if (block == nullptr) {
          return SemanticError(c->pos, "CONSTRUCT WHERE allows only triple patterns");
        }
        templ.insert(templ.end(), block->triples.begin(), block->triples.end());
      }
    }
    for (const ast::TriplePattern& t : templ) {
      plan::TemplateQuad q;
      MARSAD_ASSIGN_OR_RETURN(q.s, BindTemplateTerm(t.subject));
      if (const auto* v = std::get_if<ast::Variable>(&t.predicate)) {
        q.p.slot = VariableSlot(v->name);
      } else {
        const ast::Path& path = std::get<ast::Path>(t.predicate);
        if (path.kind != ast::PathKind::kLink) {
          return SemanticError(t.pos, "a CONSTRUCT template cannot contain a property path");
        }
        MARSAD_ASSIGN_OR_RETURN(q.p.constant, ResolveIri(*path.iri));
      }
      MARSAD_ASSIGN_OR_RETURN(q.o, BindTemplateTerm(t.object));
      out.construct_template.push_back(std::move(q));
    }
    CopyModifiers(c->modifiers, &select);
    for (const ast::OrderCondition& o : c->modifiers.order_by) {
      MARSAD_ASSIGN_OR_RETURN(expr::Expr e, BindExpr(o.expr));
      select.order.push_back({std::move(e), o.descending});
    }
  } else {
    const auto& d = std::get<ast::DescribeQuery>(query.form);
    out.kind = QueryKind::kDescribe;
    if (d.where) MARSAD_RETURN_IF_ERROR(BindGroup(*d.where, &select.where));
    for (const ast::VarOrIri& target : d.targets) {
      plan::TemplateTerm t;
      if (const auto* v = std::get_if<ast::Variable>(&target)) {
        t.slot = VariableSlot(v->name);
      } else {
        MARSAD_ASSIGN_OR_RETURN(t.constant, ResolveIri(std::get<ast::Iri>(target)));
      }
      out.describe_targets.push_back(std::move(t));
    }
    if (d.star) {
      for (const auto& [name, slot] : scopes_.back()) {
        plan::TemplateTerm t;
        t.slot = slot;
        out.describe_targets.push_back(t);
      }
    }
    CopyModifiers(d.modifiers, &select);
  }
  out.query.slot_count = slot_count();
  out.query.exists = TakeExists();
  out.slot_names = slot_names_;
  return out;
}

}  // namespace marsad::query::binder
