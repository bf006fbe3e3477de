// The binder: AST -> logical plan. Resolves prefixes (with the knowledge base's predeclared
// defaults), relative IRIs, variables (to row slots, with sub-select scoping), constants (to
// ids: a constant the store has never seen gets a local id, so its patterns are empty without
// reading an index), built-in names and arities, aggregates and grouping rules. Every semantic
// error is a kInvalidArgument Status located at the AST node.
#pragma once

#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "grammar/query/ast.h"
#include "marsad/query_result.h"
#include "query/exec/context.h"
#include "query/plan/logical.h"

namespace marsad::query::binder {

// The predeclared prefixes: rdf, rdfs, xsd, owl, marsad, ent, art.
const std::vector<std::pair<std::string, std::string>>& DefaultPrefixes();

struct BoundQuery {
  QueryKind kind = QueryKind::kSelect;
  plan::LQuery query;
  std::vector<plan::TemplateQuad> construct_template;  // CONSTRUCT
  std::vector<plan::TemplateTerm> describe_targets;    // DESCRIBE
  std::vector<std::string> slot_names;                 // for EXPLAIN
};

class Binder {
 public:
  explicit Binder(exec::ExecContext* ctx) : ctx_(ctx) {}

  Result<BoundQuery> BindQuery(const ast::Query& query);

  // Pieces the update binder reuses.
  Status SetPrologue(const ast::Prologue& prologue);
  Result<Term> ResolveIri(const ast::Iri& iri);
  Result<Term> LiteralTerm(const ast::Literal& literal);
  Result<plan::TemplateTerm> BindTemplateTerm(const ast::PatternTerm& term);
  Status BindGroup(const ast::GroupGraphPattern& group, plan::LGroup* out);
  int slot_count() const { return static_cast<int>(slot_names_.size()); }
  const std::vector<std::string>& slot_names() const { return slot_names_; }
  std::vector<plan::LGroup> TakeExists() { return std::move(exists_); }

 private:
  friend class ExprBinder;

  // Slots.
  int VariableSlot(const std::string& name);
  int HiddenSlot(const std::string& hint);
  int BlankSlot(const ast::BlankNode& node);

  // Patterns (bind_pattern.cc).
  Status BindElement(const ast::PatternElement& element, plan::LGroup* out);
  Status BindTriple(const ast::TriplePattern& triple, plan::LGroup* out);
  Result<exec::PatternSlot> BindPatternTerm(const ast::PatternTerm& term, plan::LGroup* out);
  Result<exec::CompiledPath> BindPath(const ast::Path& path);
  Status BindValues(const ast::InlineData& data, plan::LGroup* out);
  Result<exec::PatternSlot> BindEntityLookup(const ast::EntityLookup& lookup, plan::LGroup* out);

  // Expressions (bind_expr.cc).
  Result<expr::Expr> BindExpr(const ast::Expression& e);
  Result<expr::Expr> BindCall(const ast::Expression& e, const expr::Builtin* fn);
  Result<expr::Expr> BindBuiltin(const ast::Expression& e);
  Result<expr::Expr> BindAggregate(const ast::Expression& e);

  // The query's FROM / FROM NAMED clauses (bind_forms.cc): FROM <g> makes g the default
  // graph (one FROM at most); FROM NAMED restricts GRAPH to the graphs listed.
  Status SetDataset(const std::vector<ast::DatasetClause>& clauses);
  // A graph id that names no stored graph: its patterns are empty without an index read.
  store::TermId NoGraph();

  // Queries (bind_query.cc).
  Status BindSelect(const ast::SelectQuery& q, plan::LSelect* out);
  Status BindModifiers(const ast::SolutionModifier& m, bool aggregated, plan::LSelect* out);
  Status BindGrouping(const ast::SolutionModifier& m, plan::LSelect* out);
  Status CheckGrouped(const expr::Expr& e, const ast::Position& pos, const plan::LSelect& s,
                      const char* where);

  exec::ExecContext* ctx_;
  std::unordered_map<std::string, std::string> prefixes_;
  std::string base_;
  std::vector<std::unordered_map<std::string, int>> scopes_ = {{}};
  std::unordered_map<std::string, int> blank_slots_;
  std::vector<std::string> slot_names_;
  std::vector<plan::LGroup> exists_;
  // Where a GRAPH pattern puts its triples (mode kUnion outside GRAPH).
  exec::GraphMode graph_mode_ = exec::GraphMode::kUnion;
  exec::PatternSlot graph_;
  // With FROM / FROM NAMED: the graphs GRAPH ranges over. Unset: every named graph.
  std::optional<std::vector<store::TermId>> named_graphs_;
  // Non-null while binding expressions that may contain aggregates.
  std::vector<exec::AggregateSpec>* aggregates_ = nullptr;
  int select_depth_ = 0;  // > 0 while binding a SELECT: a nested one is a sub-select
};

// "semantic error at L:C: message" located at `pos`.
Status SemanticError(const ast::Position& pos, std::string message);

}  // namespace marsad::query::binder
