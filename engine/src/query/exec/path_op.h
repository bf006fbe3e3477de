// Property paths (SPARQL 1.1 section 9): evaluated from whichever end is bound, by
// breadth-first search over index scans; '*' and '+' visit each node once (set semantics),
// sequences and alternatives keep duplicates (multiset semantics).
#pragma once

#include <vector>

#include "query/exec/operator.h"
#include "query/exec/scan_op.h"

namespace marsad::query::exec {

enum class PathOpKind : std::uint8_t {
  kLink, kInverse, kSequence, kAlternative, kZeroOrMore, kOneOrMore, kZeroOrOne, kNegatedSet,
};

struct CompiledPath {
  PathOpKind kind = PathOpKind::kLink;
  TermId iri = kNoTerm;  // kLink; kNoTerm = an IRI absent from the dictionary
  std::vector<CompiledPath> args;
  std::vector<TermId> negated_forward;  // kNegatedSet: !(a|b)
  std::vector<TermId> negated_inverse;  // kNegatedSet: !(^a|^b)
  bool has_inverse = false;             // kNegatedSet: some member was ^x
};

class PathOp : public Operator {
 public:
  PathOp(ExecContext* ctx, PatternSlot subject, CompiledPath path, PatternSlot object,
         ScanSpec graph, std::string text)
      : Operator(ctx), subject_(subject), path_(std::move(path)), object_(object),
        graph_(std::move(graph)), text_(std::move(text)) {}
  std::string Label() const override { return "Path " + text_; }

 protected:
  void DoOpen(const Row& parent) override;
  bool DoNext(Row& out) override;

 private:
  // Every node reachable from `node` along `path` (backwards when !forward).
  void Eval(const CompiledPath& path, TermId node, bool forward, std::vector<TermId>* out);
  void Closure(const CompiledPath& step, TermId node, bool forward, bool include_self,
               std::vector<TermId>* out);
  // Triples with `node` at one end and any predicate accepted by `accept`.
  void Step(TermId node, std::optional<TermId> predicate, bool forward,
            const std::vector<TermId>* excluded, std::vector<TermId>* out);
  // The paths of one graph (kNoTerm: the default graph, the union of all graphs) from the
  // parent row's bindings, appended to results_.
  void EvalIn(const Row& parent, TermId graph);
  void RestrictToGraph(store::IdPattern* pattern) const;
  // True when `node` is the subject or object of a triple of the walked graph.
  bool IsGraphNode(TermId node);
  // Every node at either end of a triple of the walked graph.
  std::vector<TermId> AllNodes();
  // Every named graph holding a quad, in id order.
  std::vector<TermId> NamedGraphs();

  PatternSlot subject_;
  CompiledPath path_;
  PatternSlot object_;
  ScanSpec graph_;  // only mode/graph are used: which graphs the path walks
  std::string text_;
  TermId walked_graph_ = kNoTerm;  // the graph EvalIn is walking
  std::vector<Row> results_;
  std::size_t next_ = 0;
};

}  // namespace marsad::query::exec
