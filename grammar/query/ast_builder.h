// Turns the parse tree of a request (query_tree.h) into the AST (ast.h).
//
// The tree only holds rules that succeeded, so the builder never sees a backtracked branch. It
// does the purely syntactic work the grammar leaves open: unescaping, prefixed-name resolution
// against the request's own PREFIXes (see the contract in ast.h), expansion of `[ ... ]` and
// collections, built-in arity. It never touches a dictionary or store.
//
// Errors are thrown as BuildError (caught by ParseQuery() only, never escaping this library).
#pragma once

#include <cstdint>
#include <map>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "grammar/query/ast.h"
#include "grammar/query/query_tree.h"
#include "grammar/query/text_columns.h"

namespace marsad::grammar::query {

namespace ast = ::marsad::query::ast;

// A syntax error found while building (e.g. STRLEN with two arguments).
class BuildError : public std::runtime_error {
 public:
  BuildError(std::string message, std::uint64_t offset)
      : std::runtime_error(std::move(message)), offset_(offset) {}
  std::uint64_t offset() const { return offset_; }

 private:
  std::uint64_t offset_;
};

class AstBuilder {
 public:
  // REQUIRES: `text` outlives the builder and is the text the tree was parsed from.
  explicit AstBuilder(std::string_view text) : columns_(text) {}

  // REQUIRES: `root` is the root of a successful parse of `text`.
  ast::Request BuildRequest(const Node& root);

 private:
  [[noreturn]] void Fail(const Node& node, std::string message) const;
  ast::Position PositionOf(const Node& node);

  // build_terms.cc
  ast::Variable BuildVariable(const Node& node);
  ast::Iri BuildIri(const Node& node);
  ast::Iri RdfTypeIri(const Node& node);
  std::string StringValue(const Node& string_token_node);
  ast::Literal BuildLiteral(const Node& node);
  ast::BlankNode FreshBlankNode(const Node& node);
  ast::PatternTerm BuildTerm(const Node& node);
  void DeclarePrefix(const Node& decl, ast::Prologue* prologue);
  void DeclareBase(const Node& decl, ast::Prologue* prologue);

  // build_expressions.cc
  ast::Expression BuildExpression(const Node& node);
  ast::Expression BuildBinaryChain(const Node& node);
  ast::Expression BuildRelational(const Node& node);
  ast::Expression BuildUnary(const Node& node);
  ast::Expression BuildBuiltin(const Node& node);
  ast::Expression BuildAggregate(const Node& node);
  ast::Expression BuildFunctionCall(const Node& node);

  // build_paths.cc
  ast::Path BuildPath(const Node& node);
  ast::Verb BuildVerb(const Node& node);

  // build_triples.cc
  void BuildTriples(const Node& node, std::vector<ast::TriplePattern>* out);
  ast::PatternTerm BuildGraphNode(const Node& node, std::vector<ast::TriplePattern>* out);
  void BuildPropertyList(const ast::PatternTerm& subject, const Node& node, std::size_t first,
                         std::vector<ast::TriplePattern>* out);
  ast::PatternTerm BuildCollection(const Node& node, std::vector<ast::TriplePattern>* out);

  // build_patterns.cc
  ast::GroupGraphPattern BuildGroup(const Node& node);
  void AddPatternElement(const Node& node, ast::GroupGraphPattern* group);
  ast::InlineData BuildInlineData(const Node& node);

  // build_queries.cc
  ast::Query BuildQuery(const Node& body, ast::Prologue prologue);
  ast::SelectQuery BuildSelect(const Node& node);
  void BuildSelectClause(const Node& node, ast::SelectQuery* select);
  ast::ConstructQuery BuildConstruct(const Node& node);
  ast::DescribeQuery BuildDescribe(const Node& node);
  ast::AskQuery BuildAsk(const Node& node);
  ast::DatasetClause BuildDatasetClause(const Node& node);
  ast::SolutionModifier BuildSolutionModifier(const Node& node);
  std::uint64_t BuildCount(const Node& clause);

  // build_updates.cc
  ast::UpdateOperation BuildUpdateOperation(const Node& node);
  std::vector<ast::QuadBlock> BuildQuads(const Node& node, std::size_t first);
  ast::Modify BuildModify(const Node& node);
  ast::Clear BuildClear(const Node& node);

  TextColumns columns_;
  std::map<std::string, std::string, std::less<>> prefixes_;
  std::uint32_t next_anon_id_ = 1;
};

}  // namespace marsad::grammar::query
