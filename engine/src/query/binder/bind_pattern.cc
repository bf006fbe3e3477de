// Group graph patterns: triples, paths, OPTIONAL, UNION, MINUS, BIND, VALUES, GRAPH,
// sub-selects and the entity-lookup extension.
#include <algorithm>
#include <set>

#include "base/status_macros.h"
#include "query/binder/binder.h"

namespace marsad::query::binder {
namespace {

using plan::ElementKind;
using plan::LElement;
using plan::LGroup;

std::string TermText(const ast::PatternTerm& t) {
  if (const auto* v = std::get_if<ast::Variable>(&t)) return "?" + v->name;
  if (const auto* i = std::get_if<ast::Iri>(&t)) return i->written;
  if (const auto* l = std::get_if<ast::Literal>(&t)) return "\"" + l->lexical + "\"";
  if (const auto* b = std::get_if<ast::BlankNode>(&t)) {
    return b->anon_id ? "[]" : "_:" + b->label;
  }
  return "@\"" + std::get<ast::EntityLookup>(t).text + "\"";
}

}  // namespace

// Slots bound in every solution of a group: those of its inner-join elements.
std::vector<int> GroupCertain(const LGroup& group) {
  std::set<int> out;
  for (const LElement& e : group.elements) out.insert(e.certain.begin(), e.certain.end());
  return {out.begin(), out.end()};
}

Status Binder::BindGroup(const ast::GroupGraphPattern& group, LGroup* out) {
  for (const ast::PatternElement& element : group.elements) {
    MARSAD_RETURN_IF_ERROR(BindElement(element, out));
  }
  return Status::Ok();
}

Result<exec::PatternSlot> Binder::BindPatternTerm(const ast::PatternTerm& term, LGroup* out) {
  exec::PatternSlot slot;
  if (const auto* v = std::get_if<ast::Variable>(&term)) {
    slot.slot = VariableSlot(v->name);
  } else if (const auto* b = std::get_if<ast::BlankNode>(&term)) {
    slot.slot = BlankSlot(*b);
  } else if (const auto* e = std::get_if<ast::EntityLookup>(&term)) {
    return BindEntityLookup(*e, out);
  } else {
    Term constant;
    if (const auto* iri = std::get_if<ast::Iri>(&term)) {
      MARSAD_ASSIGN_OR_RETURN(constant, ResolveIri(*iri));
    } else {
      MARSAD_ASSIGN_OR_RETURN(constant, LiteralTerm(std::get<ast::Literal>(term)));
    }
    slot.id = ctx_->Intern(constant);
    if (!ctx_->ok()) return ctx_->status();
  }
  return slot;
}

// A triple whose predicate is a path: links and inverse links become scans, sequences of
// them become scans joined through hidden variables (so the planner can order them), and the
// rest one PathOp.
Status Binder::BindTriple(const ast::TriplePattern& triple, LGroup* out) {
  MARSAD_ASSIGN_OR_RETURN(exec::PatternSlot s, BindPatternTerm(triple.subject, out));
  MARSAD_ASSIGN_OR_RETURN(exec::PatternSlot o, BindPatternTerm(triple.object, out));
  const std::string s_text = TermText(triple.subject), o_text = TermText(triple.object);
  auto add_scan = [&](exec::PatternSlot subj, exec::PatternSlot pred, exec::PatternSlot obj,
                      std::string text) {
    LElement e;
    e.kind = ElementKind::kTriple;
    e.scan.s = subj;
    e.scan.p = pred;
    e.scan.o = obj;
    e.scan.mode = graph_mode_;
    e.scan.graph = graph_;
    for (const exec::PatternSlot* p : {&subj, &pred, &obj, &graph_}) {
      if (p->is_var()) e.certain.push_back(p->slot);
      if (!p->is_var() && p->id != exec::kNoTerm &&
          static_cast<std::uint8_t>(store::TagOf(p->id)) == exec::kLocalTag) {
        e.scan.empty = true;
      }
    }
    e.scan.text = std::move(text);
    e.text = e.scan.text;
    out->elements.push_back(std::move(e));
  };
  if (const auto* v = std::get_if<ast::Variable>(&triple.predicate)) {
    exec::PatternSlot p;
    p.slot = VariableSlot(v->name);
    add_scan(s, p, o, s_text + " ?" + v->name + " " + o_text);
    return Status::Ok();
  }
  const ast::Path& path = std::get<ast::Path>(triple.predicate);
  if (path.kind == ast::PathKind::kLink ||
      (path.kind == ast::PathKind::kInverse && path.args[0].kind == ast::PathKind::kLink)) {
    const bool inverse = path.kind == ast::PathKind::kInverse;
    const ast::Iri& iri = inverse ? *path.args[0].iri : *path.iri;
    MARSAD_ASSIGN_OR_RETURN(Term p_term, ResolveIri(iri));
    exec::PatternSlot p;
    p.id = ctx_->Intern(p_term);
    if (inverse) {
      add_scan(o, p, s, o_text + " " + iri.written + " " + s_text);
    } else {
      add_scan(s, p, o, s_text + " " + iri.written + " " + o_text);
    }
    return Status::Ok();
  }
  if (path.kind == ast::PathKind::kSequence) {
    // s p1/p2/p3 o  ->  s p1 ?h1 . ?h1 p2 ?h2 . ?h2 p3 o
    ast::PatternTerm current = triple.subject;
    for (std::size_t i = 0; i < path.args.size(); ++i) {
      ast::TriplePattern step{triple.pos, current, path.args[i], triple.object};
      if (i + 1 < path.args.size()) {
        ast::BlankNode hidden;
        hidden.anon_id = 0;
        hidden.label = " path" + std::to_string(slot_names_.size());
        step.object = hidden;
      }
      MARSAD_RETURN_IF_ERROR(BindTriple(step, out));
      current = step.object;
    }
    return Status::Ok();
  }
  LElement e;
  e.kind = ElementKind::kPath;
  e.subject = s;
  e.object = o;
  e.scan.mode = graph_mode_;
  e.scan.graph = graph_;
  MARSAD_ASSIGN_OR_RETURN(e.path, BindPath(path));
  if (s.is_var()) e.certain.push_back(s.slot);
  if (o.is_var()) e.certain.push_back(o.slot);
  // Inside GRAPH ?g the path op binds ?g too (it walks each named graph in turn).
  if (graph_mode_ == exec::GraphMode::kNamed && graph_.is_var()) e.certain.push_back(graph_.slot);
  e.text = s_text + " <path> " + o_text;
  out->elements.push_back(std::move(e));
  return Status::Ok();
}

Result<exec::CompiledPath> Binder::BindPath(const ast::Path& path) {
  exec::CompiledPath out;
  out.kind = static_cast<exec::PathOpKind>(static_cast<int>(path.kind));
  if (path.kind == ast::PathKind::kLink) {
    MARSAD_ASSIGN_OR_RETURN(Term iri, ResolveIri(*path.iri));
    out.iri = ctx_->Intern(iri);
    if (static_cast<std::uint8_t>(store::TagOf(out.iri)) == exec::kLocalTag) {
      out.iri = exec::kNoTerm;  // never in the store: the link matches nothing
    }
    return out;
  }
  for (const ast::NegatedLink& link : path.negated) {
    MARSAD_ASSIGN_OR_RETURN(Term iri, ResolveIri(link.iri));
    (link.inverse ? out.negated_inverse : out.negated_forward).push_back(ctx_->Intern(iri));
    out.has_inverse = out.has_inverse || link.inverse;
  }
  for (const ast::Path& arg : path.args) {
    MARSAD_ASSIGN_OR_RETURN(exec::CompiledPath sub, BindPath(arg));
    out.args.push_back(std::move(sub));
  }
  return out;
}

Status Binder::BindValues(const ast::InlineData& data, LGroup* out) {
  LElement e;
  e.kind = ElementKind::kValues;
  std::vector<int> slots;
  for (const ast::Variable& v : data.vars) slots.push_back(VariableSlot(v.name));
  std::vector<bool> always(slots.size(), true);
  for (const auto& row : data.rows) {
    exec::Row r(slot_names_.size(), exec::kNoTerm);
    for (std::size_t i = 0; i < row.size() && i < slots.size(); ++i) {
      if (!row[i]) {
        always[i] = false;
        continue;
      }
      plan::LGroup unused;
      MARSAD_ASSIGN_OR_RETURN(exec::PatternSlot cell, BindPatternTerm(*row[i], &unused));
      r[slots[i]] = cell.id;
    }
    e.values.push_back(std::move(r));
  }
  for (std::size_t i = 0; i < slots.size(); ++i) {
    if (always[i]) e.certain.push_back(slots[i]);
  }
  e.text = std::to_string(data.rows.size()) + " rows";
  out->elements.push_back(std::move(e));
  return Status::Ok();
}

}  // namespace marsad::query::binder
