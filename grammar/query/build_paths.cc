// AstBuilder: property paths and predicate positions.
#include <utility>

#include "grammar/query/ast_builder.h"

namespace marsad::grammar::query {
namespace {

ast::Path Wrap(ast::PathKind kind, ast::Position pos, ast::Path inner) {
  ast::Path path;
  path.pos = pos;
  path.kind = kind;
  path.args.push_back(std::move(inner));
  return path;
}

}  // namespace

ast::Verb AstBuilder::BuildVerb(const Node& node) {
  const Node& inner = *node.children.at(0);
  if (inner.is_type<var_token>()) return BuildVariable(inner);
  return BuildPath(inner);
}

ast::Path AstBuilder::BuildPath(const Node& node) {
  const bool alternative = node.is_type<path_alternative>();
  if (alternative || node.is_type<path_sequence>()) {
    if (node.children.size() == 1) return BuildPath(*node.children.front());
    ast::Path path;
    path.pos = PositionOf(node);
    path.kind = alternative ? ast::PathKind::kAlternative : ast::PathKind::kSequence;
    for (const auto& child : node.children) path.args.push_back(BuildPath(*child));
    return path;
  }
  if (node.is_type<path_inverse>()) {
    return Wrap(ast::PathKind::kInverse, PositionOf(node), BuildPath(*node.children.at(0)));
  }
  if (node.is_type<path_elt>()) {
    ast::Path primary = BuildPath(*node.children.at(0));
    if (node.children.size() == 1) return primary;
    const Node& mod = *node.children[1];
    const char symbol = mod.string_view().front();
    const ast::PathKind kind = symbol == '*'   ? ast::PathKind::kZeroOrMore
                               : symbol == '+' ? ast::PathKind::kOneOrMore
                                               : ast::PathKind::kZeroOrOne;
    return Wrap(kind, PositionOf(mod), std::move(primary));
  }
  ast::Path path;
  path.pos = PositionOf(node);
  if (node.is_type<path_negation>()) {
    path.kind = ast::PathKind::kNegatedSet;
    for (const auto& member : node.children) {
      const Node& link = *member->children.at(0);
      path.negated.push_back(
          ast::NegatedLink{link.is_type<rdf_type_a>() ? RdfTypeIri(link) : BuildIri(link),
                           member->string_view().front() == '^'});
    }
    return path;
  }
  path.kind = ast::PathKind::kLink;
  path.iri = node.is_type<rdf_type_a>() ? RdfTypeIri(node) : BuildIri(node);
  return path;
}

}  // namespace marsad::grammar::query
