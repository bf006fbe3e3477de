// AstBuilder: triples with their sugar expanded (';' ',' lists, [ ... ], collections).
#include <string>
#include <string_view>
#include <utility>

#include "grammar/query/ast_builder.h"

namespace marsad::grammar::query {
namespace {

constexpr std::string_view kRdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

ast::Path RdfLink(std::string_view local, ast::Position pos) {
  ast::Iri iri;
  iri.pos = pos;
  iri.iri = std::string(kRdf) + std::string(local);
  iri.written = "rdf:" + std::string(local);
  ast::Path path;
  path.pos = pos;
  path.iri = std::move(iri);
  return path;
}

}  // namespace

void AstBuilder::BuildTriples(const Node& node, std::vector<ast::TriplePattern>* out) {
  const ast::PatternTerm subject = BuildGraphNode(*node.children.at(0), out);
  BuildPropertyList(subject, node, 1, out);
}

void AstBuilder::BuildPropertyList(const ast::PatternTerm& subject, const Node& node,
                                   std::size_t first, std::vector<ast::TriplePattern>* out) {
  // children[first..] alternate: verb, object list, verb, object list, ...
  for (std::size_t i = first; i + 1 < node.children.size(); i += 2) {
    const Node& verb_node = *node.children[i];
    const ast::Verb verb = BuildVerb(verb_node);
    for (const auto& object_node : node.children[i + 1]->children) {
      ast::PatternTerm object = BuildGraphNode(*object_node, out);
      out->push_back(ast::TriplePattern{PositionOf(verb_node), subject, verb, std::move(object)});
    }
  }
}

ast::PatternTerm AstBuilder::BuildGraphNode(const Node& node,
                                            std::vector<ast::TriplePattern>* out) {
  if (node.is_type<collection>() || node.is_type<collection_path>()) {
    return BuildCollection(node, out);
  }
  if (node.is_type<blank_node_property_list>() || node.is_type<blank_node_property_list_path>()) {
    ast::PatternTerm blank = FreshBlankNode(node);
    BuildPropertyList(blank, node, 0, out);
    return blank;
  }
  return BuildTerm(node);
}

// ( a b ) becomes _:l1 rdf:first a; rdf:rest _:l2. _:l2 rdf:first b; rdf:rest rdf:nil.
ast::PatternTerm AstBuilder::BuildCollection(const Node& node,
                                             std::vector<ast::TriplePattern>* out) {
  const ast::Position pos = PositionOf(node);
  ast::PatternTerm head = FreshBlankNode(node);
  ast::PatternTerm current = head;
  for (std::size_t i = 0; i < node.children.size(); ++i) {
    ast::PatternTerm value = BuildGraphNode(*node.children[i], out);
    out->push_back(ast::TriplePattern{pos, current, RdfLink("first", pos), std::move(value)});
    ast::PatternTerm next;
    if (i + 1 == node.children.size()) {
      ast::Iri nil = RdfLink("nil", pos).iri.value();
      next = std::move(nil);
    } else {
      next = FreshBlankNode(*node.children[i + 1]);
    }
    out->push_back(ast::TriplePattern{pos, current, RdfLink("rest", pos), next});
    current = std::move(next);
  }
  return head;
}

}  // namespace marsad::grammar::query
