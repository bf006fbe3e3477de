#include "query/update/run_update.h"
#include "query/update/update_ops.h"

#include <atomic>
#include <chrono>

#include "base/status_macros.h"
#include "query/binder/binder.h"
#include "query/plan/planner.h"

namespace marsad::query::update {
namespace {

std::uint64_t RequestStamp() {
  static std::atomic<std::uint64_t> counter{static_cast<std::uint64_t>(
      std::chrono::system_clock::now().time_since_epoch().count())};
  thread_local std::uint64_t stamp = 0;
  if (stamp == 0) stamp = ++counter;
  return stamp;
}

// Binds the template quads of `blocks` (GRAPH g { ... } sets g; `with` is the default).
Result<std::vector<plan::TemplateQuad>> BindTemplate(binder::Binder& b,
                                                     const std::vector<ast::QuadBlock>& blocks,
                                                     const std::optional<ast::Iri>& with) {
  std::vector<plan::TemplateQuad> out;
  for (const ast::QuadBlock& block : blocks) {
    plan::TemplateTerm graph;
    if (block.graph) {
      if (const auto* v = std::get_if<ast::Variable>(&*block.graph)) {
        MARSAD_ASSIGN_OR_RETURN(graph, b.BindTemplateTerm(*v));
      } else {
        MARSAD_ASSIGN_OR_RETURN(graph.constant, b.ResolveIri(std::get<ast::Iri>(*block.graph)));
      }
    } else if (with) {
      MARSAD_ASSIGN_OR_RETURN(graph.constant, b.ResolveIri(*with));
    }
    for (const ast::TriplePattern& t : block.triples) {
      plan::TemplateQuad q;
      q.g = graph;
      MARSAD_ASSIGN_OR_RETURN(q.s, b.BindTemplateTerm(t.subject));
      MARSAD_ASSIGN_OR_RETURN(q.o, b.BindTemplateTerm(t.object));
      if (const auto* v = std::get_if<ast::Variable>(&t.predicate)) {
        MARSAD_ASSIGN_OR_RETURN(q.p, b.BindTemplateTerm(*v));
      } else {
        const ast::Path& path = std::get<ast::Path>(t.predicate);
        if (path.kind != ast::PathKind::kLink) {
          return binder::SemanticError(t.pos, "an update template cannot contain a path");
        }
        MARSAD_ASSIGN_OR_RETURN(q.p.constant, b.ResolveIri(*path.iri));
      }
      out.push_back(std::move(q));
    }
  }
  return out;
}

// The quads a template yields for one solution; incomplete or non-RDF quads are skipped.
void Instantiate(const std::vector<plan::TemplateQuad>& templ, const exec::Row& row,
                 exec::ExecContext& ctx, std::uint64_t solution, std::vector<Quad>* out) {
  auto term = [&](const plan::TemplateTerm& t) -> Term {
    // Template blank nodes are fresh per solution and per request.
    if (t.blank) {
      return Term::Blank(t.constant.value() + "_u" + std::to_string(RequestStamp()) + "_" +
                         std::to_string(solution));
    }
    if (t.slot < 0) return t.constant;
    const Term* v = ctx.Decode(row[t.slot]);
    return v ? *v : Term();
  };
  for (const plan::TemplateQuad& q : templ) {
    Quad quad{term(q.s), term(q.p), term(q.o), term(q.g)};
    if (quad.subject.is_null() || quad.predicate.is_null() || quad.object.is_null() ||
        quad.subject.is_literal() || !quad.predicate.is_iri() ||
        (q.g.slot >= 0 && quad.graph.is_null()) || quad.graph.is_literal()) {
      continue;
    }
    out->push_back(std::move(quad));
  }
}

// Evaluates `where` and fills the quads of both templates for every solution.
Status Evaluate(store::Store& store, binder::Binder& b, exec::ExecContext& ctx,
                const plan::LGroup& where, const std::vector<plan::TemplateQuad>& del,
                const std::vector<plan::TemplateQuad>& ins, std::vector<Quad>* to_delete,
                std::vector<Quad>* to_insert) {
  (void)store;
  plan::Planner planner(&ctx, b.slot_count());
  std::vector<plan::LGroup> exists = b.TakeExists();
  std::vector<exec::OperatorPtr> exists_ops;
  for (const plan::LGroup& g : exists) exists_ops.push_back(planner.PlanGroup(g, {}));
  for (const exec::OperatorPtr& op : exists_ops) ctx.exists_plans.push_back(op.get());
  exec::OperatorPtr root = planner.PlanGroup(where, {});
  root->Open(exec::Row(b.slot_count(), exec::kNoTerm));
  exec::Row row;
  std::uint64_t n = 0;
  while (root->Next(row)) {
    Instantiate(del, row, ctx, n, to_delete);
    Instantiate(ins, row, ctx, n, to_insert);
    ++n;
  }
  return ctx.status();
}

}  // namespace

Status Commit(store::Store& store, const std::vector<Quad>& del, const std::vector<Quad>& ins,
              UpdateCounts* counts) {
  MARSAD_ASSIGN_OR_RETURN(std::unique_ptr<store::BatchWriter> writer, store.NewBatchWriter());
  MARSAD_ASSIGN_OR_RETURN(std::uint64_t removed, writer->RemoveQuads(del));
  MARSAD_ASSIGN_OR_RETURN(std::uint64_t added, writer->InsertQuads(ins));
  MARSAD_RETURN_IF_ERROR(writer->Commit());
  counts->deleted += removed;
  counts->inserted += added;
  return Status::Ok();
}

Status RunModify(store::Store& store, const ast::Prologue& prologue, const ast::Modify& m,
                 const QueryOptions& options, const CancelToken* cancel, UpdateCounts* counts) {
  exec::ExecContext ctx(&store, store.GetSnapshot());
  ctx.SetLimits(cancel, options.timeout_ms);
  ctx.SetMemoryBudget(options.max_memory_bytes);
  binder::Binder b(&ctx);
  MARSAD_RETURN_IF_ERROR(b.SetPrologue(prologue));
  plan::LGroup where;
  if (m.with) {
    // WITH g: the WHERE clause matches in graph g.
    ast::GraphPattern graph{m.pos, *m.with, m.where};
    ast::GroupGraphPattern wrapped;
    wrapped.elements.push_back(std::move(graph));
    MARSAD_RETURN_IF_ERROR(b.BindGroup(wrapped, &where));
  } else {
    MARSAD_RETURN_IF_ERROR(b.BindGroup(m.where, &where));
  }
  MARSAD_ASSIGN_OR_RETURN(auto del, BindTemplate(b, m.delete_quads, m.with));
  MARSAD_ASSIGN_OR_RETURN(auto ins, BindTemplate(b, m.insert_quads, m.with));
  std::vector<Quad> to_delete, to_insert;
  MARSAD_RETURN_IF_ERROR(Evaluate(store, b, ctx, where, del, ins, &to_delete, &to_insert));
  return Commit(store, to_delete, to_insert, counts);
}

Status RunQuadData(store::Store& store, const ast::Prologue& prologue, const ast::QuadData& d,
                   const QueryOptions& options, const CancelToken* cancel, UpdateCounts* counts) {
  exec::ExecContext ctx(&store, store.GetSnapshot());
  ctx.SetLimits(cancel, options.timeout_ms);
  ctx.SetMemoryBudget(options.max_memory_bytes);
  binder::Binder b(&ctx);
  MARSAD_RETURN_IF_ERROR(b.SetPrologue(prologue));
  MARSAD_ASSIGN_OR_RETURN(auto templ, BindTemplate(b, d.quads, std::nullopt));
  std::vector<Quad> quads;
  if (d.kind != ast::QuadDataKind::kDeleteWhere) {
    Instantiate(templ, exec::Row(b.slot_count(), exec::kNoTerm), ctx, 0, &quads);
    if (d.kind == ast::QuadDataKind::kInsertData) return Commit(store, {}, quads, counts);
    return Commit(store, quads, {}, counts);
  }
  // DELETE WHERE: the template is also the pattern.
  ast::GroupGraphPattern pattern;
  for (const ast::QuadBlock& block : d.quads) {
    ast::GroupGraphPattern inner;
    inner.elements.push_back(ast::TriplesBlock{block.pos, block.triples});
    if (block.graph) {
      pattern.elements.push_back(ast::GraphPattern{block.pos, *block.graph, std::move(inner)});
    } else {
      pattern.elements.push_back(ast::SubGroup{block.pos, std::move(inner)});
    }
  }
  plan::LGroup where;
  MARSAD_RETURN_IF_ERROR(b.BindGroup(pattern, &where));
  std::vector<Quad> unused;
  MARSAD_RETURN_IF_ERROR(Evaluate(store, b, ctx, where, templ, {}, &quads, &unused));
  return Commit(store, quads, {}, counts);
}

}  // namespace marsad::query::update
