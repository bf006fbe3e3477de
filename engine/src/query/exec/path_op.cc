#include "query/exec/path_op.h"

#include <algorithm>
#include <deque>
#include <unordered_set>

namespace marsad::query::exec {

void PathOp::RestrictToGraph(store::IdPattern* pattern) const {
  if (graph_.mode != GraphMode::kNamed) return;  // the default graph: the union of all graphs
  pattern->graph = store::GraphScope::kNamed;
  pattern->graph_id = walked_graph_;
}

std::vector<TermId> PathOp::NamedGraphs() {
  std::unordered_set<TermId> seen;
  std::vector<TermId> graphs;
  store::IdPattern pattern;
  pattern.graph = store::GraphScope::kAnyNamed;
  auto it = ctx_->store().Scan(ctx_->snapshot(), pattern);
  if (!it.ok()) {
    ctx_->Fail(it.status());
    return graphs;
  }
  while ((*it)->Next() && !ctx_->Interrupted()) {
    if (seen.insert((*it)->quad().g).second) graphs.push_back((*it)->quad().g);
  }
  if (!(*it)->status().ok()) ctx_->Fail((*it)->status());
  std::sort(graphs.begin(), graphs.end());
  return graphs;
}

void PathOp::Step(TermId node, std::optional<TermId> predicate, bool forward,
                  const std::vector<TermId>* excluded, std::vector<TermId>* out) {
  if (static_cast<std::uint8_t>(store::TagOf(node)) == kLocalTag) return;
  store::IdPattern pattern;
  (forward ? pattern.s : pattern.o) = node;
  pattern.p = predicate;
  RestrictToGraph(&pattern);
  auto it = ctx_->store().Scan(ctx_->snapshot(), pattern);
  if (!it.ok()) return ctx_->Fail(it.status());
  while ((*it)->Next()) {
    if (ctx_->Interrupted()) return;
    const store::IdQuad& q = (*it)->quad();
    if (excluded && std::find(excluded->begin(), excluded->end(), q.p) != excluded->end()) {
      continue;
    }
    out->push_back(forward ? q.o : q.s);
  }
  if (!(*it)->status().ok()) ctx_->Fail((*it)->status());
}

void PathOp::Closure(const CompiledPath& step, TermId node, bool forward, bool include_self,
                     std::vector<TermId>* out) {
  std::unordered_set<TermId> visited;
  std::deque<TermId> frontier{node};
  if (include_self) {
    visited.insert(node);
    out->push_back(node);
  }
  std::vector<TermId> next;
  while (!frontier.empty() && ctx_->ok()) {
    next.clear();
    Eval(step, frontier.front(), forward, &next);
    frontier.pop_front();
    for (TermId n : next) {
      if (visited.insert(n).second) {
        out->push_back(n);
        frontier.push_back(n);
      }
    }
  }
}

void PathOp::Eval(const CompiledPath& path, TermId node, bool forward,
                  std::vector<TermId>* out) {
  switch (path.kind) {
    case PathOpKind::kLink:
      if (path.iri != kNoTerm) Step(node, path.iri, forward, nullptr, out);
      return;
    case PathOpKind::kInverse:
      return Eval(path.args[0], node, !forward, out);
    case PathOpKind::kSequence: {
      std::vector<TermId> current{node};
      for (std::size_t i = 0; i < path.args.size(); ++i) {
        const CompiledPath& part = path.args[forward ? i : path.args.size() - 1 - i];
        std::vector<TermId> next;
        for (TermId n : current) Eval(part, n, forward, &next);
        current = std::move(next);
      }
      out->insert(out->end(), current.begin(), current.end());
      return;
    }
    case PathOpKind::kAlternative:
      for (const CompiledPath& alt : path.args) Eval(alt, node, forward, out);
      return;
    case PathOpKind::kZeroOrMore:
    case PathOpKind::kOneOrMore:
      return Closure(path.args[0], node, forward, path.kind == PathOpKind::kZeroOrMore, out);
    case PathOpKind::kZeroOrOne: {
      std::vector<TermId> ends{node};
      Eval(path.args[0], node, forward, &ends);
      std::sort(ends.begin(), ends.end());
      ends.erase(std::unique(ends.begin(), ends.end()), ends.end());
      out->insert(out->end(), ends.begin(), ends.end());
      return;
    }
    case PathOpKind::kNegatedSet:
      // !(a|^b): forward triples whose predicate is not a, inverse ones whose is not b.
      if (!path.negated_forward.empty() || !path.has_inverse) {
        Step(node, std::nullopt, forward, &path.negated_forward, out);
      }
      if (path.has_inverse) Step(node, std::nullopt, !forward, &path.negated_inverse, out);
      return;
  }
}

bool PathOp::IsGraphNode(TermId node) {
  if (static_cast<std::uint8_t>(store::TagOf(node)) == kLocalTag) return false;
  for (const bool as_subject : {true, false}) {
    store::IdPattern pattern;
    (as_subject ? pattern.s : pattern.o) = node;
    RestrictToGraph(&pattern);
    auto it = ctx_->store().Scan(ctx_->snapshot(), pattern);
    if (!it.ok()) {
      ctx_->Fail(it.status());
      return false;
    }
    if ((*it)->Next()) return true;
    if (!(*it)->status().ok()) ctx_->Fail((*it)->status());
  }
  return false;
}

std::vector<TermId> PathOp::AllNodes() {
  std::vector<TermId> nodes;
  store::IdPattern pattern;
  RestrictToGraph(&pattern);
  auto it = ctx_->store().Scan(ctx_->snapshot(), pattern);
  if (!it.ok()) {
    ctx_->Fail(it.status());
    return nodes;
  }
  while ((*it)->Next() && !ctx_->Interrupted()) {
    nodes.push_back((*it)->quad().s);
    nodes.push_back((*it)->quad().o);
  }
  std::sort(nodes.begin(), nodes.end());
  nodes.erase(std::unique(nodes.begin(), nodes.end()), nodes.end());
  return nodes;
}

void PathOp::DoOpen(const Row& parent) {
  results_.clear();
  next_ = 0;
  if (graph_.mode != GraphMode::kNamed) return EvalIn(parent, kNoTerm);
  if (!graph_.graph.is_var()) return EvalIn(parent, graph_.graph.id);
  // GRAPH ?g { path }: the path is evaluated in each named graph separately (SPARQL 1.1
  // section 18.6, Graph(?g, P)) and binds ?g, unless the parent already did.
  const TermId bound = parent[graph_.graph.slot];
  if (bound != kNoTerm) return EvalIn(parent, bound);
  Row with_graph = parent;
  for (TermId g : NamedGraphs()) {
    with_graph[graph_.graph.slot] = g;
    EvalIn(with_graph, g);
  }
}

void PathOp::EvalIn(const Row& parent, TermId graph) {
  walked_graph_ = graph;
  if (graph_.mode == GraphMode::kNamed &&
      static_cast<std::uint8_t>(store::TagOf(graph)) == kLocalTag) {
    return;  // a value made by the query (BIND) names no stored graph
  }
  const TermId s = subject_.is_var() ? parent[subject_.slot] : subject_.id;
  const TermId o = object_.is_var() ? parent[object_.slot] : object_.id;
  const bool same_var = subject_.is_var() && object_.is_var() && subject_.slot == object_.slot;
  auto emit = [&](TermId from, TermId to) {
    if (same_var && from != to) return;
    Row row = parent;
    if (subject_.is_var()) row[subject_.slot] = from;
    if (object_.is_var()) row[object_.slot] = to;
    results_.push_back(std::move(row));
  };
  // An end bound by a variable of the parent row, rather than written as a constant, takes
  // part in zero-length matches only when it is a node of the graph (SPARQL 1.1 section
  // 18.4: a variable ranges over the graph's nodes). A node on no triple has no other match.
  if ((subject_.is_var() && s != kNoTerm && !IsGraphNode(s)) ||
      (object_.is_var() && s == kNoTerm && o != kNoTerm && !IsGraphNode(o))) {
    return;
  }
  std::vector<TermId> ends;
  if (s != kNoTerm) {
    Eval(path_, s, true, &ends);
    for (TermId e : ends) {
      if (o == kNoTerm || e == o) emit(s, e);
    }
  } else if (o != kNoTerm) {
    Eval(path_, o, false, &ends);
    for (TermId e : ends) emit(e, o);
  } else {
    for (TermId start : AllNodes()) {
      ends.clear();
      Eval(path_, start, true, &ends);
      for (TermId e : ends) emit(start, e);
    }
  }
}

bool PathOp::DoNext(Row& out) {
  if (next_ >= results_.size()) return false;
  out = std::move(results_[next_++]);
  return true;
}

}  // namespace marsad::query::exec
