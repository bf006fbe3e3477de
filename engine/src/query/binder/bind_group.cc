// One element of a group graph pattern.
#include <algorithm>
#include <cctype>

#include "base/status_macros.h"
#include "query/binder/binder.h"
#include "text/normalizer.h"

namespace marsad::query::binder {

std::vector<int> GroupCertain(const plan::LGroup& group);  // bind_pattern.cc

namespace {

using plan::ElementKind;
using plan::LElement;
using plan::LGroup;

bool HasExists(const expr::Expr& e) {
  if (e.kind == expr::ExprKind::kExists || e.kind == expr::ExprKind::kNotExists) return true;
  return std::any_of(e.args.begin(), e.args.end(), HasExists);
}

// Moves a group's top-level filters out as one conjunction (the OPTIONAL's LeftJoin filter).
std::optional<expr::Expr> TakeFilters(LGroup* group) {
  std::optional<expr::Expr> conj;
  std::vector<LElement> kept;
  for (LElement& e : group->elements) {
    if (e.kind != ElementKind::kFilter) {
      kept.push_back(std::move(e));
      continue;
    }
    if (!conj) {
      conj = std::move(*e.expr);
    } else {
      expr::Expr both;
      both.kind = expr::ExprKind::kAnd;
      both.args.push_back(std::move(*conj));
      both.args.push_back(std::move(*e.expr));
      conj = std::move(both);
    }
  }
  group->elements = std::move(kept);
  return conj;
}

}  // namespace

Status Binder::BindElement(const ast::PatternElement& element, LGroup* out) {
  if (const auto* block = std::get_if<ast::TriplesBlock>(&element)) {
    for (const ast::TriplePattern& t : block->triples) MARSAD_RETURN_IF_ERROR(BindTriple(t, out));
    return Status::Ok();
  }
  if (const auto* values = std::get_if<ast::InlineData>(&element)) {
    return BindValues(*values, out);
  }
  LElement e;
  if (const auto* filter = std::get_if<ast::Filter>(&element)) {
    e.kind = ElementKind::kFilter;
    MARSAD_ASSIGN_OR_RETURN(e.expr, BindExpr(filter->expr));
    e.expr->CollectSlots(&e.reads);
    e.has_exists = HasExists(*e.expr);
    e.text = e.expr->ToString();
  } else if (const auto* opt = std::get_if<ast::OptionalPattern>(&element)) {
    e.kind = ElementKind::kOptional;
    e.groups.emplace_back();
    MARSAD_RETURN_IF_ERROR(BindGroup(*opt->pattern, &e.groups[0]));
    e.expr = TakeFilters(&e.groups[0]);
  } else if (const auto* sub = std::get_if<ast::SubGroup>(&element)) {
    e.kind = ElementKind::kGroup;
    e.groups.emplace_back();
    MARSAD_RETURN_IF_ERROR(BindGroup(*sub->pattern, &e.groups[0]));
    e.certain = GroupCertain(e.groups[0]);
  } else if (const auto* u = std::get_if<ast::Union>(&element)) {
    e.kind = ElementKind::kUnion;
    for (const ast::GroupGraphPattern& alt : u->alternatives) {
      e.groups.emplace_back();
      MARSAD_RETURN_IF_ERROR(BindGroup(alt, &e.groups.back()));
    }
    e.certain = GroupCertain(e.groups[0]);
    for (const LGroup& g : e.groups) {
      std::vector<int> c = GroupCertain(g), keep;
      std::set_intersection(e.certain.begin(), e.certain.end(), c.begin(), c.end(),
                            std::back_inserter(keep));
      e.certain = std::move(keep);
    }
  } else if (const auto* minus = std::get_if<ast::Minus>(&element)) {
    e.kind = ElementKind::kMinus;
    e.groups.emplace_back();
    MARSAD_RETURN_IF_ERROR(BindGroup(*minus->pattern, &e.groups[0]));
  } else if (const auto* bind = std::get_if<ast::Bind>(&element)) {
    e.kind = ElementKind::kBind;
    MARSAD_ASSIGN_OR_RETURN(e.expr, BindExpr(bind->expr));
    e.expr->CollectSlots(&e.reads);
    const auto& scope = scopes_.back();
    if (auto it = scope.find(bind->var.name); it != scope.end()) {
      // BIND may not rebind a variable already in scope of the group so far.
      for (const LElement& prev : out->elements) {
        auto& c = prev.certain;
        if (std::find(c.begin(), c.end(), it->second) != c.end()) {
          return SemanticError(bind->var.pos,
                               "BIND assigns ?" + bind->var.name + ", which is already bound");
        }
      }
    }
    e.slot = VariableSlot(bind->var.name);
    e.text = "?" + bind->var.name + " := " + e.expr->ToString();
  } else if (const auto* graph = std::get_if<ast::GraphPattern>(&element)) {
    const exec::GraphMode saved_mode = graph_mode_;
    const exec::PatternSlot saved_graph = graph_;
    graph_mode_ = exec::GraphMode::kNamed;
    graph_ = exec::PatternSlot{};
    if (const auto* v = std::get_if<ast::Variable>(&graph->graph)) {
      graph_.slot = VariableSlot(v->name);
    } else {
      MARSAD_ASSIGN_OR_RETURN(Term iri, ResolveIri(std::get<ast::Iri>(graph->graph)));
      graph_.id = ctx_->Intern(iri);
      if (named_graphs_ && std::find(named_graphs_->begin(), named_graphs_->end(), graph_.id) ==
                               named_graphs_->end()) {
        graph_.id = NoGraph();  // not a named graph of the dataset
      }
    }
    e.kind = ElementKind::kGroup;
    e.groups.emplace_back();
    Status s = BindGroup(*graph->pattern, &e.groups[0]);
    if (s.ok() && named_graphs_ && graph_.is_var()) {
      // FROM NAMED: ?g ranges over the listed graphs only.
      LElement values;
      values.kind = ElementKind::kValues;
      for (store::TermId g : *named_graphs_) {
        values.values.emplace_back(slot_names_.size(), exec::kNoTerm);
        values.values.back()[graph_.slot] = g;
      }
      values.certain.push_back(graph_.slot);
      values.text = std::to_string(named_graphs_->size()) + " named graphs";
      e.groups[0].elements.insert(e.groups[0].elements.begin(), std::move(values));
    }
    graph_mode_ = saved_mode;
    graph_ = saved_graph;
    MARSAD_RETURN_IF_ERROR(s);
    e.certain = GroupCertain(e.groups[0]);
  } else {
    const auto& sub_select = std::get<ast::SubSelect>(element);
    e.kind = ElementKind::kSubSelect;
    e.select = std::make_shared<plan::LSelect>();
    MARSAD_RETURN_IF_ERROR(BindSelect(*sub_select.query, e.select.get()));
    std::vector<int> inner = GroupCertain(e.select->where);
    for (int slot : e.select->projection) {
      if (std::find(inner.begin(), inner.end(), slot) != inner.end()) e.certain.push_back(slot);
    }
  }
  std::sort(e.certain.begin(), e.certain.end());
  out->elements.push_back(std::move(e));
  return Status::Ok();
}

// @"text" resolves through the match keys the extractor stores (marsad:matchKey, then
// marsad:skeletonKey as a fallback); @Latin through case-folded marsad:latinAlias. The
// entities found become a VALUES list on a hidden variable.
Result<exec::PatternSlot> Binder::BindEntityLookup(const ast::EntityLookup& lookup,
                                                   LGroup* out) {
  const std::string ns = "http://marsad.dev/ns#";
  std::vector<std::pair<std::string, std::string>> attempts;
  if (lookup.quoted) {
    attempts = {{ns + "matchKey", text::MatchKey(lookup.text)},
                {ns + "skeletonKey", text::Skeleton(lookup.text)}};
  } else {
    std::string folded = lookup.text;
    // ASCII folding: Latin aliases are transliterations, which use ASCII letters.
    for (char& c : folded) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    attempts = {{ns + "latinAlias", folded}};
  }
  LElement e;
  e.kind = ElementKind::kValues;
  const int slot = HiddenSlot("@" + lookup.text);
  for (const auto& [predicate, key] : attempts) {
    store::IdPattern pattern;
    pattern.p = ctx_->Intern(Term::Iri(predicate));
    pattern.o = ctx_->Intern(Term::Literal(key));
    if (!ctx_->ok()) return ctx_->status();
    if (static_cast<std::uint8_t>(store::TagOf(*pattern.p)) == exec::kLocalTag ||
        static_cast<std::uint8_t>(store::TagOf(*pattern.o)) == exec::kLocalTag) {
      continue;
    }
    MARSAD_ASSIGN_OR_RETURN(auto it, ctx_->store().Scan(ctx_->snapshot(), pattern));
    while (it->Next()) {
      exec::Row row(slot_names_.size(), exec::kNoTerm);
      row[slot] = it->quad().s;
      e.values.push_back(std::move(row));
    }
    MARSAD_RETURN_IF_ERROR(it->status());
    if (!e.values.empty()) break;
  }
  e.certain.push_back(slot);
  e.text = "@" + lookup.text + ": " + std::to_string(e.values.size()) + " entities";
  out->elements.push_back(std::move(e));
  exec::PatternSlot result;
  result.slot = slot;
  return result;
}

}  // namespace marsad::query::binder
